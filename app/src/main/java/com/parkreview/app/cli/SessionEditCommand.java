package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.setup.EditSession;
import com.parkreview.app.setup.TypedDate;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.DeviationThresholds;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code session edit}: corrects the fields given of a session; the others stay as they are. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Correct a session: only the fields given change. Once scoring has started, give --reason."})
final class SessionEditCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--name", paramLabel = "TEXT", description = "The session's name.")
    private String name;

    @Option(names = "--year", paramLabel = "YYYY", description = "The programme year.")
    private String year;

    @Option(names = "--date", paramLabel = "DATE", description = "The defense day: 2026-12-10, 2026/12/10 or 2026年12月10日.")
    private String date;

    @Option(names = "--venue", paramLabel = "TEXT", description = "Where the panel sits.")
    private String venue;

    @Option(names = "--secretary", paramLabel = "NAME", description = "The session's secretary (评审秘书).")
    private String secretary;

    @Option(names = "--budget", paramLabel = "WAN", description = "The budget for the session, in 万元.")
    private String budget;

    @Option(names = "--cap", paramLabel = "WAN", description = "The annual cap per operator in 万元.")
    private String cap;

    @Option(names = "--cap-above-programme", description = "A cap above the programme's own maximum is meant (the district changed its terms).")
    private boolean capAboveProgramme;

    @Option(names = "--precision", paramLabel = "0.5|1|0.1", description = "Step of indicator scores (only before kits or sheets).")
    private String precision;

    @Option(names = "--rule", paramLabel = "mean|trimmed", description = "Panel score: mean, or trimmed.")
    private String rule;

    @Option(names = "--expert-points", paramLabel = "POINTS", description = "Obvious deviation of an expert's total, in points.")
    private String expertPoints;

    @Option(names = "--indicator-percent", paramLabel = "PERCENT",
            description = "Obvious deviation of an indicator, in per cent of its maximum.")
    private String indicatorPercent;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; needed once scoring has started, kept in the history.")
    private String reason;

    @Override
    int run(OpenStore db) {
        EditSession edit = new EditSession(db);
        ReviewSession now = edit.current(session);
        SessionDetails was = now.details();
        SessionDetails details = new SessionDetails(name == null ? was.name() : name,
                year == null ? was.year() : OptionValue.read("--year", () -> SessionOptions.year(year)),
                date == null ? was.date() : Optional.of(TypedDate.parse(date, "--date")),
                venue == null ? was.venue() : venue,
                budget == null ? was.budget() : Optional.of(OptionValue.read("--budget", () -> Money.wan(budget))),
                was.timing(), secretary == null ? was.secretary() : secretary);
        ProgrammeSettings settings = settings(now.settings());
        if (details.equals(was) && settings.equals(now.settings())) {
            throw new ValidationException(AppText.of("setup.nothingToCorrect", session));
        }
        if (!settings.annualCap().equals(now.settings().annualCap())) {
            SessionOptions.refuseCapAboveProgramme(settings, capAboveProgramme);
        }
        int kitsAsItWas = edit.edit(Actor.commandLine(), now, details, settings, reason);
        out().println(AppText.of("cli.sessionCorrected", session, details.name()).text());
        if (kitsAsItWas > 0) {
            out().println(AppText.of("setup.kitsAsItWas", kitsAsItWas).text());
        }
        return ExitCodes.OK;
    }

    private ProgrammeSettings settings(ProgrammeSettings was) {
        ProgrammeSettings settings = was;
        if (cap != null) {
            settings = settings.withAnnualCap(OptionValue.read("--cap", () -> Money.wan(cap)));
        }
        if (precision != null) {
            settings = settings.withPrecision(OptionValue.read("--precision", () -> ScorePrecision.parse(precision)));
        }
        if (rule != null) {
            settings = settings.withRule(OptionValue.read("--rule", () -> AggregationRule.parse(rule)));
        }
        DeviationThresholds thresholds = was.thresholds();
        if (expertPoints != null || indicatorPercent != null) {
            settings = settings.withThresholds(new DeviationThresholds(
                    expertPoints == null ? thresholds.expertPoints() : SessionOptions.threshold("--expert-points", expertPoints),
                    indicatorPercent == null ? thresholds.indicatorShare()
                            : SessionOptions.threshold("--indicator-percent", indicatorPercent).movePointLeft(2)));
        }
        return settings;
    }
}

package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.RubricJson;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.DefenseTiming;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.setup.TypedDate;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.DeviationThresholds;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code session create}: a new session, as the window's New-session dialog makes it. With
 * {@code --db NEW.mv.db} the file is created empty first; that is the one way to make a new file.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Create a review session; with --db NEW.mv.db the database file is created (empty) first.",
                "新建评审批次；--db 指向不存在的文件时，先新建一个空数据库。"})
final class SessionCreateCommand extends DatabaseCommand {

    @Option(names = "--name", required = true, paramLabel = "TEXT", description = "The session's name (2026年度石景山区园区运营评审).")
    private String name;

    @Option(names = "--year", paramLabel = "YYYY", description = "The programme year. Default: the year of --date, or this year.")
    private String year;

    @Option(names = "--date", paramLabel = "DATE", description = "The defense day: 2026-12-10, 2026/12/10 or 2026年12月10日.")
    private String date;

    @Option(names = "--venue", paramLabel = "TEXT", description = "Where the panel sits.")
    private String venue;

    @Option(names = "--secretary", paramLabel = "NAME", description = "The session's secretary (评审秘书).")
    private String secretary;

    @Option(names = "--budget", paramLabel = "WAN", description = "The programme's budget for the session, in 万元.")
    private String budget;

    @Option(names = "--programme", defaultValue = "shijingshan", paramLabel = "shijingshan|chaoyang",
            description = "The programme: 石景山 (1500 万元 a year, 3 years) or 朝阳 (500 万元). Default: ${DEFAULT-VALUE}.")
    private String programme;

    @Option(names = "--cap", paramLabel = "WAN", description = "The annual cap per operator in 万元. Default: the programme's.")
    private String cap;

    @Option(names = "--precision", defaultValue = "0.5", paramLabel = "0.5|1|0.1",
            description = "Step of indicator scores. Default: ${DEFAULT-VALUE}.")
    private String precision;

    @Option(names = "--rule", defaultValue = "mean", paramLabel = "mean|trimmed",
            description = "Panel score: mean of the valid experts' totals, or trimmed. Default: ${DEFAULT-VALUE}.")
    private String rule;

    @Option(names = "--expert-points", paramLabel = "POINTS",
            description = "Obvious deviation of an expert's total from the median, in points. Default: 15.")
    private String expertPoints;

    @Option(names = "--indicator-percent", paramLabel = "PERCENT",
            description = "Obvious deviation of an indicator from its median, in per cent of its maximum. Default: 40.")
    private String indicatorPercent;

    @Option(names = "--rubric", paramLabel = "RUBRIC.json",
            description = "Score on this rubric definition instead of Table 1 (see app/examples/rubric-table1.json).")
    private Path rubric;

    /** What the options describe, checked before any file is opened or made. */
    private SessionDetails details;
    private ProgrammeSettings settings;

    @Override
    Database open() throws InputRejectedException {
        details = details();
        settings = settings();
        return database.db == null ? database.open(err()) : database.openOrCreate();
    }

    @Override
    int run(Database db) {
        long id = new SessionSetup(db).createSession(Actor.commandLine(), details, settings);
        out().println(AppText.of("cli.sessionCreated", id, details.name(), db.file()).text());
        return ExitCodes.OK;
    }

    private SessionDetails details() {
        Optional<LocalDate> day = date == null ? Optional.empty()
                : Optional.of(TypedDate.parse(date, "--date"));
        int programmeYear = year != null ? option("--year", () -> SessionOptions.year(year))
                : day.map(LocalDate::getYear).orElse(LocalDate.now().getYear());
        return new SessionDetails(name, programmeYear, day, venue,
                budget == null ? Optional.empty() : Optional.of(option("--budget", () -> Money.wan(budget))),
                DefenseTiming.DEFAULT, secretary).checked();
    }

    private ProgrammeSettings settings() throws InputRejectedException {
        ProgrammeSettings settings = switch (programme) {
            case "shijingshan" -> ProgrammeSettings.SHIJINGSHAN;
            case "chaoyang" -> ProgrammeSettings.CHAOYANG_PARK_OPERATORS;
            default -> throw new ValidationException(AppText.of("cli.programme", programme));
        };
        settings = settings.withRule(option("--rule", () -> AggregationRule.parse(rule)))
                .withPrecision(option("--precision", () -> ScorePrecision.parse(precision)));
        if (cap != null) {
            settings = settings.withAnnualCap(option("--cap", () -> Money.wan(cap)));
        }
        DeviationThresholds defaults = DeviationThresholds.DEFAULT;
        settings = settings.withThresholds(new DeviationThresholds(
                expertPoints == null ? defaults.expertPoints() : SessionOptions.threshold("--expert-points", expertPoints),
                indicatorPercent == null ? defaults.indicatorShare()
                        : SessionOptions.threshold("--indicator-percent", indicatorPercent).movePointLeft(2)));
        return rubric == null ? settings : settings.withRubric(RubricJson.read(rubric));
    }

    private static <T> T option(String name, Supplier<T> read) {
        return OptionValue.read(name, read);
    }
}

package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.csv.CsvMergeInput;
import com.parkreview.app.exchange.json.RubricJson;
import com.parkreview.app.exchange.results.ResultsCsvWriter;
import com.parkreview.app.exchange.results.ResultsJsonWriter;
import com.parkreview.app.files.ResultFile;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.results.MergeResults;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.StoredSession;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.SessionMerger;
import com.parkreview.scoring.session.SessionResult;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.merge.PanelScore;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code merge}: the panel merge of scores kept in a spreadsheet, without a display. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge expert scores into panel scores, tiers and amounts, ranked."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scores", paramLabel = "SCORES.csv",
            description = "UTF-8 CSV, header applicant,expert,indicator,score; one row per score.")
    private Path scores;

    @Option(names = "--session", paramLabel = "ID",
            description = "Merge a session stored in the database (see the sessions command) instead of a CSV.")
    private Long session;

    @picocli.CommandLine.Mixin
    private DatabaseOptions database;

    @Option(names = "--record", description = {"With --session: record this merge as the session's 汇总, as the window's "
            + "Merge button does; sheets with results are printed from a recorded merge that is still current."})
    private boolean record;

    @Option(names = "--applicants", paramLabel = "APPLICANTS.csv",
            description = "UTF-8 CSV, header applicant,name,uscc,applied_wan,received_wan,supported_years.")
    private Path applicants;

    @Option(names = "--rubric", paramLabel = "RUBRIC.json",
            description = "Score on this rubric definition instead of the built-in Table 1 (see app/examples/rubric-table1.json).")
    private Path rubric;

    @Option(names = "--rule", defaultValue = "mean", paramLabel = "mean|trimmed",
            description = "Panel score: mean of the valid experts' totals, or trimmed (drop one highest and one lowest with 5+ experts). Default: ${DEFAULT-VALUE}.")
    private String rule;

    @Option(names = "--precision", defaultValue = "0.5", paramLabel = "0.5|1|0.1",
            description = "Step of indicator scores. Default: ${DEFAULT-VALUE}.")
    private String precision;

    @Option(names = "--cap", defaultValue = "1500", paramLabel = "WAN",
            description = "Annual cap per operator in 万元. Default: ${DEFAULT-VALUE}.")
    private String cap;

    @Option(names = "--cap-above-programme", description = "A cap above the programme's own maximum is meant.")
    private boolean capAboveProgramme;

    @Option(names = "--citation", paramLabel = "TEXT",
            description = "The clause of the rules the programme applies, as the results carry it. Default: 石景山's "
                    + "implementing rules, 第七条.")
    private String citation;

    @Option(names = "--tier", paramLabel = "CODE=NAME:MIN:SHARE",
            description = "A tier of the programme, e.g. excellent=优秀:80:1.00 (give every tier; the lowest starts at 0). "
                    + "Default: excellent=优秀:80:1.00, good=良好:60:0.70, fail=不合格:0:0.")
    private List<String> tiers = new ArrayList<>();

    @Option(names = "--budget", paramLabel = "WAN", description = "Annual budget in 万元; rows past it are flagged over_budget.")
    private String budget;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json", description = "Output format. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output; untouched if the input is refused.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if ((scores == null) == (session == null) || (record && session == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    AppText.of("cli.mergeSource").in(Locale.getDefault()));
        }
        List<String> ignored = Stream.of("--cap", "--rule", "--precision", "--tier", "--citation", "--rubric",
                "--applicants", "--cap-above-programme").filter(spec.commandLine().getParseResult()::hasMatchedOption).toList();
        if (session != null && !ignored.isEmpty()) { // they were dropped without a word (round 15): the session's own apply
            spec.commandLine().getErr().println(AppText.of("cli.sessionOwnSettings", String.join(" ", ignored), session)
                    .in(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
        ProgrammeSettings settings;
        Optional<Money> budgetWan;
        SessionResult result;
        try {
            budgetWan = budget == null ? Optional.empty() : Optional.of(option("--budget", () -> Money.wan(budget)));
            checkFormat();
            if (out != null) { // before anything is merged or recorded: never over a backup, a score file, a document
                ResultFile.checkEnding(out, "." + format, "files.aMergeResult", "结果." + format);
                refuseOverInput(scores);
                refuseOverInput(applicants);
            }
            if (session != null) {
                try (OpenStore db = database.open(spec.commandLine().getErr())) {
                    StoredSession stored = db.read(s -> StoredSession.load(s, session)); // refuses an unknown id
                    settings = stored.session().settings();
                    if (record) {
                        checkRecordable();
                        result = new MergeResults(db, new MergeService(db)).merge(Actor.secretaryOf(stored.session()), session);
                    } else {
                        Optional<Money> sessionBudget = budgetWan.isPresent() ? budgetWan : stored.session().budget();
                        result = new SessionMerger(settings).merge(stored.entries(), sessionBudget);
                    }
                }
            } else {
                settings = settings();
                SessionOptions.refuseCapAboveProgramme(settings, capAboveProgramme);
                result = new SessionMerger(settings).merge(
                        CsvMergeInput.read(scores, Optional.ofNullable(applicants), settings), budgetWan);
            }
        } catch (ValidationException e) {
            spec.commandLine().getErr().println(e.getMessage(Locale.getDefault()));
            return ExitCodes.REFUSED;
        } catch (InputRejectedException e) {
            spec.commandLine().getErr().println(e.message(Locale.getDefault()));
            return ExitCodes.REFUSED;
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.message(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
        ProgrammeSettings used = settings;
        try {
            OutputFile.write(Optional.ofNullable(out), spec.commandLine().getOut(), writer -> {
                if (format.equals("json")) {
                    ResultsJsonWriter.write(result, used, writer);
                } else {
                    ResultsCsvWriter.write(result, writer,
                            Locale.getDefault().getLanguage().equals(Locale.CHINESE.getLanguage()));
                }
            });
            // the budget against the total, said beside the table (not in it): over_budget could be checked against nothing
            result.budget().ifPresent(budget -> spec.commandLine().getErr().println(AppText.of(
                    result.totalProposed().isGreaterThan(budget) ? "cli.mergeOverBudget" : "cli.mergeWithinBudget",
                    budget.toWanString(), result.totalProposed().toWanString(),
                    result.totalProposed().minusFloorZero(budget).toWanString()).text()));
            // "incomplete" with nothing saying why: only the printed sheet said so (round 20 F4)
            result.rows().stream().filter(r -> r.result().validExperts() < PanelScore.MINIMUM_VALID_EXPERTS
                    && r.result().awaitingSheets().isEmpty() && r.result().awaitingReReview().isEmpty()) // not said otherwise
                    .forEach(r -> spec.commandLine().getErr().println(AppText.of("cli.mergeTooFewExperts", r.applicant().id(),
                            r.result().validExperts(), PanelScore.MINIMUM_VALID_EXPERTS).text()));
        } catch (ValidationException e) {
            spec.commandLine().getErr().println(e.getMessage(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
        return ExitCodes.OK;
    }

    /** The programme as the options describe it (citation, cap, tiers); refuses a value that is not allowed. */
    private ProgrammeSettings settings() throws InputRejectedException {
        ProgrammeSettings settings = ProgrammeSettings.SHIJINGSHAN
                .withRule(option("--rule", () -> AggregationRule.parse(rule)))
                .withPrecision(option("--precision", () -> ScorePrecision.parse(precision)))
                .withAnnualCap(option("--cap", () -> Money.wan(cap)));
        if (citation != null) {
            ProgrammeSettings base = settings;
            settings = option("--citation", () -> base.withCitation(citation.strip()));
        }
        if (!tiers.isEmpty()) {
            ProgrammeSettings base = settings;
            settings = option("--tier", () -> base.withTiers(TierOption.scale(tiers)));
        }
        return rubric == null ? settings : settings.withRubric(RubricJson.read(rubric));
    }

    private static <T> T option(String name, Supplier<T> read) {
        return OptionValue.read(name, read);
    }

    /** A recorded merge is the session's own: not a what-if with another budget. */
    private void checkRecordable() {
        if (budget != null) {
            throw new ValidationException(AppText.of("cli.recordWithBudget"));
        }
    }

    /** The results never replace a table they are read from (round 7: --out s.csv over --scores s.csv, exit 0). */
    private void refuseOverInput(Path input) {
        if (input != null && Files.exists(out) && Files.exists(input)) {
            try {
                if (Files.isSameFile(out, input)) {
                    throw new ValidationException(AppText.of("cli.outIsInput", out));
                }
            } catch (IOException e) {
                throw new ValidationException(AppText.of("cli.outIsInput", out));
            }
        }
    }

    private void checkFormat() {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new ValidationException(AppText.of("cli.format", format));
        }
    }
}

package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.RubricJson;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.DefenseTiming;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.setup.CreateSessionInNewFile;
import com.parkreview.app.setup.SessionSettingsFile;
import com.parkreview.app.setup.TypedDate;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.DeviationThresholds;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code session create}: a new session, as the window's New-session dialog makes it. With
 * {@code --db NEW.mv.db} the file is created empty first; that is the one way to make a new file.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Create a review session; with --db NEW.mv.db the database file is created (empty) first."})
final class SessionCreateCommand extends DatabaseCommand {

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Read the settings below from a UTF-8 text file, one key = value a line (template session "
                    + "--out FILE writes one); the options given here override it.")
    private Path settingsFile;

    @Option(names = "--name", paramLabel = "TEXT", description = "The session's name (2026年度石景山区园区运营评审). Needed.")
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

    @Option(names = "--programme", paramLabel = "shijingshan|chaoyang",
            description = "The programme: 石景山 (1500 万元 a year, 3 years) or 朝阳 (500 万元). Default: shijingshan.")
    private String programme;

    @Option(names = "--cap", paramLabel = "WAN", description = "The annual cap per operator in 万元. Default: the programme's.")
    private String cap;

    @Option(names = "--cap-above-programme", description = "A cap above the programme's own maximum is meant (the district changed its terms).")
    private boolean capAboveProgramme;

    @Option(names = "--precision", paramLabel = "0.5|1|0.1", description = "Step of indicator scores. Default: 0.5.")
    private String precision;

    @Option(names = "--rule", paramLabel = "mean|trimmed",
            description = "Panel score: mean of the valid experts' totals, or trimmed. Default: mean.")
    private String rule;

    @Option(names = "--expert-points", paramLabel = "POINTS",
            description = "Obvious deviation of an expert's total from the median, in points. Default: 15.")
    private String expertPoints;

    @Option(names = "--indicator-percent", paramLabel = "PERCENT",
            description = "Obvious deviation of an indicator from its median, in per cent of its maximum. Default: 40.")
    private String indicatorPercent;

    @Option(names = "--panel", paramLabel = "CODE",
            description = "On a programme office's server: the panel the session belongs to. Default: your panel, "
                    + "when you are a secretary of one panel only.")
    private String panel;

    @Option(names = "--rubric", paramLabel = "RUBRIC.json",
            description = "Score on this rubric definition instead of Table 1 (see app/examples/rubric-table1.json).")
    private Path rubric;

    /** The options as given: each from the command line, else from the settings file, else absent. */
    private Given given;

    /** What the options describe, checked before any file is opened or made. */
    private SessionDetails details;
    private ProgrammeSettings settings;
    /** The session made with a new file, before the file was put in place. */
    private Long createdInNewFile;

    @Override
    OpenStore open() throws InputRejectedException {
        given = new Given(settingsFile == null ? Map.of() : SessionSettingsFile.read(settingsFile));
        details = details();
        settings = settings();
        SessionOptions.refuseCapAboveProgramme(settings, capAboveProgramme); // before any file is made
        if (database.db == null) {
            return database.open(err());
        }
        if (!database.server() && !database.file().exists()) {
            CreateSessionInNewFile.Created made = CreateSessionInNewFile.create(database.newFile(),
                    database.options(OpenOptions.creating()), Actor.commandLine(), details, settings,
                    given.of("panel", panel).map(Given.Value::text));
            createdInNewFile = made.sessionId();
            return made.database();
        }
        return database.openOrCreate();
    }

    @Override
    int run(OpenStore db) {
        long id = createdInNewFile != null ? createdInNewFile : new SessionSetup(db).createSession(Actor.commandLine(),
                details, settings, given.of("panel", panel).map(Given.Value::text));
        out().println(AppText.of("cli.sessionCreated", id, details.name(), db.where()).text());
        return ExitCodes.OK;
    }

    private SessionDetails details() {
        Optional<LocalDate> day = given.of("date", date).map(d -> TypedDate.parse(d.text(), d.where()));
        int programmeYear = given.of("year", year).map(y -> y.read(SessionOptions::year))
                .orElseGet(() -> day.map(LocalDate::getYear).orElse(LocalDate.now().getYear()));
        String named = given.of("name", name).map(Given.Value::text)
                .orElseThrow(() -> new ValidationException(AppText.of("cli.nameNeeded")));
        return new SessionDetails(named, programmeYear, day, given.of("venue", venue).map(Given.Value::text).orElse(null),
                given.of("budget", budget).map(b -> b.read(Money::wan)), DefenseTiming.DEFAULT,
                given.of("secretary", secretary).map(Given.Value::text).orElse(null)).checked();
    }

    private ProgrammeSettings settings() throws InputRejectedException {
        String chosen = given.of("programme", programme).map(Given.Value::text).orElse("shijingshan");
        ProgrammeSettings settings = switch (chosen) {
            case "shijingshan" -> ProgrammeSettings.SHIJINGSHAN;
            case "chaoyang" -> ProgrammeSettings.CHAOYANG_PARK_OPERATORS;
            default -> throw new ValidationException(AppText.of("cli.programme", chosen));
        };
        settings = settings.withRule(given.of("rule", rule).orElse(given.fixed("rule", "mean")).read(AggregationRule::parse))
                .withPrecision(given.of("precision", precision).orElse(given.fixed("precision", "0.5"))
                        .read(ScorePrecision::parse));
        Optional<Given.Value> annualCap = given.of("cap", cap);
        if (annualCap.isPresent()) {
            settings = settings.withAnnualCap(annualCap.get().read(Money::wan));
        }
        DeviationThresholds defaults = DeviationThresholds.DEFAULT;
        settings = settings.withThresholds(new DeviationThresholds(
                given.of("expert-points", expertPoints).map(p -> SessionOptions.threshold(p.where(), p.text()))
                        .orElse(defaults.expertPoints()),
                given.of("indicator-percent", indicatorPercent)
                        .map(p -> SessionOptions.threshold(p.where(), p.text()).movePointLeft(2))
                        .orElse(defaults.indicatorShare())));
        Optional<Path> rubricFile = rubric != null ? Optional.of(rubric) : given.of("rubric", null)
                .map(r -> settingsFile.toAbsolutePath().resolveSibling(r.text()));
        return rubricFile.isEmpty() ? settings : settings.withRubric(RubricJson.read(rubricFile.get()));
    }
}

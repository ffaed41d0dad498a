package com.parkreview.app.ui.start;

import static com.parkreview.app.ui.start.SessionFormNumbers.minutes;
import static com.parkreview.app.ui.start.SessionFormNumbers.threshold;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.RubricJson;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.DefenseTiming;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.TextField;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.setup.EditSession;
import com.parkreview.app.setup.TypedDate;
import com.parkreview.app.setup.TypedMoney;
import com.parkreview.app.ui.common.FormProblems;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.DeviationThresholds;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new session: a built-in programme (石景山 Table 1, 1500 万元 a year, 3 years; or the 朝阳
 * model at 500 万元) with its terms as edited for this session (citation, cap, tier names and
 * shares: {@link ProgrammeTermsViewModel}), optionally with its rubric read from a file; name,
 * year, date, venue, the secretary, budget, score step, panel-score rule, deviation thresholds and
 * the defense's two phases. What is wrong is said as it is typed; a rubric file is read when
 * chosen and refused with its reason.
 */
public final class NewSessionViewModel {

    /** The programmes a session can start from. */
    public static final List<ProgrammeSettings> PROGRAMMES = List.of(ProgrammeSettings.SHIJINGSHAN,
            ProgrammeSettings.CHAOYANG_PARK_OPERATORS);

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty(String.valueOf(LocalDate.now().getYear()));
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty dateText = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty secretary = new SimpleStringProperty("");
    private final StringProperty budget = new SimpleStringProperty("");
    private final ObjectProperty<ProgrammeSettings> programme = new SimpleObjectProperty<>(ProgrammeSettings.SHIJINGSHAN);
    private final ProgrammeTermsViewModel terms = new ProgrammeTermsViewModel(ProgrammeSettings.SHIJINGSHAN);
    private final ObjectProperty<Optional<Rubric>> rubric = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyStringWrapper rubricText = new ReadOnlyStringWrapper(UiText.text("newSession.rubricBuiltIn"));
    private final ObjectProperty<ScorePrecision> precision = new SimpleObjectProperty<>(ScorePrecision.DEFAULT);
    private final ObjectProperty<AggregationRule> rule = new SimpleObjectProperty<>(AggregationRule.MEAN);
    private final StringProperty expertPoints = new SimpleStringProperty(
            DeviationThresholds.DEFAULT.expertPoints().toPlainString());
    private final StringProperty indicatorPercent = new SimpleStringProperty(
            UiText.number(DeviationThresholds.DEFAULT.indicatorShare().movePointRight(2)));
    private final StringProperty presentationMinutes = new SimpleStringProperty(
            String.valueOf(DefenseTiming.DEFAULT.presentationMinutes()));
    private final StringProperty qaMinutes = new SimpleStringProperty(String.valueOf(DefenseTiming.DEFAULT.qaMinutes()));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding unchanged = problem.isEqualTo(UiText.text("sessionProperties.unchanged"));
    private final PanelChoiceViewModel panel = new PanelChoiceViewModel();

    /** The stored session a correction started from (a new session has none). */
    private Optional<ReviewSession> startedFrom = Optional.empty();

    public NewSessionViewModel() {
        programme.addListener((o, was, now) -> terms.load(now));
        problem.bind(Bindings.createStringBinding(this::check, name, year, dateText, date, venue, secretary, budget,
                expertPoints, indicatorPercent, presentationMinutes, qaMinutes, precision, rule, rubric, programme,
                terms.editsProperty(), panel.chosenProperty(), panel.offered()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /**
     * The date as typed in the date field: 2026-12-10, 2026/12/10 or 2026年12月10日 ({@link TypedDate});
     * anything else is refused with the forms allowed. Blank: the date picked, if any.
     */
    public StringProperty dateTextProperty() {
        return dateText;
    }

    /** The day the typed text names, or empty when it names none (the form says why). */
    public Optional<LocalDate> typedDate(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(typed(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** A date typed must name a day; blank is the date picked, or none. */
    private void checkTypedDate() {
        if (!dateText.get().isBlank()) {
            typed(dateText.get());
        }
    }

    private static LocalDate typed(String text) {
        return TypedDate.parse(text, UiText.text("newSession.date"));
    }

    public StringProperty venueProperty() {
        return venue;
    }

    /** The session's secretary (评审秘书), optional: the author of the files its sheets are exported to. */
    public StringProperty secretaryProperty() {
        return secretary;
    }

    /** The programme's citation, cap and tiers as this session will hold them. */
    public ProgrammeTermsViewModel terms() {
        return terms;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public ObjectProperty<ProgrammeSettings> programmeProperty() {
        return programme;
    }

    /** Which rubric the session will score against: Table 1, or the file's. */
    public ReadOnlyStringProperty rubricTextProperty() {
        return rubricText.getReadOnlyProperty();
    }

    public ObjectProperty<ScorePrecision> precisionProperty() {
        return precision;
    }

    public ObjectProperty<AggregationRule> ruleProperty() {
        return rule;
    }

    /** Obvious deviation of an expert's total, in points from the panel's median. */
    public StringProperty expertPointsProperty() {
        return expertPoints;
    }

    /** Obvious deviation of an indicator, in per cent of its maximum from that indicator's median. */
    public StringProperty indicatorPercentProperty() {
        return indicatorPercent;
    }

    public StringProperty presentationMinutesProperty() {
        return presentationMinutes;
    }

    public StringProperty qaMinutesProperty() {
        return qaMinutes;
    }

    /** What is wrong with the form, or empty when it can be created. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A note under the cap when it is above the programme's own or the budget; allowed, not a problem. */
    public StringBinding capNoteBinding() {
        return Bindings.createStringBinding(() -> terms.capNote(programme.get(), SessionFormNumbers.budgetIfValid(
                budget.get())), terms.capProperty(), budget, programme);
    }

    /** Session › Properties with nothing changed yet: OK waits, and the form says so as a note, not as a problem. */
    public BooleanBinding unchangedBinding() {
        return unchanged;
    }

    /**
     * Reads the rubric from a file (the JSON definition, see app/examples/rubric-table1.json).
     * A file refused leaves the rubric as it was and throws with every problem.
     */
    public void useRubricFile(Path file) throws InputRejectedException {
        Rubric read = RubricJson.read(file);
        rubric.set(Optional.of(read));
        rubricText.set(UiText.text("newSession.rubricFile", file.getFileName(), read.dimensions().size(),
                read.indicators().size(), read.maxTotal().toPlainString()));
    }

    public void useBuiltInRubric() {
        rubric.set(Optional.empty());
        rubricText.set(UiText.text("newSession.rubricBuiltIn"));
    }

    /** The programme as it will be stored: the chosen one with this form's terms, rubric, step, rule and thresholds. */
    public ProgrammeSettings settings() {
        ProgrammeSettings chosen = terms.applyTo(programme.get());
        ProgrammeSettings settings = chosen.withPrecision(precision.get()).withRule(rule.get())
                .withThresholds(new DeviationThresholds(threshold("newSession.expertPointsName", expertPoints.get()),
                        threshold("newSession.indicatorPercentName", indicatorPercent.get()).movePointLeft(2)));
        return rubric.get().map(settings::withRubric).orElse(settings);
    }

    /**
     * The form filled with a stored session, to correct it (Session › Properties): its programme,
     * citation, tiers and rubric stay what the session was made with (the view locks them).
     */
    public static NewSessionViewModel of(ReviewSession session) {
        NewSessionViewModel form = new NewSessionViewModel();
        form.startedFrom = Optional.of(session);
        ProgrammeSettings settings = session.settings();
        SessionDetails details = session.details();
        form.programme.set(settings);
        form.name.set(details.name());
        form.year.set(String.valueOf(details.year()));
        form.dateText.set(details.date().map(Object::toString).orElse(""));
        form.venue.set(details.venue());
        form.secretary.set(details.secretary());
        form.budget.set(details.budget().map(Money::toWanString).orElse(""));
        form.precision.set(settings.precision());
        form.rule.set(settings.rule());
        form.expertPoints.set(settings.thresholds().expertPoints().toPlainString());
        form.indicatorPercent.set(UiText.number(settings.thresholds().indicatorShare().movePointRight(2)));
        form.presentationMinutes.set(String.valueOf(details.timing().presentationMinutes()));
        form.qaMinutes.set(String.valueOf(details.timing().qaMinutes()));
        return form;
    }

    /**
     * Saves the corrections of a stored session (see {@link #of}); a reason once scoring has started.
     * Returns how many exported kits now show the session as it was ({@link EditSession#edit}).
     */
    public int correct(EditSession edit, Actor actor, long sessionId, String reason) {
        return edit.edit(actor, startedFrom.orElseThrow(), details(), settings(), reason);
    }

    /** Creates the session (in the panel chosen, on a server); returns its id. */
    public long create(SessionSetup setup, Actor actor) {
        return setup.createSession(actor, details(), settings(), panel.code());
    }

    /** The panel the new session belongs to, on a programme office's server. */
    public PanelChoiceViewModel panel() {
        return panel;
    }

    private SessionDetails details() {
        Optional<Money> money = SessionFormNumbers.budget(budget.get());
        Optional<LocalDate> day = dateText.get().isBlank() ? Optional.ofNullable(date.get()) : Optional.of(typed(dateText.get()));
        return new SessionDetails(name.get(), parseYear(), day, venue.get(), money,
                new DefenseTiming(minutes("newSession.presentationName", presentationMinutes.get()),
                        minutes("newSession.qaName", qaMinutes.get())), secretary.get()).checked();
    }

    private int parseYear() {
        String text = year.get().strip();
        if (!text.matches("\\d{4}")) {
            throw new ValidationException(UiText.of("newSession.yearInvalid", text));
        }
        return Integer.parseInt(text);
    }

    /** Every field's problem, in the form's order; then what only the whole form can refuse. */
    private String check() {
        String fields = FormProblems.collect(() -> terms.applyTo(programme.get()),
                () -> TextField.SESSION_NAME.check(name.get()), this::parseYear,
                this::checkTypedDate,
                () -> TextField.VENUE.check(venue.get()), () -> TextField.SECRETARY.check(secretary.get()),
                () -> TypedMoney.wan(budget.get().isBlank() ? "0" : budget.get(), UiText.text("newSession.budgetName")),
                () -> threshold("newSession.expertPointsName", expertPoints.get()),
                () -> threshold("newSession.indicatorPercentName", indicatorPercent.get()),
                () -> minutes("newSession.presentationName", presentationMinutes.get()),
                () -> minutes("newSession.qaName", qaMinutes.get()));
        String whole = fields.isEmpty() ? FormProblems.collect(this::details, this::settings) : fields;
        boolean unchanged = whole.isEmpty() && startedFrom.isPresent() && startedFrom.get().details().equals(details())
                && startedFrom.get().settings().equals(settings()); // Properties: OK once something is changed
        return !whole.isEmpty() ? whole : unchanged ? UiText.text("sessionProperties.unchanged") : panel.problem();
    }
}

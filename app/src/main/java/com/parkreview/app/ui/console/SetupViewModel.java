package com.parkreview.app.ui.console;

import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.table.SetupFiles;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.Material;
import com.parkreview.app.review.MaterialsChecklist;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The secretary's set-up of a session: applicants and the panel, typed in or imported from a
 * table (all rows or none), the credit code checked as it is typed, an operator already supported
 * for the whole period flagged from the stored history, and the pre-review (初审) of each applicant.
 */
public final class SetupViewModel {

    /** 第三部分（三）: a panel of five experts drawn from 产业专家 and 财务专家, one of them the group leader. */
    static final int PANEL_SIZE = 5;

    /** An applicant as the set-up lists it: with the years it was supported before this session. */
    public record ApplicantLine(Applicant applicant, List<Integer> supportedYears, boolean periodExceeded,
            MaterialsChecklist materials) {
        /** The checklist at a glance: not filled in yet, complete, or the required materials missing. */
        public String materialsText() {
            if (!materials.filledIn()) {
                return UiText.text("setup.materials.none");
            }
            List<Material> missing = materials.missingRequired();
            return missing.isEmpty() ? UiText.text("setup.materials.complete")
                    : UiText.text("setup.materials.missing", com.parkreview.app.AppText.list(
                            missing.stream().map(Material::label).toList()).in(Locale.getDefault()));
        }

        public String preReviewText() {
            PreReview review = applicant.preReview();
            return UiText.text("prereview." + review.result().name())
                    + review.reason().map(r -> "：" + UiText.text("prereview.reason." + r.name())).orElse("");
        }
    }

    /** What an import did: how many rows it took, or why it took none. */
    public record ImportOutcome(int imported, List<String> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final StoreAccess store;
    private final SessionSetup setup;
    private final Actor actor;
    private final long sessionId;
    private ReviewSession session;
    private final ObservableList<ApplicantLine> applicants = FXCollections.observableArrayList();
    private final ObservableList<Expert> experts = FXCollections.observableArrayList();
    private Map<Long, String> recusedFrom = Map.of();
    private Runnable onChange = this::refresh;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty uscc = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty applied = new SimpleStringProperty("");
    private final StringProperty received = new SimpleStringProperty("");
    private final StringProperty slot = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper usccProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper periodWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper panelNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper applicantProblem = new ReadOnlyStringWrapper("");

    private final StringProperty expertCode = new SimpleStringProperty("");
    private final StringProperty expertName = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<ExpertRole> role = new SimpleObjectProperty<>(ExpertRole.INDUSTRY);
    private final BooleanProperty leader = new SimpleBooleanProperty();

    public SetupViewModel(StoreAccess store, SessionSetup setup, Actor actor, long sessionId) {
        this.store = store;
        this.setup = setup;
        this.actor = actor;
        this.sessionId = sessionId;
        uscc.addListener((obs, old, now) -> checkUscc());
        applicantProblem.bind(Bindings.createStringBinding(this::applicantCheck, code, name, uscc, applied, received,
                slot));
        refresh();
    }

    public ObservableList<ApplicantLine> applicants() {
        return applicants;
    }

    public ObservableList<Expert> experts() {
        return experts;
    }

    /** The panel at a glance: five experts with a group leader and both roles, or what differs from that. */
    public ReadOnlyStringProperty panelNoteProperty() {
        return panelNote.getReadOnlyProperty();
    }

    private String panelNote(List<Expert> panel) {
        List<String> notes = new java.util.ArrayList<>();
        if (panel.size() != PANEL_SIZE) {
            notes.add(UiText.text("setup.panel.size", panel.size(), PANEL_SIZE));
        }
        Optional<Expert> leader = panel.stream().filter(Expert::groupLeader).findFirst();
        if (!panel.isEmpty() && leader.isEmpty()) {
            notes.add(UiText.text("setup.panel.noLeader"));
        }
        for (ExpertRole role : ExpertRole.values()) {
            if (!panel.isEmpty() && panel.stream().noneMatch(e -> e.role() == role)) {
                notes.add(UiText.text("setup.panel.noRole", UiText.text("role." + role.name())));
            }
        }
        if (notes.isEmpty()) {
            return UiText.text("setup.panel.complete", panel.size(), leader.map(Expert::name).orElse(""));
        }
        return String.join(" ", notes);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty usccProperty() {
        return uscc;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty appliedProperty() {
        return applied;
    }

    public StringProperty receivedProperty() {
        return received;
    }

    public StringProperty slotProperty() {
        return slot;
    }

    /** What is wrong with the credit code as typed, at once. */
    public ReadOnlyStringProperty usccProblemProperty() {
        return usccProblem.getReadOnlyProperty();
    }

    /** The operator was already supported for the whole period (rule 8), from the stored history. */
    public ReadOnlyStringProperty periodWarningProperty() {
        return periodWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty applicantProblemProperty() {
        return applicantProblem.getReadOnlyProperty();
    }

    public StringProperty expertCodeProperty() {
        return expertCode;
    }

    public StringProperty expertNameProperty() {
        return expertName;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ObjectProperty<ExpertRole> roleProperty() {
        return role;
    }

    public BooleanProperty leaderProperty() {
        return leader;
    }

    /** What to do once the set-up changed; by default this tab reads the session again. */
    public void onChange(Runnable action) {
        this.onChange = action;
    }

    /** The set-up changed (an applicant, an expert, a pre-review): everything showing the session reads it again. */
    public void changed() {
        onChange.run();
    }

    public void refresh() {
        session = store.read(s -> s.sessions().find(sessionId)).orElseThrow();
        List<Applicant> stored = store.read(s -> s.applicants().list(sessionId));
        List<OperatorSupport> support = store.read(s -> s.operatorSupport().forSessionApplicants(sessionId));
        Map<Long, MaterialsChecklist> materials = store.read(s -> s.materials().forSession(sessionId));
        applicants.setAll(stored.stream().map(a -> line(a, support, materials.getOrDefault(a.id(),
                new MaterialsChecklist(a.id(), Map.of())))).toList());
        List<Expert> panel = store.read(s -> s.experts().list(sessionId));
        Map<Long, String> codes = stored.stream().collect(java.util.stream.Collectors.toMap(Applicant::id,
                Applicant::code));
        recusedFrom = store.read(s -> s.experts().recusals(sessionId)).stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.expertId(), java.util.stream.Collectors.mapping(
                        r -> codes.getOrDefault(r.applicantId(), "?"), java.util.stream.Collectors.joining(" "))));
        experts.setAll(panel);
        panelNote.set(panelNote(panel));
    }

    public void addApplicant() {
        setup.addApplicant(actor, sessionId, newApplicant());
        code.set("");
        name.set("");
        uscc.set("");
        contact.set("");
        phone.set("");
        applied.set("");
        received.set("");
        slot.set("");
        changed();
    }

    public void addExpert() {
        setup.addExpert(actor, sessionId, new NewExpert(expertCode.get(), expertName.get(), organisation.get(),
                role.get(), leader.get()));
        expertCode.set("");
        expertName.set("");
        organisation.set("");
        leader.set(false);
        changed();
    }

    /** Reads a table of applicants; takes all its rows in one go, or none and says what is wrong where. */
    public ImportOutcome importApplicants(Path file) {
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(file,
                applicants.stream().map(a -> a.applicant().code()).collect(Collectors.toSet()),
                applicants.stream().map(a -> a.applicant().uscc().value()).collect(Collectors.toSet()), nextOrder());
        if (!read.accepted()) {
            return refused(read.problems());
        }
        setup.addApplicants(actor, sessionId, read.rows());
        changed();
        return new ImportOutcome(read.rows().size(), List.of());
    }

    public ImportOutcome importExperts(Path file) {
        SetupFiles.Result<NewExpert> read = SetupFiles.experts(file,
                experts.stream().map(Expert::code).collect(Collectors.toSet()),
                experts.stream().anyMatch(Expert::groupLeader));
        if (!read.accepted()) {
            return refused(read.problems());
        }
        setup.addExperts(actor, sessionId, read.rows());
        changed();
        return new ImportOutcome(read.rows().size(), List.of());
    }

    /** The applicants the expert declared a conflict with (回避), by code; empty when none. */
    public String recusedFrom(Expert expert) {
        return recusedFrom.getOrDefault(expert.id(), "");
    }

    /** The pre-review of the applicant with its materials checklist, to be recorded together. */
    public PreReviewViewModel preReviewOf(Applicant applicant) {
        return new PreReviewViewModel(setup, actor, applicant);
    }

    private ImportOutcome refused(List<InputProblem> problems) {
        return new ImportOutcome(0, problems.stream().map(p -> p.message(Locale.getDefault())).toList());
    }

    private int nextOrder() {
        return applicants.stream().mapToInt(a -> a.applicant().defenseOrder()).max().orElse(0) + 1;
    }

    private ApplicantLine line(Applicant applicant, List<OperatorSupport> support, MaterialsChecklist materials) {
        List<Integer> years = yearsBefore(applicant.uscc(), support);
        return new ApplicantLine(applicant, years, years.size() >= session.settings().supportYearsLimit(), materials);
    }

    private List<Integer> yearsBefore(UnifiedSocialCreditCode operator, List<OperatorSupport> support) {
        return support.stream().filter(s -> s.uscc().equals(operator) && s.year() < session.year())
                .map(OperatorSupport::year).distinct().sorted().toList();
    }

    private void checkUscc() {
        String typed = uscc.get();
        if (typed == null || typed.isBlank()) {
            usccProblem.set("");
            periodWarning.set("");
            return;
        }
        Optional<String> fault = UnifiedSocialCreditCode.check(typed).map(t -> t.in(Locale.getDefault()));
        usccProblem.set(fault.orElse(""));
        if (fault.isPresent()) {
            periodWarning.set("");
            return;
        }
        UnifiedSocialCreditCode operator = UnifiedSocialCreditCode.parse(typed);
        List<Integer> years = yearsBefore(operator, store.read(s -> s.operatorSupport().forOperator(operator)));
        periodWarning.set(years.size() >= session.settings().supportYearsLimit()
                ? UiText.text("setup.periodExceeded", years.stream().map(String::valueOf).collect(Collectors.joining("、")),
                        session.settings().supportYearsLimit())
                : "");
    }

    private NewApplicant newApplicant() {
        UnifiedSocialCreditCode operator = UnifiedSocialCreditCode.parse(uscc.get());
        Optional<Money> appliedWan = applied.get().isBlank() ? Optional.empty() : Optional.of(Money.wan(applied.get()));
        Money receivedWan = received.get().isBlank() ? Money.ZERO : Money.wan(received.get());
        Optional<LocalTime> start = Optional.empty();
        if (!slot.get().isBlank()) {
            try {
                String text = slot.get().strip();
                start = Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
            } catch (java.time.format.DateTimeParseException e) {
                throw new ValidationException(com.parkreview.app.AppText.of("setup.slot", slot.get()));
            }
        }
        return new NewApplicant(code.get(), name.get(), operator, new Contact(contact.get(), phone.get()), appliedWan,
                receivedWan, nextOrder(), start);
    }

    private String applicantCheck() {
        if (code.get().isBlank() && name.get().isBlank() && uscc.get().isBlank()) {
            return " "; // nothing typed yet: nothing to add, nothing to complain about
        }
        try {
            newApplicant();
            return "";
        } catch (ValidationException e) {
            return e.getMessage(Locale.getDefault());
        }
    }
}

package com.parkreview.app.ui.console;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.Material;
import com.parkreview.app.review.MaterialsChecklist;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.setup.ImportApplicants;
import com.parkreview.app.setup.ImportExperts;
import com.parkreview.app.setup.TableImport;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
                    : UiText.text("setup.materials.missing", AppText.list(
                            missing.stream().map(Material::label).toList()).in(UiText.locale()));
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

    private final ApplicantEntryViewModel applicantEntry;
    private final ExpertEntryViewModel expertEntry = new ExpertEntryViewModel();
    private final SetupEditingViewModel editing;
    private final ReadOnlyStringWrapper panelNote = new ReadOnlyStringWrapper("");

    public SetupViewModel(StoreAccess store, SessionSetup setup, Actor actor, long sessionId) {
        this.store = store;
        this.setup = setup;
        this.actor = actor;
        this.sessionId = sessionId;
        this.applicantEntry = new ApplicantEntryViewModel(store, () -> session, this::nextOrder);
        this.editing = new SetupEditingViewModel(store, actor, sessionId, applicantEntry, expertEntry);
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
        List<String> notes = new ArrayList<>();
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

    /** The applicant being typed in. */
    public ApplicantEntryViewModel applicantEntry() {
        return applicantEntry;
    }

    /** The expert being typed in. */
    public ExpertEntryViewModel expertEntry() {
        return expertEntry;
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
        Map<Long, String> codes = stored.stream().collect(Collectors.toMap(Applicant::id,
                Applicant::code));
        recusedFrom = store.read(s -> s.experts().recusals(sessionId)).stream()
                .collect(Collectors.groupingBy(r -> r.expertId(), Collectors.mapping(
                        r -> codes.getOrDefault(r.applicantId(), "?"), Collectors.joining(" "))));
        experts.setAll(panel);
        panelNote.set(panelNote(panel));
    }

    public void addApplicant() {
        setup.addApplicant(actor, sessionId, applicantEntry.newApplicant());
        applicantEntry.clear();
        changed();
    }

    public void addExpert() {
        setup.addExpert(actor, sessionId, expertEntry.newExpert());
        expertEntry.clear();
        changed();
    }

    /** Correcting and removing what is in the tables. */
    public SetupEditingViewModel editing() {
        return editing;
    }

    /** Saves the applicant being corrected, with the reason when one is needed. */
    public void saveApplicant(String reason) {
        editing.saveApplicant(reason);
        changed();
    }

    public void saveExpert(String reason) {
        editing.saveExpert(reason);
        changed();
    }

    public void removeApplicant(Applicant gone) {
        editing.removeApplicant(gone);
        changed();
    }

    public void removeExpert(Expert gone) {
        editing.removeExpert(gone);
        changed();
    }

    /** Reads a table of applicants; takes all its rows in one go, or none and says what is wrong where. */
    public ImportOutcome importApplicants(Path file) {
        return outcome(new ImportApplicants(store).importFile(actor, sessionId, file));
    }

    public ImportOutcome importExperts(Path file) {
        return outcome(new ImportExperts(store).importFile(actor, sessionId, file));
    }

    private ImportOutcome outcome(TableImport done) {
        if (!done.accepted()) {
            return refused(done.problems());
        }
        changed();
        return new ImportOutcome(done.codes().size(), List.of());
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
        return new ImportOutcome(0, problems.stream().map(p -> p.message(UiText.locale())).toList());
    }

    private int nextOrder() {
        return applicants.stream().mapToInt(a -> a.applicant().defenseOrder()).max().orElse(0) + 1;
    }

    private ApplicantLine line(Applicant applicant, List<OperatorSupport> support, MaterialsChecklist materials) {
        List<Integer> years = ApplicantEntryViewModel.yearsBefore(session, applicant.uscc(), support);
        return new ApplicantLine(applicant, years, years.size() >= session.settings().supportYearsLimit(), materials);
    }
}

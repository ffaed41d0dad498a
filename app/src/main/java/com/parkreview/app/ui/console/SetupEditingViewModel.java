package com.parkreview.app.ui.console;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.setup.EditApplicant;
import com.parkreview.app.setup.EditExpert;
import com.parkreview.app.setup.RemoveApplicant;
import com.parkreview.app.setup.RemoveExpert;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Corrections in set-up: an applicant or an expert chosen in its table is loaded into the form
 * below it, whose Add becomes Save; Remove takes out one added by mistake. The rules (a reason
 * once scoring started, what may no longer change or go) are the use cases' ({@link EditApplicant},
 * {@link RemoveApplicant}, {@link EditExpert}, {@link RemoveExpert}), the same as on the command line.
 */
public final class SetupEditingViewModel {

    private final StoreAccess store;
    private final Actor actor;
    private final long sessionId;
    private final ApplicantEntryViewModel applicantEntry;
    private final ExpertEntryViewModel expertEntry;
    private final ObjectProperty<Optional<Applicant>> applicant = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<Expert>> expert = new SimpleObjectProperty<>(Optional.empty());

    SetupEditingViewModel(StoreAccess store, Actor actor, long sessionId, ApplicantEntryViewModel applicantEntry,
            ExpertEntryViewModel expertEntry) {
        this.store = store;
        this.actor = actor;
        this.sessionId = sessionId;
        this.applicantEntry = applicantEntry;
        this.expertEntry = expertEntry;
    }

    /** Whether the applicants' form holds a stored applicant being corrected (Save) rather than a new one (Add). */
    public BooleanBinding editingApplicant() {
        return Bindings.createBooleanBinding(() -> applicant.get().isPresent(), applicant);
    }

    public BooleanBinding editingExpert() {
        return Bindings.createBooleanBinding(() -> expert.get().isPresent(), expert);
    }

    /** Whether a correction needs a reason: scoring has started in the session. */
    public boolean reasonNeeded() {
        return !store.read(s -> s.sheets().forSession(sessionId)).isEmpty();
    }

    public void editApplicant(Applicant chosen) {
        applicantEntry.load(chosen);
        applicant.set(Optional.of(chosen));
    }

    public void editExpert(Expert chosen) {
        expertEntry.load(chosen);
        expert.set(Optional.of(chosen));
    }

    /** Saves the applicant being corrected; {@code reason} may be blank before scoring started. */
    void saveApplicant(String reason) {
        Applicant was = applicant.get().orElseThrow();
        new EditApplicant(store).edit(actor, was, applicantEntry.typed(was.defenseOrder()), reason);
        cancelApplicant();
    }

    void saveExpert(String reason) {
        new EditExpert(store).edit(actor, expert.get().orElseThrow(), expertEntry.newExpert(), reason);
        cancelExpert();
    }

    public void cancelApplicant() {
        applicant.set(Optional.empty());
        applicantEntry.clear();
    }

    public void cancelExpert() {
        expert.set(Optional.empty());
        expertEntry.clear();
    }

    void removeApplicant(Applicant gone) {
        new RemoveApplicant(store).remove(actor, gone.id());
        applicant.get().filter(a -> a.id() == gone.id()).ifPresent(a -> cancelApplicant());
    }

    void removeExpert(Expert gone) {
        new RemoveExpert(store).remove(actor, gone.id());
        expert.get().filter(e -> e.id() == gone.id()).ifPresent(e -> cancelExpert());
    }
}

package com.parkreview.app.ui.applicants;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.StoredSession;
import com.parkreview.app.ui.common.UiText;
import java.time.LocalTime;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The signed-in expert's applicants in defense order, each with its time slot and its sheet's state. */
public final class ApplicantListViewModel {

    /** Where the expert's sheet for an applicant stands. */
    public enum SheetProgress { NOT_STARTED, DRAFT, SIGNED, RECUSED }

    /** One line of the list. */
    public record Row(Applicant applicant, Optional<LocalTime> slot, SheetProgress progress) {
        public String slotText() {
            return slot.map(LocalTime::toString).orElse("—");
        }

        public String progressText() {
            return UiText.text("progress." + progress.name());
        }

        /** A recused applicant is not scored by this expert. */
        public boolean openable() {
            return progress != SheetProgress.RECUSED;
        }
    }

    private final StoreAccess store;
    private final long sessionId;
    private final long expertId;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public ApplicantListViewModel(StoreAccess store, long sessionId, long expertId) {
        this.store = store;
        this.sessionId = sessionId;
        this.expertId = expertId;
        refresh();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Reads the states again (after the expert worked on a sheet). */
    public void refresh() {
        StoredSession stored = store.read(s -> StoredSession.load(s, sessionId));
        rows.setAll(stored.panelApplicants().stream().map(a -> new Row(a, a.slotStart(), progress(stored, a))).toList());
    }

    private SheetProgress progress(StoredSession stored, Applicant applicant) {
        if (stored.recused(expertId, applicant.id())) {
            return SheetProgress.RECUSED;
        }
        Optional<ScoreSheet> sheet = stored.currentSheet(expertId, applicant.id());
        if (sheet.isEmpty()) {
            return SheetProgress.NOT_STARTED;
        }
        return sheet.get().status() == SheetStatus.SIGNED ? SheetProgress.SIGNED : SheetProgress.DRAFT;
    }
}

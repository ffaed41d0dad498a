package com.parkreview.app.ui.applicants;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.FlagResolution;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.StoredSession;
import com.parkreview.app.ui.common.UiText;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The signed-in expert's applicants in defense order, each with its time slot and its sheet's state. */
public final class ApplicantListViewModel {

    /** Where the expert's sheet for an applicant stands: a re-review is a sheet of a later round not signed yet. */
    public enum SheetProgress { NOT_STARTED, DRAFT, RE_REVIEW, SIGNED, RECUSED }

    /**
     * One line of the list; a re-review with its round and what the secretary asked to look at again
     * (round 24: the expert saw "draft", a blank form and no word of the re-review or of the question).
     */
    public record Row(Applicant applicant, Optional<LocalTime> slot, SheetProgress progress, int round,
            Optional<String> reReviewNote) {
        public String slotText() {
            return slot.map(LocalTime::toString).orElse("—");
        }

        public String progressText() {
            if (progress == SheetProgress.RE_REVIEW) {
                return UiText.text("progress.RE_REVIEW", round)
                        + reReviewNote.map(note -> UiText.text("progress.reReviewNote", note)).orElse("");
            }
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
        List<FlagRecord> flags = store.read(s -> s.flags().forSession(sessionId));
        String expertCode = stored.experts().stream().filter(e -> e.id() == expertId).map(Expert::code).findFirst()
                .orElse("");
        rows.setAll(stored.panelApplicants().stream().map(a -> row(stored, a, flags, expertCode)).toList());
    }

    private Row row(StoredSession stored, Applicant applicant, List<FlagRecord> flags, String expertCode) {
        if (stored.recused(expertId, applicant.id())) {
            return new Row(applicant, applicant.slotStart(), SheetProgress.RECUSED, 1, Optional.empty());
        }
        Optional<ScoreSheet> sheet = stored.currentSheet(expertId, applicant.id());
        if (sheet.isEmpty()) {
            return new Row(applicant, applicant.slotStart(), SheetProgress.NOT_STARTED, 1, Optional.empty());
        }
        int round = sheet.get().round();
        if (sheet.get().status() == SheetStatus.SIGNED) {
            return new Row(applicant, applicant.slotStart(), SheetProgress.SIGNED, round, Optional.empty());
        }
        if (round == 1) {
            return new Row(applicant, applicant.slotStart(), SheetProgress.DRAFT, round, Optional.empty());
        }
        // the newest re-review ordered of this expert, or of the whole panel, for this applicant
        Optional<String> note = flags.stream()
                .filter(f -> f.applicantId() == applicant.id() && f.expertCode().map(expertCode::equals).orElse(true))
                .flatMap(f -> f.resolution().stream())
                .filter(r -> r.kind() == FlagResolution.Kind.RE_REVIEW)
                .max(Comparator.comparing(FlagResolution::resolvedAt)).map(FlagResolution::reason);
        return new Row(applicant, applicant.slotStart(), SheetProgress.RE_REVIEW, round, note);
    }
}

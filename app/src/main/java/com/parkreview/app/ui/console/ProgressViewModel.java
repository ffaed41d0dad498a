package com.parkreview.app.ui.console;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.MergedSession;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoredSession;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.merge.PanelScore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How far the session has come: applicants × experts, each cell the state of that sheet (not
 * started, draft, signed, recused, and whether it came from paper or a file), what each applicant
 * still needs for a complete panel, and the defense schedule with the applicant now defending.
 */
public final class ProgressViewModel {

    /** The state of one expert's sheet for one applicant. */
    public enum CellState { NOT_STARTED, DRAFT, SIGNED, AWAITING_CHECK, RECUSED }

    /** A cell: its state, how the sheet came in when not typed by the expert, and the sheet. */
    public record Cell(CellState state, Optional<String> origin, Optional<ScoreSheet> sheet) {
        /** A paper sheet can be typed in: nothing signed yet and the expert not recused. */
        public boolean paperEntryPossible() {
            return state == CellState.NOT_STARTED || state == CellState.DRAFT;
        }

        /**
         * A conflict can be recorded: one declared on paper before the sheet was signed, or one found
         * out after (then the signed sheet is set aside); not twice.
         */
        public boolean recusalPossible() {
            return state != CellState.RECUSED;
        }

        /** Whether recording a conflict now sets a signed sheet aside (it is kept but no longer counts). */
        public boolean recusalSetsSheetAside() {
            return state == CellState.SIGNED || state == CellState.AWAITING_CHECK;
        }

        public boolean awaitingSecondEntry() {
            return state == CellState.AWAITING_CHECK;
        }

        public String text() {
            return UiText.text("progress." + state.name()) + origin.map(o -> "（" + o + "）").orElse("");
        }
    }

    /** One applicant's line of the matrix. */
    public record Row(Applicant applicant, List<Cell> cells, String missing, boolean current) {
    }

    private final Supplier<MergedSession> snapshots;
    private final Clock clock;
    private final ObservableList<Expert> experts = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public ProgressViewModel(Supplier<MergedSession> snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
        refresh();
    }

    public ObservableList<Expert> experts() {
        return experts;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public void refresh() {
        StoredSession stored = snapshots.get().stored();
        experts.setAll(stored.experts());
        Optional<Applicant> current = defending(stored);
        rows.setAll(stored.panelApplicants().stream().map(a -> new Row(a,
                stored.experts().stream().map(e -> cell(stored, e, a)).toList(), missing(stored, a),
                current.map(c -> c.id() == a.id()).orElse(false))).toList());
    }

    private static Cell cell(StoredSession stored, Expert expert, Applicant applicant) {
        if (stored.recused(expert.id(), applicant.id())) {
            return new Cell(CellState.RECUSED, Optional.empty(), Optional.empty());
        }
        Optional<ScoreSheet> sheet = stored.currentSheet(expert.id(), applicant.id());
        if (sheet.isEmpty()) {
            return new Cell(CellState.NOT_STARTED, Optional.empty(), Optional.empty());
        }
        Optional<String> origin = switch (sheet.get().origin()) {
            case TYPED -> Optional.empty();
            case PAPER, IMPORTED -> Optional.of(UiText.text("origin." + sheet.get().origin().name()));
        };
        CellState state = stored.counts(sheet.get()) ? CellState.SIGNED
                : sheet.get().status() == SheetStatus.SIGNED ? CellState.AWAITING_CHECK : CellState.DRAFT;
        return new Cell(state, origin, sheet);
    }

    /** What the applicant still needs: the signatures missing, and whether three valid experts are in reach. */
    private static String missing(StoredSession stored, Applicant applicant) {
        int valid = 0;
        int toSign = 0;
        int toCheck = 0;
        for (Expert expert : stored.experts()) {
            if (stored.recused(expert.id(), applicant.id())) {
                continue;
            }
            switch (cell(stored, expert, applicant).state()) {
                case SIGNED -> valid++;
                case AWAITING_CHECK -> toCheck++;
                default -> toSign++;
            }
        }
        if (toSign == 0 && toCheck == 0) {
            return valid >= PanelScore.MINIMUM_VALID_EXPERTS ? UiText.text("progress.complete")
                    : UiText.text("progress.tooFew", valid);
        }
        List<String> parts = new ArrayList<>();
        if (toSign > 0) {
            parts.add(UiText.text("progress.toSign", toSign));
        }
        if (toCheck > 0) {
            parts.add(UiText.text("progress.toCheck", toCheck));
        }
        return String.join(UiText.text("list.separator"), parts);
    }

    /** The applicant whose defense slot the clock is in, on the session's day. */
    private Optional<Applicant> defending(StoredSession stored) {
        if (stored.session().date().filter(d -> d.equals(LocalDate.now(clock))).isEmpty()) {
            return Optional.empty();
        }
        LocalTime now = LocalTime.now(clock);
        int minutes = stored.session().details().timing().totalMinutes();
        return stored.panelApplicants().stream()
                .filter(a -> a.slotStart().filter(start -> !now.isBefore(start)
                        && now.isBefore(start.plusMinutes(minutes))).isPresent())
                .findFirst();
    }
}

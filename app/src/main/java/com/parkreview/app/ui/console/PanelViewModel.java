package com.parkreview.app.ui.console;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.MergedSession;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.deviation.ExpertOutlier;
import com.parkreview.scoring.deviation.IndicatorOutlier;
import com.parkreview.scoring.merge.ApplicantResult;
import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The panel of one applicant side by side: each expert's score per indicator, the means, the
 * totals, the outcome; the cells a flag is about, with its reason; the resolution of each flag
 * (accepted with a written reason, or a re-review of one expert or of the panel); the group
 * leader's joint opinion; the dimensions as a share of their maxima.
 */
public final class PanelViewModel {

    /** A cell of the table: its text and, when a flag is about it, why. */
    public record Cell(String text, Optional<String> flagged) {
    }

    /** A row: an indicator (or a dimension, or the totals), a cell per panel expert, the mean. */
    public record Row(String code, String label, String max, List<Cell> cells, Cell mean, boolean heading) {
    }

    /** A flag as the secretary deals with it. */
    public record FlagItem(FlagRecord record, String explanation, Optional<String> resolution, Optional<Long> expertId) {
        public boolean open() {
            return resolution.isEmpty();
        }

        /** Whether a re-review can answer it (not a sheet set aside, nor the operator's support elsewhere). */
        public boolean reReviewable() {
            return MergeService.reReviewable(record.flagCode());
        }
    }

    /** A dimension's panel mean as a share of its maximum, for the chart. */
    public record DimensionShare(String name, BigDecimal percent) {
    }

    private final ConsoleSession session;
    private final MergeService merge;
    private final SessionSetup setup;
    private final Actor actor;
    private MergedSession snapshot;
    private final ObservableList<Applicant> applicants = FXCollections.observableArrayList();
    private final ObjectProperty<Applicant> selected = new SimpleObjectProperty<>();
    private final ObservableList<Expert> experts = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<FlagItem> flags = FXCollections.observableArrayList();
    private final ObservableList<DimensionShare> dimensions = FXCollections.observableArrayList();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty jointOpinion = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper emptyTable = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noFlags = new ReadOnlyStringWrapper("");
    private String storedOpinion = "";
    /** Opinions stored since the snapshot was taken, which it does not have yet. */
    private final Map<Long, String> committedOpinions = new HashMap<>();

    public PanelViewModel(ConsoleSession session, MergeService merge, SessionSetup setup, Actor actor) {
        this.session = session;
        this.merge = merge;
        this.setup = setup;
        this.actor = actor;
        refresh();
        session.onReload(this::refresh);
    }

    public ObservableList<Applicant> applicants() {
        return applicants;
    }

    public ReadOnlyObjectProperty<Applicant> selectedProperty() {
        return selected;
    }

    /** Moves to another applicant, storing the joint opinion typed for this one first. */
    public void select(Applicant applicant) {
        commitJointOpinion();
        selected.set(applicant);
        show();
    }

    /** The panel, in order: the table's expert columns. */
    public ObservableList<Expert> experts() {
        return experts;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<FlagItem> flags() {
        return flags;
    }

    public ObservableList<DimensionShare> dimensions() {
        return dimensions;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty jointOpinionProperty() {
        return jointOpinion;
    }

    /** Why the table is empty and what to do: no applicant passed pre-review yet, or none chosen. */
    public ReadOnlyStringProperty emptyTableProperty() {
        return emptyTable.getReadOnlyProperty();
    }

    /** What the flags' place says when it lists none: none for this applicant, or choose one first. */
    public ReadOnlyStringProperty noFlagsProperty() {
        return noFlags.getReadOnlyProperty();
    }

    /** Shows the session's current snapshot, on the same applicant. */
    public void refresh() {
        MergedSession now = session.snapshot();
        if (now != snapshot) {
            committedOpinions.clear();
        }
        snapshot = now;
        Optional<Long> keep = Optional.ofNullable(selected.get()).map(Applicant::id);
        applicants.setAll(snapshot.stored().panelApplicants());
        experts.setAll(snapshot.stored().experts());
        Applicant again = keep.flatMap(id -> applicants.stream().filter(a -> a.id() == id).findFirst())
                .orElse(applicants.isEmpty() ? null : applicants.get(0));
        selected.set(again);
        show();
    }

    public void accept(FlagItem flag, String reason) {
        merge.accept(actor, flag.record().id(), reason);
        session.reload();
    }

    /** A re-review of the flag's expert, or of the whole panel when {@code wholePanel}. */
    /** The re-review's question, naming who scores again and which applicant (round 6: it named neither). */
    public String reReviewQuestion(FlagItem flag, boolean wholePanel) {
        Applicant applicant = selected.get();
        String who = wholePanel ? UiText.text("panel.reReviewWholePanel") : flag.expertId()
                .flatMap(id -> snapshot.stored().experts().stream().filter(e -> e.id() == id).findFirst())
                .map(e -> e.code() + " " + e.name()).orElse("");
        return UiText.text("panel.reReviewQuestion", who, applicant.code(), applicant.name());
    }

    public void reReview(FlagItem flag, boolean wholePanel, String reason) {
        merge.orderReReview(actor, flag.record().id(), wholePanel ? Optional.empty() : flag.expertId(), reason);
        session.reload();
    }

    /** Stores the joint opinion as typed, if it changed. Also done on moving to another applicant. */
    public void commitJointOpinion() {
        String text = jointOpinion.get() == null ? "" : jointOpinion.get().strip();
        if (selected.get() != null && !text.equals(storedOpinion)) {
            setup.setJointOpinion(actor, selected.get().id(), text);
            storedOpinion = text;
            committedOpinions.put(selected.get().id(), text);
        }
    }

    /**
     * At the window's close: the joint opinion as typed, stored (a tester's round 8 typed the
     * group leader's opinion, closed the window with its ✕, and it was gone); named for the
     * question when it cannot be stored.
     */
    public List<String> storeTyped() {
        try {
            commitJointOpinion();
            return List.of();
        } catch (RuntimeException e) {
            return List.of(UiText.text("window.unsavedJointOpinion", selected.get().code()));
        }
    }

    private void show() {
        Applicant applicant = selected.get();
        emptyTable.set(UiText.text(applicants.isEmpty() ? "panel.nonePassed" : "panel.chooseApplicant"));
        noFlags.set(UiText.text(applicant == null ? "panel.flagsOfChosen" : "panel.noFlags"));
        if (applicant == null) {
            rows.clear();
            flags.clear();
            dimensions.clear();
            outcome.set("");
            return;
        }
        ApplicantResult result = snapshot.row(applicant).result();
        List<DeviationFlag> found = result.flags();
        List<Row> table = new ArrayList<>();
        for (Dimension dimension : snapshot.stored().session().settings().rubric().dimensions()) {
            table.add(new Row(dimension.code(), dimension.name(), dimension.max().toPlainString(), List.of(),
                    new Cell(text(result.dimensionMeans().get(dimension.code())), Optional.empty()), true));
            for (Indicator indicator : dimension.indicators()) {
                List<Cell> cells = new ArrayList<>();
                for (Expert expert : experts) {
                    cells.add(cell(applicant, expert, sheet -> sheet.score(indicator.code()).map(UiText::number),
                            found.stream().filter(f -> f instanceof IndicatorOutlier o && o.expertId().equals(expert.code())
                                    && o.indicatorCode().equals(indicator.code())).findFirst()));
                }
                table.add(new Row(indicator.code(), indicator.name(), indicator.max().toPlainString(), cells,
                        new Cell(text(result.indicatorMeans().get(indicator.code())), Optional.empty()), false));
            }
        }
        List<Cell> totals = new ArrayList<>();
        for (Expert expert : experts) {
            totals.add(cell(applicant, expert, sheet -> Optional.of(UiText.number(sheet.total())),
                    found.stream().filter(f -> f instanceof ExpertOutlier o && o.expertId().equals(expert.code()))
                            .findFirst()));
        }
        table.add(new Row("", UiText.text("panel.total"),
                UiText.number(snapshot.stored().session().settings().rubric().maxTotal()), totals,
                new Cell(result.panelScore().map(BigDecimal::toPlainString).orElse("—"), Optional.empty()), true));
        rows.setAll(table);
        outcome.set(result.outcome()
                .map(o -> UiText.text("sentences.two", UiText.text("panel.outcome", o.panelScore().toPlainString(),
                        UiText.tierLabel(o.tier()), UiText.sharePercent(o.tier()), o.amount().toWanString(), result.validExperts()),
                        AmountWords.deduction(o, snapshot.row(applicant).applicant().funding()).orElse("")).strip())
                .orElse(noOutcome(result)));
        flags.setAll(snapshot.currentFlags(applicant).stream().map(record -> item(record, found)).toList());
        dimensions.setAll(snapshot.stored().session().settings().rubric().dimensions().stream()
                .map(d -> new DimensionShare(d.name(), Optional.ofNullable(result.dimensionMeans().get(d.code()))
                        .map(mean -> mean.multiply(BigDecimal.valueOf(100)).divide(d.max(), 1, RoundingMode.HALF_UP))
                        .orElse(BigDecimal.ZERO)))
                .toList());
        storedOpinion = committedOpinions.getOrDefault(applicant.id(), applicant.jointOpinion());
        jointOpinion.set(storedOpinion);
    }

    private Cell cell(Applicant applicant, Expert expert, Function<ScoreSheet, Optional<String>> value,
            Optional<DeviationFlag> flag) {
        if (snapshot.stored().recused(expert.id(), applicant.id())) {
            return new Cell(UiText.text("panel.recused"), Optional.empty());
        }
        Optional<ScoreSheet> current = snapshot.stored().currentSheet(expert.id(), applicant.id());
        Optional<ScoreSheet> sheet = current.filter(snapshot.stored()::counts);
        if (sheet.isEmpty()) {
            boolean awaitingCheck = current.filter(s -> s.status() == SheetStatus.SIGNED).isPresent();
            return new Cell(UiText.text(awaitingCheck ? "panel.awaitingCheck" : "panel.unsigned"), Optional.empty());
        }
        return new Cell(value.apply(sheet.get()).orElse("—"),
                flag.map(f -> f.explanation().in(UiText.locale())));
    }

    private FlagItem item(FlagRecord record, List<DeviationFlag> found) {
        Optional<DeviationFlag> flag = found.stream().filter(f -> f.code().equals(record.flagCode())).findFirst();
        String explanation = flag.map(f -> f.explanation().in(UiText.locale())).orElse(record.explanation());
        Optional<Long> expertId = record.expertCode().flatMap(code -> experts.stream().filter(e -> e.code().equals(code))
                .map(Expert::id).findFirst());
        return new FlagItem(record, explanation, record.resolution().map(r -> UiText.text(
                "panel.resolution." + r.kind().name(), r.reason(), r.resolvedBy())), expertId);
    }

    /** Why the applicant has no panel score yet: a re-review or sheets awaited, or too few valid experts. */
    private static String noOutcome(ApplicantResult result) {
        if (!result.awaitingReReview().isEmpty()) {
            return UiText.text("panel.awaitingReReview", String.join(" ", result.awaitingReReview()), result.validExperts());
        }
        if (!result.awaitingSheets().isEmpty()) {
            return UiText.text("panel.awaitingSheets", String.join(" ", result.awaitingSheets()), result.validExperts());
        }
        return UiText.text("panel.incomplete", result.validExperts());
    }

    private static String text(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}

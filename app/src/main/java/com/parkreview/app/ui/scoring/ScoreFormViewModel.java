package com.parkreview.app.ui.scoring;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.ScoreChangedMeanwhile;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SheetOrigin;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.TextField;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.LocalizedTime;
import com.parkreview.scoring.entry.ScoreEntry;
import com.parkreview.scoring.merge.PanelMerger;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * An expert's score sheet for one applicant: Table 1 by dimension, each field stored the moment
 * it is committed (Enter, Tab, leaving it), live subtotals, the total, and the tier and amount
 * this sheet alone would give; the opinion, signing (which locks the sheet) and re-opening with
 * a reason.
 */
public final class ScoreFormViewModel {

    private final ScoringService scoring;
    private final Actor actor;
    private final ProgrammeSettings settings;
    private final Applicant applicant;
    private final List<DimensionGroup> groups = new ArrayList<>();
    private final List<IndicatorRowViewModel> rows = new ArrayList<>();
    private final StringProperty opinion = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<BigDecimal> total = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);
    private final ReadOnlyStringWrapper tierText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountText = new ReadOnlyStringWrapper("");
    /** Whether this database knows what the applicant applied for: not in an expert's laptop copy. */
    private final boolean amountKnown;
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    /** Before the status of a sheet typed in from paper: who is typing it. */
    private String originPrefix = "";
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private long sheetId;
    private String storedOpinion;

    private ScoreFormViewModel(ScoringService scoring, Actor actor, ReviewSession session, Applicant applicant,
            ScoreSheet sheet, boolean amountKnown) {
        this.scoring = scoring;
        this.amountKnown = amountKnown;
        this.actor = actor;
        this.settings = session.settings();
        this.applicant = applicant;
        for (Dimension dimension : settings.rubric().dimensions()) {
            List<IndicatorRowViewModel> dimensionRows = new ArrayList<>();
            for (Indicator indicator : dimension.indicators()) {
                IndicatorRowViewModel row = new IndicatorRowViewModel(indicator, settings.precision(),
                        sheet.score(indicator.code()), sheet.entry(indicator.code()).map(e -> e.comment()).orElse(""));
                dimensionRows.add(row);
                rows.add(row);
            }
            groups.add(new DimensionGroup(dimension, dimensionRows));
        }
        total.bind(Bindings.createObjectBinding(() -> sum(rows),
                rows.stream().map(IndicatorRowViewModel::effectiveProperty).toArray(Observable[]::new)));
        total.addListener((obs, old, now) -> updateOutcome());
        rows.forEach(r -> r.storedProperty().addListener((obs, old, now) -> updateComplete()));
        show(sheet);
        updateOutcome();
    }

    /** The expert's sheet for the applicant, a first draft created when there is none. */
    public static ScoreFormViewModel open(StoreAccess store, ScoringService scoring, Actor actor, long expertId,
            long applicantId) {
        ScoreSheet sheet = scoring.openSheet(actor, expertId, applicantId);
        Applicant applicant = store.read(s -> s.applicants().find(applicantId)).orElseThrow();
        ReviewSession session = store.read(s -> s.sessions().find(applicant.sessionId())).orElseThrow();
        // an expert's laptop copy holds no amounts applied for (the kit carries none): no amount is shown there
        boolean amountKnown = store.read(s -> s.expertMode().current()).isEmpty();
        return new ScoreFormViewModel(scoring, actor, session, applicant, sheet, amountKnown);
    }

    public Applicant applicant() {
        return applicant;
    }

    public List<DimensionGroup> groups() {
        return groups;
    }

    public List<IndicatorRowViewModel> rows() {
        return rows;
    }

    public StringProperty opinionProperty() {
        return opinion;
    }

    public ReadOnlyObjectProperty<BigDecimal> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tierTextProperty() {
        return tierText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountTextProperty() {
        return amountText.getReadOnlyProperty();
    }

    /** A draft can be changed; a signed sheet is locked. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Every indicator has a stored score. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /**
     * Stores what is typed in the row's field (Enter, Tab, leaving it). Returns whether it was
     * stored; when rule 2 refuses it, nothing changes and the row says why.
     */
    public boolean commitScore(IndicatorRowViewModel row) {
        if (!editable.get()) {
            return false;
        }
        try {
            return store(row);
        } catch (ScoreChangedMeanwhile e) {
            row.stored(e.current()); // the score another machine stored, shown instead of what was typed
            throw e;
        }
    }

    private boolean store(IndicatorRowViewModel row) {
        Optional<BigDecimal> shown = row.storedProperty().get();
        if (row.blank()) {
            if (shown.isPresent()) {
                scoring.clearScore(actor, sheetId, row.code(), shown);
                row.stored(Optional.empty());
            }
            return true;
        }
        Optional<BigDecimal> typed = ScoreEntry.read(row.indicator(), row.typedProperty().get(), settings.precision())
                .value();
        if (typed.isPresent() && typed.equals(shown)) {
            return true; // the stored score, unchanged: nothing to write
        }
        ScoreEntry.Result result = scoring.commitScore(actor, sheetId, row.code(), row.typedProperty().get(), shown);
        if (result instanceof ScoreEntry.Accepted accepted) {
            row.stored(Optional.of(accepted.score()));
            return true;
        }
        row.refused(result.rejection().orElseThrow());
        return false;
    }

    /**
     * The window closing: stores every score, comment and the opinion as typed, and names each one
     * that could not be stored (a score rule 2 refuses, a store that failed), for the question.
     */
    public List<String> storeTyped() {
        List<String> notStored = new ArrayList<>();
        if (!editable.get()) {
            return notStored; // signed: nothing typed can be pending
        }
        for (IndicatorRowViewModel row : rows) {
            if (!storedAtClose(() -> commitScore(row))) {
                notStored.add(UiText.text("window.unsavedScore", row.code(), row.typedProperty().get()));
            }
            if (!storedAtClose(() -> { commitComment(row); return true; })) {
                notStored.add(UiText.text("window.unsavedComment", row.code()));
            }
        }
        if (!storedAtClose(() -> { commitOpinion(); return true; })) {
            notStored.add(UiText.text("window.unsavedOpinion"));
        }
        return notStored;
    }

    private static boolean storedAtClose(BooleanSupplier store) {
        try {
            return store.getAsBoolean();
        } catch (RuntimeException e) { // named in the question; the window stays when the user says no
            return false;
        }
    }

    public void commitComment(IndicatorRowViewModel row) {
        if (editable.get() && row.commentChanged()) {
            scoring.setComment(actor, sheetId, row.code(), row.commentProperty().get());
            row.commentStored();
        }
    }

    public void commitOpinion() {
        String text = opinion.get() == null ? "" : opinion.get().strip();
        if (editable.get() && !text.equals(storedOpinion)) {
            scoring.setOpinion(actor, sheetId, text);
            storedOpinion = text;
        }
    }

    /**
     * What keeps the sheet from being signed, before anything is asked: the indicators without a
     * stored score (in order), then an empty opinion; empty when it can be signed.
     */
    public Optional<String> missingForSigning() {
        List<String> unscored = rows.stream().filter(r -> r.storedProperty().get().isEmpty())
                .map(IndicatorRowViewModel::code).toList();
        if (!unscored.isEmpty()) {
            return Optional.of(AppText.of("rule.signIncomplete", String.join(" ", unscored)).in(UiText.locale()));
        }
        if (!TextField.saysSomething(opinion.get())) {
            return Optional.of(AppText.of("rule.signNoOpinion").in(UiText.locale()));
        }
        return Optional.empty();
    }

    /** What the expert confirms before signing: the total and the tier this sheet gives. */
    public String signConfirmation() {
        return UiText.text("score.signConfirm", total.get().toPlainString(), tierText.get());
    }

    /** Signs and locks the sheet; refused (with the reason) while a score or the opinion is missing. */
    public void sign() {
        commitOpinion();
        show(scoring.sign(actor, sheetId));
    }

    /** Re-opens the signed sheet for correction; the reason goes into the history. */
    public void reopen(String reason) {
        scoring.reopen(actor, sheetId, reason);
        editable.set(true);
        statusText.set(originPrefix + UiText.text("sheet.status.DRAFT"));
    }

    static BigDecimal sum(List<IndicatorRowViewModel> rows) {
        return rows.stream().map(r -> r.effectiveProperty().get()).flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void show(ScoreSheet sheet) {
        sheetId = sheet.id();
        originPrefix = sheet.origin() == SheetOrigin.PAPER
                ? UiText.text("sheet.paperPrefix", actor.name()) : "";
        storedOpinion = sheet.opinion();
        opinion.set(sheet.opinion());
        editable.set(sheet.status() == SheetStatus.DRAFT);
        statusText.set(originPrefix + (sheet.status() == SheetStatus.SIGNED && sheet.signedAt().isPresent()
                ? UiText.text("sheet.status.SIGNED.at",
                        LocalizedTime.of(sheet.signedAt().get(), Locale.getDefault()))
                : UiText.text("sheet.status." + sheet.status().name())));
        updateComplete();
    }

    private void updateComplete() {
        complete.set(rows.stream().allMatch(r -> r.storedProperty().get().isPresent()));
    }

    private void updateOutcome() {
        PanelOutcome outcome = new PanelMerger(settings).outcome(total.get(), applicant.funding());
        Tier tier = outcome.tier();
        tierText.set(UiText.tierLabel(tier) + "（" + UiText.sharePercent(tier) + "）");
        amountText.set(amountKnown ? UiText.text("score.amount", outcome.amount().toWanString())
                : UiText.text("score.amountByPanel"));
    }

    /** A sheet typed in from paper at the secretary's desk, whose form leads back to the console. */
    public boolean typedFromPaper() {
        return !originPrefix.isEmpty();
    }
}

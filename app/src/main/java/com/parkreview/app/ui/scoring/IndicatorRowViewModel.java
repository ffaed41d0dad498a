package com.parkreview.app.ui.scoring;

import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.entry.ScoreEntry;
import com.parkreview.scoring.entry.ScoreRejection;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ScorePrecision;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One indicator's line of the score form: what is typed, checked by rule 2 as it is typed (the
 * reason shown at once), the score stored for it, and the comment.
 */
public final class IndicatorRowViewModel {

    private final Indicator indicator;
    private final ScorePrecision precision;
    private final StringProperty typed = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shortProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<BigDecimal>> stored = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<BigDecimal>> effective = new ReadOnlyObjectWrapper<>(Optional.empty());
    private String storedComment = "";

    IndicatorRowViewModel(Indicator indicator, ScorePrecision precision, Optional<BigDecimal> score, String comment) {
        this.indicator = indicator;
        this.precision = precision;
        this.stored.set(score);
        this.storedComment = comment;
        this.typed.set(score.map(UiText::number).orElse(""));
        this.comment.set(comment);
        typed.addListener((obs, old, now) -> recheck());
        recheck();
    }

    public String code() {
        return indicator.code();
    }

    public String name() {
        return indicator.name();
    }

    public String guidance() {
        return indicator.guidance();
    }

    public String maxText() {
        return indicator.max().toPlainString();
    }

    public Indicator indicator() {
        return indicator;
    }

    /** What is in the score field. */
    public StringProperty typedProperty() {
        return typed;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** Why rule 2 refuses what is typed, in the user's language; empty when it is allowed or blank. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The reason alone, short enough to stand beside the field ("超过分值 5（步长 0.5）"). */
    public ReadOnlyStringProperty shortProblemProperty() {
        return shortProblem.getReadOnlyProperty();
    }

    /** The score in the database. */
    public ReadOnlyObjectProperty<Optional<BigDecimal>> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** The score the totals count: what is typed when rule 2 allows it, else what is stored. */
    public ReadOnlyObjectProperty<Optional<BigDecimal>> effectiveProperty() {
        return effective.getReadOnlyProperty();
    }

    /** The refusal of a value, without changing anything: for the field's decoration. */
    public Optional<ScoreRejection> refusalOf(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return ScoreEntry.read(indicator, value, precision).rejection();
    }

    boolean blank() {
        return typed.get() == null || typed.get().isBlank();
    }

    boolean commentChanged() {
        return !storedComment.equals(comment.get().strip());
    }

    void commentStored() {
        storedComment = comment.get().strip();
    }

    /** The database now holds this score: the field shows it as stored (full-width digits become 4.5). */
    void stored(Optional<BigDecimal> score) {
        stored.set(score);
        typed.set(score.map(UiText::number).orElse(""));
        recheck();
    }

    void refused(ScoreRejection rejection) {
        problem.set(rejection.message(UiText.locale()));
        shortProblem.set(rejection.shortText().in(UiText.locale()));
    }


    private void recheck() {
        if (blank()) {
            problem.set("");
            shortProblem.set("");
            effective.set(Optional.empty());
            return;
        }
        ScoreEntry.Result result = ScoreEntry.read(indicator, typed.get(), precision);
        problem.set(result.rejection().map(r -> r.message(UiText.locale())).orElse(""));
        shortProblem.set(result.rejection().map(r -> r.shortText().in(UiText.locale())).orElse(""));
        effective.set(result.value().isPresent() ? result.value() : stored.get());
    }
}

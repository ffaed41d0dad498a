package com.parkreview.app.ui.console;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.PaperComparison;
import com.parkreview.app.review.PaperEntry;
import com.parkreview.app.review.PaperResolution;
import com.parkreview.app.review.TextField;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.entry.ScoreEntry;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The second person's entry of a paper sheet: the typist's name and every indicator's score as
 * read from the paper, checked as typed (rule 2). Entered, it is compared with the first entry:
 * a match makes the sheet count, a mismatch names the indicators that differ and it does not.
 */
public final class SecondEntryViewModel {

    /** One indicator's field. */
    public record Field(Indicator indicator, StringProperty typed) {
    }

    private final PaperEntry paper;
    private final long sheetId;
    private final ProgrammeSettings settings;
    private final StringProperty typist = new SimpleStringProperty("");
    private final List<Field> fields;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper counted = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<PaperComparison.Difference> differences = FXCollections.observableArrayList();
    private Optional<PaperResolution> resolution = Optional.empty();
    /** Each field's text as the last comparison took it. */
    private final Map<String, String> entered = new HashMap<>();
    private Actor secretary;

    public SecondEntryViewModel(PaperEntry paper, long sheetId, ProgrammeSettings settings) {
        this.paper = paper;
        this.sheetId = sheetId;
        this.settings = settings;
        this.fields = settings.rubric().indicators().stream()
                .map(i -> new Field(i, new SimpleStringProperty(""))).toList();
        Observable[] inputs = new Observable[fields.size() + 1];
        inputs[0] = typist;
        for (int i = 0; i < fields.size(); i++) {
            inputs[i + 1] = fields.get(i).typed();
        }
        problem.bind(Bindings.createStringBinding(this::check, inputs));
    }

    public StringProperty typistProperty() {
        return typist;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The first thing wrong with what is typed, or empty when it can be entered. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the comparison found, once entered. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Whether the sheet now counts for the merge. */
    public ReadOnlyBooleanProperty countedProperty() {
        return counted.getReadOnlyProperty();
    }

    /** Records the second entry (kept whether or not it matches) and compares it with the first. */
    public PaperComparison enter() {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach(f -> typed.put(f.indicator().code(), f.typed().get()));
        PaperComparison compared = show(paper.secondEntry(Actor.secretary(typist.get().strip()), sheetId, typed));
        fields.forEach(f -> entered.put(f.indicator().code(), text(f.typed().get())));
        return compared;
    }

    /**
     * Whether a score is typed that the last comparison did not take: closing would lose it (a
     * tester's round 8 pressed Esc on six typed scores and they were gone, unasked).
     */
    public boolean typedNotEntered() {
        return fields.stream().anyMatch(f -> !text(f.typed().get()).equals(entered.getOrDefault(f.indicator().code(), "")));
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** Lets the secretary settle each difference after reading the paper ({@link PaperResolution}). */
    public void allowSettling(PaperResolution resolution, Actor secretary) {
        this.resolution = Optional.of(resolution);
        this.secretary = secretary;
    }

    /** Whether this dialog can settle differences (the secretary's console), not only show them. */
    public boolean settles() {
        return resolution.isPresent();
    }

    /** The indicators where the two entries differ, after the last comparison. */
    public ObservableList<PaperComparison.Difference> differences() {
        return differences;
    }

    /** Settles one difference: the entry kept read the paper right; the reason is what the paper shows. */
    public PaperComparison settle(PaperComparison.Difference difference, PaperResolution.Keep keep, String reason) {
        PaperComparison settled = show(resolution.orElseThrow().resolve(secretary, sheetId, difference.indicatorCode(),
                keep, reason));
        // the field shows the value that now counts (round 6: it still showed the misread one)
        Optional<BigDecimal> kept = keep == PaperResolution.Keep.FIRST ? difference.first() : difference.second();
        fields.stream().filter(f -> f.indicator().code().equals(difference.indicatorCode())).findFirst()
                .ifPresent(f -> f.typed().set(kept.map(BigDecimal::toPlainString).orElse("")));
        entered.put(difference.indicatorCode(), kept.map(BigDecimal::toPlainString).orElse(""));
        return settled;
    }

    private PaperComparison show(PaperComparison comparison) {
        outcome.set(comparison.text().in(UiText.locale()));
        counted.set(comparison.matches());
        differences.setAll(comparison.differences());
        return comparison;
    }

    private String check() {
        if (typist.get() == null || typist.get().isBlank()) {
            return UiText.text("secondEntry.typistMissing");
        }
        try {
            TextField.ACTOR.check(typist.get());
        } catch (ValidationException e) {
            return e.getMessage(UiText.locale());
        }
        for (Field field : fields) {
            ScoreEntry.Result result = ScoreEntry.read(field.indicator(), field.typed().get(), settings.precision());
            if (result.rejection().isPresent()) {
                return result.rejection().get().text().in(UiText.locale());
            }
        }
        return "";
    }
}

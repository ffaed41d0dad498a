package com.parkreview.app.ui.console;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Material;
import com.parkreview.app.review.MaterialItem;
import com.parkreview.app.review.MaterialsChecklist;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.ui.common.UiText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The pre-review (初审) of one applicant: the materials checklist (第三部分（二）申报材料), each
 * material received or not with a note, and the result — passed, or failed with the reason. What
 * cannot be saved is said as the secretary ticks: passing without a required material, failing
 * without a reason. Saved, the checklist and the result are recorded together.
 */
public final class PreReviewViewModel {

    /** One line of the checklist. */
    public record Line(Material material, BooleanProperty received, StringProperty note) {
        public String label() {
            return material.label().in(UiText.locale())
                    + (material.required() ? UiText.text("prereview.required") : UiText.text("prereview.optional"));
        }
    }

    private final SessionSetup setup;
    private final Actor actor;
    private final Applicant applicant;
    private final List<Line> lines;
    private final ObjectProperty<PreReview.Result> result;
    private final ObjectProperty<PreReview.FailReason> reason;
    private final StringProperty note;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /**
     * The applicant's pre-review as recorded. A checklist never filled in starts with nothing
     * ticked: the secretary ticks what was received.
     */
    public PreReviewViewModel(SessionSetup setup, Actor actor, Applicant applicant) {
        this.setup = setup;
        this.actor = actor;
        this.applicant = applicant;
        MaterialsChecklist recorded = setup.materials(applicant.id());
        this.lines = Arrays.stream(Material.values()).map(material -> {
            Optional<MaterialItem> item = recorded.item(material);
            return new Line(material, new SimpleBooleanProperty(item.map(MaterialItem::received).orElse(false)),
                    new SimpleStringProperty(item.map(MaterialItem::note).orElse("")));
        }).toList();
        PreReview review = applicant.preReview();
        this.result = new SimpleObjectProperty<>(review.result());
        this.reason = new SimpleObjectProperty<>(review.reason().orElse(null));
        this.note = new SimpleStringProperty(review.note());
        List<Observable> inputs = new ArrayList<>(List.of(result, reason));
        lines.forEach(line -> inputs.add(line.received()));
        problem.bind(Bindings.createStringBinding(this::check, inputs.toArray(Observable[]::new)));
    }

    public Applicant applicant() {
        return applicant;
    }

    public List<Line> lines() {
        return lines;
    }

    public ObjectProperty<PreReview.Result> resultProperty() {
        return result;
    }

    public ObjectProperty<PreReview.FailReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Why the pre-review cannot be saved as it stands, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The required materials not ticked as received. */
    public List<Material> missingRequired() {
        return lines.stream().filter(l -> l.material().required() && !l.received().get()).map(Line::material).toList();
    }

    /**
     * Records the checklist and the result together; refused (and nothing recorded) if the rules say
     * no. Returns what the secretary must be told: kits already out that lack the change.
     */
    public Optional<String> save() {
        List<MaterialItem> items = lines.stream()
                .map(l -> new MaterialItem(l.material(), l.received().get(), l.note().get())).toList();
        PreReview review = new PreReview(result.get(), result.get() == PreReview.Result.FAILED
                ? Optional.ofNullable(reason.get()) : Optional.empty(), note.get());
        return setup.recordPreReview(actor, applicant.id(), items, review).map(text -> text.in(UiText.locale()));
    }

    private String check() {
        if (result.get() == PreReview.Result.PASSED && !missingRequired().isEmpty()) {
            return UiText.text("prereview.cannotPass", AppText.list(missingRequired().stream()
                    .map(Material::label).toList()).in(UiText.locale()));
        }
        if (result.get() == PreReview.Result.FAILED && reason.get() == null) {
            return UiText.text("prereview.chooseReason");
        }
        return "";
    }
}

package com.parkreview.app.ui.exchange;

import com.parkreview.app.exchange.score.ScoreFileImport;
import com.parkreview.app.exchange.score.ScoreFilesImport;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ImportOutcome;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The experts' score files brought into the session: each file verified and imported whole, or
 * refused whole with its reason; one line per file says which it was and what it did.
 */
public final class ScoreImportViewModel {

    /** What happened to one file. */
    public record FileResult(String file, boolean imported, String text) {
    }

    private final StoreAccess store;
    private final Actor actor;
    private final long sessionId;
    private final BooleanProperty reReview = new SimpleBooleanProperty(false);
    private final ObservableList<FileResult> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ScoreImportViewModel(StoreAccess store, Actor actor, long sessionId) {
        this.store = store;
        this.actor = actor;
        this.sessionId = sessionId;
    }

    /** The files answer a re-review that was ordered: a sheet for an applicant without one is refused. */
    public BooleanProperty reReviewProperty() {
        return reReview;
    }

    public ObservableList<FileResult> results() {
        return results;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Imports each file on its own, in export order; returns whether any of them changed the session. */
    public boolean importFiles(List<Path> files) {
        ScoreFilesImport importer = new ScoreFilesImport(new ScoreFileImport(store, actor));
        boolean changed = false;
        int refused = 0;
        for (ScoreFilesImport.FileResult result : importer.importFiles(files, reReview.get(), Optional.of(sessionId))) {
            String name = result.file().getFileName().toString();
            if (result.outcome().isPresent()) {
                changed |= result.outcome().get().changedSheets();
                results.add(new FileResult(name, true, describe(result.outcome().get())));
            } else {
                refused++;
                results.add(new FileResult(name, false, UiText.text("scoreImport.refused",
                        result.refusal().orElseThrow().message(Locale.getDefault()))));
            }
        }
        summary.set(UiText.text("scoreImport.summary", files.size() - refused, refused));
        return changed;
    }

    private static String describe(ImportOutcome outcome) {
        StringBuilder text = new StringBuilder(UiText.text("scoreImport.expert", outcome.expertCode(),
                outcome.expertName(), outcome.key().fingerprint(),
                UiText.text(outcome.keyPinnedNow() ? "scoreImport.keyPinned" : "scoreImport.keyKnown")));
        part(text, "scoreImport.imported", outcome.imported());
        part(text, "scoreImport.unchanged", outcome.unchanged());
        part(text, "scoreImport.superseded", outcome.reReviewsAnswered());
        part(text, "scoreImport.recusals", outcome.recusals());
        if (outcome.imported().isEmpty() && outcome.reReviewsAnswered().isEmpty() && outcome.recusals().isEmpty()) {
            text.append(UiText.text("scoreImport.nothingNew"));
        }
        return text.toString();
    }

    private static void part(StringBuilder text, String key, List<String> codes) {
        if (!codes.isEmpty()) {
            text.append(UiText.text(key, String.join(" ", codes)));
        }
    }
}

package com.parkreview.app.ui.exchange;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.score.ScoreFileImport;
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

    /** The files answer a re-review: a different signed sheet is superseded (kept) by the file's. */
    public BooleanProperty reReviewProperty() {
        return reReview;
    }

    public ObservableList<FileResult> results() {
        return results;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Imports each file on its own; returns whether any of them changed the session. */
    public boolean importFiles(List<Path> files) {
        ScoreFileImport importer = new ScoreFileImport(store, actor);
        boolean changed = false;
        int refused = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                ImportOutcome outcome = importer.importFile(file, reReview.get(), Optional.of(sessionId));
                changed |= outcome.changedSheets();
                results.add(new FileResult(name, true, describe(outcome)));
            } catch (InputRejectedException e) {
                refused++;
                results.add(new FileResult(name, false, UiText.text("scoreImport.refused", e.message(Locale.getDefault()))));
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
        part(text, "scoreImport.superseded", outcome.superseded());
        part(text, "scoreImport.recusals", outcome.recusals());
        if (outcome.imported().isEmpty() && outcome.superseded().isEmpty() && outcome.recusals().isEmpty()) {
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

package com.parkreview.app.ui.exchange;

import com.parkreview.app.exchange.score.ScoreFileImport;
import com.parkreview.app.exchange.score.ScoreFilesImport;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ImportOutcome;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        return show(read(files, reReview.get()));
    }

    /** What an import of some files did: each file's line, and whether the session changed. */
    public record Batch(List<FileResult> results, int refused, boolean changed) {
    }

    /**
     * Imports each file on its own, in export order, touching nothing the window shows: it may run
     * on a worker, and {@link #show(Batch)} then shows what it did.
     */
    public Batch read(List<Path> files, boolean answeringReReview) {
        ScoreFilesImport importer = new ScoreFilesImport(new ScoreFileImport(store, actor));
        List<FileResult> lines = new ArrayList<>();
        boolean changed = false;
        int refused = 0;
        for (ScoreFilesImport.FileResult result : importer.importFiles(files, answeringReReview, Optional.of(sessionId))) {
            String name = result.file().getFileName().toString();
            if (result.outcome().isPresent()) {
                changed |= result.outcome().get().changedSheets();
                lines.add(new FileResult(name, true, describe(result.outcome().get())));
            } else {
                refused++;
                lines.add(new FileResult(name, false, UiText.text("scoreImport.refused",
                        result.refusal().orElseThrow().message(UiText.locale()))));
            }
        }
        return new Batch(List.copyOf(lines), refused, changed);
    }

    /** The files' lines added and the summary said; returns whether the session changed. */
    public boolean show(Batch batch) {
        results.addAll(batch.results());
        summary.set(UiText.text("scoreImport.summary", batch.results().size() - batch.refused(), batch.refused()));
        return batch.changed();
    }

    /** The summary's place says the import is under way; returns what it said before. */
    public String importing(int files) {
        String before = summary.get();
        summary.set(UiText.text("scoreImport.busy", files));
        return before;
    }

    /** The import failed as a whole (the user is told why): the summary says again what it said before. */
    public void failed(String before) {
        summary.set(before);
    }

    private static String describe(ImportOutcome outcome) {
        StringBuilder text = new StringBuilder(UiText.text("scoreImport.expert", outcome.expertCode(),
                outcome.expertName(), outcome.key().fingerprint(),
                UiText.text(outcome.keyPinnedNow() ? "scoreImport.keyPinned" : "scoreImport.keyKnown")));
        outcome.keyReplaced().ifPresent(old -> text.append(UiText.text("scoreImport.keyReplaced", old.fingerprint(),
                outcome.key().fingerprint())));
        part(text, "scoreImport.imported", outcome.imported());
        part(text, "scoreImport.unchanged", outcome.unchanged());
        part(text, "scoreImport.superseded", outcome.reReviewsAnswered());
        part(text, "scoreImport.recusals", outcome.recusals());
        part(text, "scoreImport.draftsReplaced", outcome.draftsReplaced());
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

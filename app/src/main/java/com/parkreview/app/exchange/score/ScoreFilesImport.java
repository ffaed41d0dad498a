package com.parkreview.app.exchange.score;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.JsonDocuments;
import com.parkreview.app.review.ImportOutcome;
import com.parkreview.app.review.ReturnedScores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Several score files imported at once, window and command line alike: every file is read and
 * its signature checked first, then the files are imported in the order the experts exported
 * them (their signed export time, not the order they were named in), each in its own
 * transaction. An older file named after a newer one is then refused for the sheets the newer
 * one already replaced ({@code import.olderThanStored}), instead of replacing them.
 */
public final class ScoreFilesImport {

    /** One file's result: what it did, or why it was refused (nothing of it imported). */
    public record FileResult(Path file, Optional<ImportOutcome> outcome, Optional<InputRejectedException> refusal) {

        public boolean imported() {
            return outcome.isPresent();
        }
    }

    private record ReadFile(Path file, byte[] content, ReturnedScores scores) {
    }

    private final ScoreFileImport importer;

    public ScoreFilesImport(ScoreFileImport importer) {
        this.importer = importer;
    }

    /** Files refused as they were read come first, then the others in export order. */
    public List<FileResult> importFiles(List<Path> files, boolean reReview, Optional<Long> session) {
        return importFiles(files, reReview, session, result -> { });
    }

    /**
     * As {@link #importFiles(List, boolean, Optional)}, telling {@code each} of every file's result
     * as soon as it is known: when the store fails part-way (a full disk), what was imported before
     * has been said (a tester's round 13 had one file in, three not, and only the disk's sentence).
     */
    public List<FileResult> importFiles(List<Path> files, boolean reReview, Optional<Long> session,
            Consumer<FileResult> each) {
        List<FileResult> results = new ArrayList<>();
        List<ReadFile> readable = new ArrayList<>();
        for (Path file : files) {
            try {
                byte[] content = JsonDocuments.readBytes(file);
                readable.add(new ReadFile(file, content, ScoreFile.read(file.getFileName().toString(), content)));
            } catch (InputRejectedException e) {
                results.add(new FileResult(file, Optional.empty(), Optional.of(e)));
                each.accept(results.get(results.size() - 1));
            }
        }
        readable.sort(Comparator.comparing((ReadFile f) -> f.scores().exportedAt())
                .thenComparing(f -> f.file().getFileName().toString()));
        for (ReadFile file : readable) {
            try {
                results.add(new FileResult(file.file(), Optional.of(importer.importRead(
                        file.file().getFileName().toString(), file.content(), file.scores(), reReview, session)),
                        Optional.empty()));
            } catch (InputRejectedException e) {
                results.add(new FileResult(file.file(), Optional.empty(), Optional.of(e)));
            }
            each.accept(results.get(results.size() - 1));
        }
        return results;
    }
}

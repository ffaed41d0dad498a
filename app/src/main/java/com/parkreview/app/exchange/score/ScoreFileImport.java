package com.parkreview.app.exchange.score;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.JsonDocuments;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ImportOutcome;
import com.parkreview.app.review.ReturnedScores;
import com.parkreview.app.review.ScoreImport;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A score file imported into the secretary's database: read and verified ({@link ScoreFile}),
 * then applied in one transaction ({@link ScoreImport}). Every refusal, of the file or by the
 * review's rules, comes as an {@link InputRejectedException} naming the file; the database is
 * then as it was.
 */
public final class ScoreFileImport {

    private final StoreAccess store;
    private final Actor actor;

    public ScoreFileImport(StoreAccess store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    public ImportOutcome importFile(Path file, boolean reReview, Optional<Long> session) throws InputRejectedException {
        return importContent(file.getFileName().toString(), JsonDocuments.readBytes(file), reReview, session);
    }

    public ImportOutcome importContent(String name, byte[] content, boolean reReview, Optional<Long> session)
            throws InputRejectedException {
        return importRead(name, content, ScoreFile.read(name, content), reReview, session);
    }

    /** A file already read and verified ({@link ScoreFile#read}). */
    ImportOutcome importRead(String name, byte[] content, ReturnedScores scores, boolean reReview,
            Optional<Long> session) throws InputRejectedException {
        try {
            return new ScoreImport(store).importScores(actor, scores, reReview, session,
                    name + " sha256=" + sha256(content));
        } catch (ValidationException e) {
            throw JsonDocuments.refused(name, e.text());
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

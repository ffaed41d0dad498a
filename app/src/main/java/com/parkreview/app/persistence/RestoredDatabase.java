package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.BackupContent;
import com.parkreview.app.persistence.dump.BackupManifest;
import com.parkreview.app.persistence.dump.BackupRefusedException;
import com.parkreview.app.persistence.dump.RowLoader;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.StoredSession;
import com.parkreview.scoring.ValidationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The database a restore builds, in a temporary file beside the target: Flyway's migrations up to
 * the backup's schema version, the backup's rows ({@link RowLoader}), the newer migrations; then it
 * must verify (chain and row journal), hold the newest history entry the manifest names, and
 * every session must load through the domain's own checks. Last, the restore is recorded in its
 * history. Any refusal leaves only the temporary file, which the caller deletes.
 */
final class RestoredDatabase {

    private RestoredDatabase() {
    }

    /** Builds the database and returns its newest history entry, for the head marker of its new place. */
    static HeadMarker.Head build(Rebuild purpose, DatabaseFile built, BackupContent content, OpenOptions options,
            Actor actor, String name, byte[] bytes) {
        BackupManifest manifest = content.manifest();
        if (!Migrations.known(manifest.schemaVersion())) {
            throw purpose.refused(name, new BackupRefusedException(AppText.of("backup.newerSchema",
                    manifest.schemaVersion(), Migrations.NEWEST)));
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(H2Url.of(built, options, false));
        source.setUser(H2Url.USER);
        source.setPassword(H2Url.password(options));
        try (Connection keeper = source.getConnection()) {
            Migrations.migrate(source, options.clock(), Optional.of(manifest.schemaVersion()));
            keeper.setAutoCommit(false);
            RowLoader.load(keeper, content);
            keeper.commit();
            keeper.setAutoCommit(true);
            checkHead(purpose, name, manifest, keeper);
            if (!manifest.schemaVersion().equals(Migrations.NEWEST)) {
                Migrations.migrate(source, options.clock(), Optional.empty());
            }
        } catch (BackupRefusedException e) {
            throw purpose.refused(name, e);
        } catch (SQLException e) {
            throw Failures.translate(e);
        } catch (FlywayException e) {
            throw Migrations.failed(e);
        }
        try (Database db = Database.open(built, new OpenOptions(false, options.password(), options.clock(),
                options.fileSystem()))) {
            db.read(s -> {
                check(purpose, name, s);
                return null;
            });
            db.write(actor, s -> {
                s.history().note(purpose.action(), name, "sha256=" + sha256(bytes) + " schema=" + manifest.schemaVersion()
                        + " made=" + manifest.createdAt() + " from=" + manifest.database());
                return null;
            });
            return db.head();
        }
    }

    /** The rows loaded end with the history entry the manifest says the backup was made at. */
    static void checkHead(Rebuild purpose, String name, BackupManifest manifest, Connection keeper) {
        if (manifest.historyHead().isEmpty()) {
            return;
        }
        Optional<HeadMarker.Head> newest = HistoryWriter.reading(new Jdbc(keeper)).newest();
        BackupManifest.Head head = manifest.historyHead().get();
        if (newest.isEmpty() || newest.get().seq() != head.seq() || !newest.get().hash().equals(head.hash())) {
            throw purpose.refused(name, new BackupRefusedException(newest.isPresent() && newest.get().seq() == head.seq()
                    ? AppText.of("backup.headHashDiffers", head.seq())
                    : AppText.of("backup.headDiffers", head.seq(), newest.map(HeadMarker.Head::seq).orElse(0L))));
        }
    }

    /** The history verifies (chain and row journal) and every session loads through the domain's checks. */
    static void check(Rebuild purpose, String name, Store s) {
        ChainCheck check = s.history().verify();
        if (check.empty()) {
            throw purpose.refused(name, new BackupRefusedException(AppText.of("backup.noHistory")));
        }
        if (!check.intact()) {
            throw purpose.refused(name, new BackupRefusedException(AppText.of("backup.notIntact",
                    check.breakCount(), check.firstBreak().orElseThrow().what())));
        }
        try {
            for (SessionSummary session : s.sessions().list()) {
                StoredSession.load(s, session.id());
                s.sheets().forSession(session.id());
            }
        } catch (ValidationException e) {
            throw purpose.refused(name, new BackupRefusedException(AppText.of("backup.invalid", e.text())));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package com.parkreview.app.server;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreCopies;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.OpenStore;
import com.parkreview.scoring.LocalizedText;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code db copy}: a whole database moved between a file and a programme office's server (issue
 * 20), either way — a panel's file into the server, a server's database out to a single file for
 * the archive. The source must verify first; the copy is read from it in one snapshot and built
 * the way a restore builds a database (rows as parameters, nothing run), and must verify too, with
 * the same newest history entry, before it is kept. A file is made new, never written over; a
 * server's database must hold nothing yet (its history is one chain). The source is not changed.
 */
public final class CopyDatabase {

    /** Where from and where to: a file's path or a server's address, each with the password it needs, if any. */
    public record Request(String from, Optional<char[]> fromPassword, String to, Optional<char[]> toPassword) {
    }

    /** What was copied, and what {@code verify} said on each side. */
    public record Copied(String from, String to, int sessions, ChainCheck source, ChainCheck copy) {
    }

    private final Actor actor;
    private final Clock clock;

    public CopyDatabase(Actor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    public Copied run(Request request) {
        if (request.from().equals(request.to())) {
            throw refused(AppText.of("copy.sameDatabase", request.from()));
        }
        boolean toServer = ConnectToServer.names(request.to());
        if (!toServer && DatabaseFile.of(Path.of(request.to())).exists()) {
            throw refused(AppText.of("restore.targetExists", DatabaseFile.of(Path.of(request.to()))));
        }
        try (OpenStore source = open(request.from(), request.fromPassword())) {
            ChainCheck before = source.read(s -> s.history().verify());
            if (!before.intact()) {
                throw refused(AppText.of("copy.sourceNotIntact", source.where(), before.breakCount(),
                        before.firstBreak().orElseThrow().what()));
            }
            int sessions = source.read(s -> s.sessions().list().size());
            byte[] content = StoreCopies.contentOf(source);
            try (OpenStore copy = toServer ? serverCopy(content, source.where(), request)
                    : fileCopy(content, source.where(), request)) {
                return new Copied(source.where(), copy.where(), sessions, before,
                        copy.read(s -> s.history().verify()));
            }
        }
    }

    private OpenStore serverCopy(byte[] content, String from, Request request) {
        OpenStore server = ConnectToServer.open(request.to(), request.toPassword(), clock);
        try {
            StoreCopies.intoServer(content, from, server, actor);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private OpenStore fileCopy(byte[] content, String from, Request request) {
        DatabaseFile target = DatabaseFile.of(Path.of(request.to()));
        OpenOptions options = withPassword(OpenOptions.creating(), request.toPassword());
        StoreCopies.intoNewFile(content, from, target, options, actor);
        return Database.open(target, withPassword(OpenOptions.existing(), request.toPassword()));
    }

    private OpenStore open(String where, Optional<char[]> password) {
        if (ConnectToServer.names(where)) {
            return ConnectToServer.open(where, password, clock);
        }
        return Database.open(DatabaseFile.of(Path.of(where)), withPassword(OpenOptions.existing(), password));
    }

    private OpenOptions withPassword(OpenOptions options, Optional<char[]> password) {
        OpenOptions clocked = options.withClock(clock);
        return password.filter(p -> p.length > 0).map(clocked::withPassword).orElse(clocked);
    }

    private static StoreException refused(LocalizedText text) {
        return new StoreException(StoreException.Kind.REFUSED, text, null);
    }
}

package com.parkreview.app.persistence;

import com.parkreview.app.persistence.dump.BackupContent;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import java.nio.file.Path;

/**
 * Copies of a whole store between a file and a server ({@code db copy}): what one holds, read in
 * one snapshot as a backup's content (data only), and put into a new file or into a server's empty
 * database the way a restore builds one — each row inserted as a parameter, the history verified,
 * every session loaded through the domain's checks — before it counts as done.
 */
public final class StoreCopies {

    private StoreCopies() {
    }

    /** Everything {@code store} holds (a file's, or a server's), in memory. */
    public static byte[] contentOf(OpenStore store) {
        if (store instanceof Database file) {
            return file.content();
        }
        if (store instanceof ServerDatabase server) {
            return server.content();
        }
        throw new IllegalArgumentException("not one of ParkReview's stores: " + store.getClass().getName());
    }

    /** A new database file holding {@code content}; a file already there is never written over. */
    public static Path intoNewFile(byte[] content, String from, DatabaseFile target, OpenOptions options,
            Actor actor) {
        Restore.into(Rebuild.COPY, target, from, content, options.creatingIfMissing(), actor, false);
        return target.file();
    }

    /** {@code content} into a server's database that holds nothing yet, checked, in one transaction. */
    public static void intoServer(byte[] content, String from, OpenStore server, Actor actor) {
        if (!(server instanceof ServerDatabase target)) {
            throw new IllegalArgumentException("not a server's database: " + server.where());
        }
        BackupContent read = Restore.content(Rebuild.COPY, from, content, OpenOptions.existing());
        target.load(from, read, actor);
    }
}

package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.results.MergeResults;
import com.parkreview.app.results.ResultsStanding;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.ui.common.StorePlace;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The store open in the window and the services working on it: a database file, or a database on
 * a programme office's server. {@code file} is there only for a file: backups, a restore, a copy
 * and the folder the file dialogs start in need one.
 */
public record Workspace(OpenStore store, Optional<Database> file, ScoringService scoring, SessionSetup setup,
        MergeService merge) {

    /** The secretary's merge (汇总), recorded. */
    public MergeResults mergeResults() {
        return new MergeResults(store, merge);
    }

    /** Whether a session's results are still those of its last merge. */
    public ResultsStanding resultsStanding() {
        return new ResultsStanding(store);
    }

    /** Where the store is, as the recent list keeps it. */
    public StorePlace place() {
        return file.<StorePlace>map(db -> new StorePlace.File(db.file().file()))
                .orElseGet(() -> new StorePlace.Server(store.where()));
    }

    /** The folder file dialogs start in: the open file's, or on a server the user's data folder. */
    public Path folder() {
        return file.map(db -> db.file().folder()).orElseGet(() -> DatabaseFile.defaultFile().folder());
    }

    /** Closes the store: a file with its backup, a server's connections. */
    public void close() {
        file.ifPresentOrElse(Database::closeWithBackup, store::close);
    }

    public static Workspace on(Database database) {
        return of(database, Optional.of(database));
    }

    /** A database on a server, as {@code ConnectToServer} gives it. */
    public static Workspace onServer(OpenStore server) {
        if (server instanceof Database) {
            throw new IllegalArgumentException("a database file is opened with on(Database)");
        }
        return of(server, Optional.empty());
    }

    private static Workspace of(OpenStore store, Optional<Database> file) {
        return new Workspace(store, file, new ScoringService(store), new SessionSetup(store), new MergeService(store));
    }
}

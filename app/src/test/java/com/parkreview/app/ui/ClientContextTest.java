package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context the window is built on while its database is still opening. */
class ClientContextTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("com/parkreview/test/context-" + System.nanoTime());
    private final ClientContext context = new ClientContext(new ClientSettings(node), new ScriptedFileDialogs());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theWorkspaceWaitsForTheStartingDatabaseWhileItOpens() throws Exception {
        assertThrows(IllegalStateException.class, context::workspace);
        WatchedOpening opening = new WatchedOpening();
        context.opening(opening);
        Database database = Database.open(DatabaseFile.of(dir.resolve("a.mv.db")), OpenOptions.creating());
        CompletableFuture<Workspace> asked = CompletableFuture.supplyAsync(context::workspace);
        assertTrue(opening.awaitWaiter(), "the workspace was asked for but nobody waits for its database");
        assertFalse(asked.isDone(), "the workspace was given before its database was open");
        opening.complete(database);
        assertSame(database, asked.get(10, TimeUnit.SECONDS).store());
        context.close();
    }

    @Test
    void whoeverAsksForADatabaseThatCouldNotBeOpenedGetsTheReason() {
        StoreException reason = new StoreException(StoreException.Kind.IN_USE, AppText.of("store.inUse"), null);
        context.opening(CompletableFuture.failedFuture(reason));
        assertSame(reason, assertThrows(StoreException.class, context::workspace));
        assertDoesNotThrow(context::close);
    }

    @Test
    void theStartingDatabaseIsGivenOnceAnotherIsSwitchedTo() {
        Database first = Database.open(DatabaseFile.of(dir.resolve("a.mv.db")), OpenOptions.creating());
        context.opening(CompletableFuture.completedFuture(first));
        Database other = Database.open(DatabaseFile.of(dir.resolve("b.mv.db")), OpenOptions.creating());
        assertThrows(IllegalStateException.class, () -> context.opening(CompletableFuture.completedFuture(other)));
        context.switchTo(other);
        assertSame(other, context.workspace().store());
        context.close();
    }

    /** A database still opening that says when someone starts to wait for it. */
    private static final class WatchedOpening extends CompletableFuture<Database> {

        private final CountDownLatch waited = new CountDownLatch(1);

        boolean awaitWaiter() throws InterruptedException {
            return waited.await(10, TimeUnit.SECONDS);
        }

        @Override
        public Database join() {
            waited.countDown();
            return super.join();
        }

        @Override
        public Database get() throws InterruptedException, ExecutionException {
            waited.countDown();
            return super.get();
        }

        @Override
        public Database get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException,
                TimeoutException {
            waited.countDown();
            return super.get(timeout, unit);
        }
    }

    @Test
    void theWindowClosedBeforeItsDatabaseOpenedClosesCleanly() throws IOException {
        assertDoesNotThrow(context::close);
        assertThrows(RejectedExecutionException.class,
                () -> context.tasks().run(() -> "late", result -> { }, error -> { }), "a job after the close");
        assertThrows(IllegalStateException.class, context::workspace, "a workspace without any database");
        assertDoesNotThrow(context::close, "a second close");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no database, no backup");
        }
    }

    @Test
    void theWindowClosedWhileItsDatabaseOpensClosesThatDatabase() {
        DatabaseFile file = DatabaseFile.of(dir.resolve("a.mv.db"));
        context.opening(CompletableFuture.supplyAsync(() -> Database.open(file, OpenOptions.creating())));
        context.close();
        // H2 keeps a file open by one process from being opened again: closed, it opens.
        assertDoesNotThrow(() -> Database.open(file, OpenOptions.existing()).close());
    }
}

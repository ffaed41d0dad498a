package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
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
    void noWorkspaceUntilTheDatabaseIsOpenThenItsOwn() {
        assertThrows(IllegalStateException.class, context::workspace);
        Database database = Database.open(DatabaseFile.of(dir.resolve("a.mv.db")), OpenOptions.creating());
        context.open(database);
        assertSame(database, context.workspace().database());
        context.close();
    }

    @Test
    void theStartingDatabaseIsGivenOnceAnotherIsSwitchedTo() {
        context.open(Database.open(DatabaseFile.of(dir.resolve("a.mv.db")), OpenOptions.creating()));
        Database other = Database.open(DatabaseFile.of(dir.resolve("b.mv.db")), OpenOptions.creating());
        assertThrows(IllegalStateException.class, () -> context.open(other));
        context.switchTo(other);
        assertSame(other, context.workspace().database());
        context.close();
    }

    @Test
    void theWindowClosedBeforeItsDatabaseOpenedClosesCleanly() {
        assertDoesNotThrow(context::close);
    }
}

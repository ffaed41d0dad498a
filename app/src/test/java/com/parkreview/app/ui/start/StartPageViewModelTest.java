package com.parkreview.app.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.common.StorePlace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start page's state: while its database opens, and once it is open. */
@InLocale("zh")
class StartPageViewModelTest {

    @TempDir
    Path dir;

    @Test
    void whileTheDatabaseOpensThePageHasTheFilesButNoSessions() {
        Path opening = dir.resolve("评审.mv.db");
        Path other = dir.resolve("其他.mv.db");
        StartPageViewModel page = StartPageViewModel.opening(new StorePlace.File(opening),
                List.of(new StorePlace.File(opening), new StorePlace.File(other)));
        assertTrue(page.opening());
        assertTrue(page.sessions().isEmpty());
        assertEquals("正在打开数据库…", page.noSessionsText());
        assertEquals(List.of(new StorePlace.File(other)), page.recent(), "the file being opened is not among the others");
        assertEquals("数据库：" + opening, page.databaseText());
        assertFalse(page.expertMode(), "not known yet: the secretary's page until the database says otherwise");
    }

    @Test
    void anOpenDatabaseListsItsSessions() {
        Database db = TestSessions.freshDatabase(dir);
        try {
            StartPageViewModel empty = new StartPageViewModel(db, new StorePlace.File(db.file().file()), List.of());
            assertFalse(empty.opening());
            assertEquals("尚无评审批次：请点击“新建评审批次”。", empty.noSessionsText());
            TestSessions.session(db, 2, 5);
            StartPageViewModel page = new StartPageViewModel(db, new StorePlace.File(db.file().file()),
                    List.of(new StorePlace.File(db.file().file())));
            assertEquals(1, page.sessions().size());
            assertTrue(page.recent().isEmpty());
        } finally {
            db.close();
        }
    }
}

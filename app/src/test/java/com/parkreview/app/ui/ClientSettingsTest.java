package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.parkreview.app.ui.common.StorePlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files and servers opened lately, as the start page and File › Recent list them. */
class ClientSettingsTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("com/parkreview/test/settings-" + System.nanoTime());
    private final ClientSettings settings = new ClientSettings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private Path file(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "");
    }

    @Test
    void theLatestFirstEachOnceAndAtMostEight() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(file("f" + i + ".mv.db"));
            settings.opened(files.get(i));
        }
        settings.opened(files.get(5));
        List<Path> recent = settings.recentFiles();
        assertEquals(8, recent.size());
        assertEquals(List.of(files.get(5), files.get(11), files.get(10)), recent.subList(0, 3));
        assertEquals(1, recent.stream().filter(files.get(5)::equals).count());
    }

    /**
     * A tester's window walk 9 started an expert's laptop again after lunch: it opened the
     * demonstration database, not the expert's own. The window starts on the file used last, when
     * the last place was a file still there; after a server, or with the file gone, on the default.
     */
    @Test
    void theWindowStartsOnTheFileUsedLastWhenThatWasAFileStillThere() throws Exception {
        assertEquals(Optional.empty(), settings.lastFile(), "a first start: the default file");
        Path expert = file("E2-评分.mv.db");
        settings.opened(file("demo.mv.db"));
        settings.opened(expert);
        assertEquals(Optional.of(expert), settings.lastFile());
        settings.opened(new StorePlace.Server("postgresql://db.office.local/panel_a"));
        assertEquals(Optional.empty(), settings.lastFile(), "the last place was a server");
        settings.opened(expert);
        Files.delete(expert);
        assertEquals(Optional.empty(), settings.lastFile(), "the file is gone");
    }

    @Test
    void aFileMovedOrDeletedSinceIsNotListedAndComesBackWhenItIsThereAgain() throws Exception {
        Path kept = file("kept.mv.db");
        Path stick = file("usb.mv.db");
        settings.opened(kept);
        settings.opened(stick);
        Files.move(stick, dir.resolve("elsewhere.mv.db"));
        assertEquals(List.of(kept), settings.recentFiles());
        Files.move(dir.resolve("elsewhere.mv.db"), stick);
        assertEquals(List.of(stick, kept), settings.recentFiles());
    }

    @Test
    void aServerIsRememberedByItsAddressAmongTheFilesAndKeptWhileAFileGoneIsLeftOut() throws Exception {
        Path kept = file("kept.mv.db");
        Path gone = file("gone.mv.db");
        StorePlace server = new StorePlace.Server("postgresql://wang@db.office.local/review");
        settings.opened(kept);
        settings.opened(server);
        settings.opened(gone);
        Files.delete(gone);
        assertEquals(List.of(server, new StorePlace.File(kept)), settings.recent());
        assertEquals(List.of(kept), settings.recentFiles(), "the files alone, for what opens files only");
        settings.opened(server);
        assertEquals(List.of(server, new StorePlace.File(kept)), new ClientSettings(node).recent(),
                "once each, the latest first, as the next run reads it");
    }
}

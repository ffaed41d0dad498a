package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › New proposes a name no database in the folder has (round 17: the open file's, refused twice). */
class FreeDatabaseNameTest {

    @TempDir
    Path dir;

    @Test
    void theProposedNameIsFree() throws Exception {
        assertEquals("parkreview-2.mv.db", DatabaseFlow.freeName(dir));
        Files.writeString(dir.resolve("parkreview-2.mv.db"), "");
        Files.writeString(dir.resolve("parkreview-3.mv.db"), "");
        assertEquals("parkreview-4.mv.db", DatabaseFlow.freeName(dir));
    }
}

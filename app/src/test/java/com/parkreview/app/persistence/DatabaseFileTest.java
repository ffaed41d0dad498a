package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseFileTest {

    @ParameterizedTest(name = "{0} with {1}={2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Windows 11 | APPDATA       | C:/Users/li/AppData/Roaming | C:/Users/li/AppData/Roaming/ParkReview
            Windows 11 | -             | -                           | /home/li/AppData/Roaming/ParkReview
            Mac OS X   | -             | -                           | /home/li/Library/Application Support/ParkReview
            Linux      | XDG_DATA_HOME | /data/li                    | /data/li/parkreview
            Linux      | -             | -                           | /home/li/.local/share/parkreview
            """)
    void dataFolderFollowsThePlatform(String os, String variable, String value, String expected) {
        Map<String, String> environment = new HashMap<>();
        if (!variable.equals("-")) {
            environment.put(variable, value);
        }
        assertEquals(Path.of(expected), DatabaseFile.dataFolder(os, environment, Path.of("/home/li")));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /tmp/x/parkreview.mv.db, /tmp/x/parkreview.mv.db
            /tmp/x/parkreview,       /tmp/x/parkreview.mv.db
            """)
    void pathWithOrWithoutTheH2EndingNamesTheSameFile(String typed, String file) {
        assertEquals(Path.of(file), DatabaseFile.of(Path.of(typed)).file());
    }
}

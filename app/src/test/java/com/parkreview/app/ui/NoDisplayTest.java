package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tester's round 20: the window on an SSH session failed after 25 s as "something went wrong". */
class NoDisplayTest {

    @ParameterizedTest(name = "{0}, glass {1}, DISPLAY {2}, WAYLAND_DISPLAY {3}: no display {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Linux      | ''      | -     | -         | true
            Linux      | ''      | ' '   | -         | true
            Linux      | ''      | :0    | -         | false
            Linux      | ''      | -     | wayland-0 | false
            Linux      | Monocle | -     | -         | false
            FreeBSD    | ''      | -     | -         | true
            Windows 11 | ''      | -     | -         | false
            Mac OS X   | ''      | -     | -         | false
            """)
    void aDisplayIsWantedWhereXOrWaylandWouldGiveOne(String os, String glass, String display, String wayland, boolean none) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DISPLAY", display);
        environment.put("WAYLAND_DISPLAY", wayland);
        assertEquals(none, NoDisplay.of(os, glass, environment));
    }
}

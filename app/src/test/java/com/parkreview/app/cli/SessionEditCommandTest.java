package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code session edit} that changes nothing (only a reason, or the values the session has) said
 * "Corrected session 1" with exit 0 and recorded a correction that was none; it is refused now,
 * and the history is as it was.
 */
class SessionEditCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            only a reason             | --reason 改
            the cap it has            | --cap 1500 --reason 改
            the rule it has           | --rule mean --reason 改
            """)
    void aCorrectionThatChangesNothingIsRefused(String what, String options) throws Exception {
        Path db = DemoCopy.placed(dir);
        byte[] marker = Files.readAllBytes(dir.resolve("panel.head"));
        List<String> args = new ArrayList<>(List.of("session", "edit", "--db", db.toString(), "--session", "1"));
        args.addAll(List.of(options.split(" ")));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.REFUSED, run.status(), what + ": " + run.out() + run.err());
        assertEquals("Nothing to correct in session 1: every value given is the one it has already. Name the field to "
                + "change (see --help).", run.err().strip());
        assertEquals(new String(marker), Files.readString(dir.resolve("panel.head")), "nothing recorded");
    }

    /**
     * A kit carries the session's details and terms, and the expert's laptop prints them on the
     * signed sheet: after a correction the secretary is told which kits show the session as it was.
     * The budget is not in a kit, so correcting it alone says nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the venue        | --venue 石景山区科委四层会议室 | true
            the cap          | --cap 1200                     | true
            the budget alone | --budget 5000                  | false
            """)
    void kitsExportedBeforeACorrectionAreNamedWhenTheyShowTheSessionAsItWas(String what, String option,
            boolean told) throws Exception {
        Path db = DemoCopy.placed(dir);
        for (String expert : List.of("E1", "E2")) {
            CommandRun kit = CommandRun.of("kit", "export", "--db", db.toString(), "--session", "1", "--expert", expert,
                    "--out", dir.resolve(expert + ".prkit").toString());
            assertEquals(0, kit.status(), kit.err());
        }
        List<String> args = new ArrayList<>(List.of("session", "edit", "--db", db.toString(), "--session", "1",
                "--reason", "更正"));
        args.addAll(List.of(option.split(" ")));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        String note = "2 kits were exported before this correction and show the session as it was";
        assertEquals(told, run.out().contains(note), what + ": " + run.out());
    }
}

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
}

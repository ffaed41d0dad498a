package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.WindowOptions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's arguments read without the parser must mean what the parser makes of them, and
 * anything the short reading does not know must go to the parser.
 */
class WindowOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "--db /tmp/a.mv.db", "--db=/tmp/a.mv.db", "--db relative/b.mv.db",
            "--db=名单/评审.mv.db", "E1.prkit", "/media/u盘/E1.PRKIT", "E1.prscore", "--db a.mv.db E2.prkit",
            "--db=a.mv.db 张伟.prscore"})
    void theWindowsOwnArgumentsAreReadAsTheParserReadsThem(String joined) {
        List<String> args = split(joined);
        Optional<WindowOptions> quick = WindowOptions.ofWindowOnly(args);
        assertTrue(quick.isPresent(), joined);
        assertEquals(parsed(args), quick.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions", "--help", "-h", "--version", "--lang en", "--lang=zh --db a.mv.db",
            "--db a.mv.db --lang en", "--db", "--db=", "--db --help", "--db a.mv.db b.mv.db", "--bogus",
            "merge --db a.mv.db", "help", "--DB a.mv.db", "notes.txt", "E1.prkit --db a.mv.db", "E1.prkit E2.prkit"})
    void everythingElseGoesToTheParser(String joined) {
        assertEquals(Optional.empty(), WindowOptions.ofWindowOnly(split(joined)), joined);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--db a.mv.db", "", "--db=x.mv.db"})
    void runOpensTheWindowOnTheFileNamedWithoutTheParser(String joined) throws Exception {
        AtomicReference<WindowOptions> opened = new AtomicReference<>();
        int status = ParkReviewCommand.run(options -> {
            opened.set(options);
            return 7;
        }, split(joined).toArray(String[]::new));
        assertEquals(7, status);
        assertEquals(parsed(split(joined)), opened.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"E1.prkit", "--db a.mv.db E1.prscore"})
    void aKitOrScoreFileGivenIsOpenedInTheWindow(String joined) {
        List<String> args = split(joined);
        Optional<WindowOptions> quick = WindowOptions.ofWindowOnly(args);
        assertEquals(Optional.of(java.nio.file.Path.of(args.get(args.size() - 1))), quick.orElseThrow().file());
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", "--db a.mv.db scores.csv"})
    void anyOtherFileIsRefusedWithStatusTwoAndTheWindowStaysShut(String joined) {
        AtomicReference<WindowOptions> opened = new AtomicReference<>();
        Locale before = Locale.getDefault();
        try {
            int status = ParkReviewCommand.run(options -> {
                opened.set(options);
                return 0;
            }, split(joined).toArray(String[]::new));
            assertEquals(ExitCodes.REFUSED, status);
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(null, opened.get());
    }

    /** --lang chooses the window's language for this run; without it the window keeps the one chosen in it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --lang en                 | en
            --lang=zh --db a.mv.db    | zh
            --db a.mv.db --lang en    | en
            --db a.mv.db              | ''
            E1.prkit                  | ''
            """)
    void theLanguageChosenOnTheCommandLineIsTheWindows(String joined, String language) {
        WindowOptions options = parsed(split(joined.strip()));
        assertEquals(language.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(language)),
                options.language().map(l -> Locale.forLanguageTag(l.getLanguage())), joined);
    }

    private static WindowOptions parsed(List<String> args) {
        AtomicReference<WindowOptions> opened = new AtomicReference<>();
        Locale before = Locale.getDefault();
        try {
            ParkReviewCommand.commandLine(options -> {
                opened.set(options);
                return 0;
            }).execute(args.toArray(String[]::new));
        } finally {
            Locale.setDefault(before);
        }
        return opened.get();
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(" "));
    }
}

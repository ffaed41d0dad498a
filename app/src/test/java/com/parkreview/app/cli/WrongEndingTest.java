package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tester's round 5: {@code kit export}, {@code score export} and {@code template session} wrote
 * over whatever {@code --out} named, each exit 0: a backup (which restore then refused), an
 * expert's signed score file received, a document. Each now writes only a name with its own ending,
 * as {@code report} writes only a .pdf or .xlsx; the file named is kept byte for byte.
 */
class WrongEndingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} --out {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kit export --session 1 --expert E3 | panel.backup-20261210-0930.zip | an expert kit is written to a file whose name ends in .prkit, e.g. E3.prkit
            kit export --session 1 --expert E3 | E1.prscore                     | an expert kit is written to a file whose name ends in .prkit
            kit export --session 1 --expert E3 | 会议纪要.docx                   | an expert kit is written to a file whose name ends in .prkit
            score export                       | panel.backup-20261210-0930.zip | a score file is written to a file whose name ends in .prscore
            template session                   | 申报单位.csv                     | a session’s settings file is written to a file whose name ends in .txt
            merge --session 1 --record         | panel.backup-20261210-0930.zip | a merged results file (--format csv or json) is written to a file whose name ends in .csv
            merge --session 1 --format json    | E1.prscore                     | a merged results file (--format csv or json) is written to a file whose name ends in .json
            merge --session 1                  | 会议纪要.docx                   | a merged results file (--format csv or json) is written to a file whose name ends in .csv
            """)
    void aFileOfAnotherKindIsNeverWrittenOver(String command, String name, String said) throws Exception {
        Path db = DemoCopy.placed(dir);
        Path other = dir.resolve(name);
        byte[] content = "另一种文件，不得被覆盖\n".getBytes(StandardCharsets.UTF_8);
        Files.write(other, content);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        if (!command.startsWith("template")) {
            args.addAll(List.of("--db", db.toString()));
        }
        args.addAll(List.of("--out", other.toString()));
        CommandRun refused = CommandRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());
        assertTrue(refused.err().contains(said), refused.err());
        assertArrayEquals(content, Files.readAllBytes(other));
    }
}

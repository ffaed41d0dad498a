package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.HistoryEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "A real session from nothing", run exactly as written: every command of its first
 * block, in order, in a folder of its own (the example tables from the repository), each with
 * the exit status the README gives it (0 unless a "# exit N" comment says otherwise).
 */
class ReadmeDayTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String JAR = "java -jar app/target/parkreview.jar ";
    private static final Pattern EXIT = Pattern.compile("\\s+#\\s*exit\\s+(\\d+)\\s*$");

    @TempDir
    Path dir;

    /** One command line of the README: its arguments and the exit status it says it ends with. */
    record Line(List<String> args, int status, String text) {
    }

    static List<Line> commands() throws Exception {
        String readme = Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## A real session from nothing");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 3));
        String block = section.substring(section.indexOf("```sh\n") + 6);
        block = block.substring(0, block.indexOf("```"));
        List<Line> lines = new ArrayList<>();
        for (String line : block.lines().toList()) {
            if (!line.startsWith(JAR)) {
                continue;
            }
            Matcher exit = EXIT.matcher(line);
            int status = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
            String command = exit.reset().replaceAll("");
            lines.add(new Line(Words.of(command.substring(JAR.length())), status, line));
        }
        return lines;
    }

    /** A file the command names: the repository's examples, or the folder the day runs in. */
    private String placed(String arg) {
        return placed(arg, dir);
    }

    /** A README command's argument made real: the repository's example files, the day's files in {@code dir}. */
    static String placed(String arg, Path dir) {
        if (arg.startsWith("app/")) {
            return REPOSITORY.resolve(arg).toString();
        }
        boolean file = arg.matches("[^-].*\\.(mv\\.db|csv|xlsx|pdf)");
        return file ? dir.resolve(arg).toString() : arg;
    }

    @Test
    void theDayRunsAsWrittenFromAnEmptyFolderToThePrintedPack() throws Exception {
        List<Line> commands = commands();
        assertEquals(21, commands.size(), "the README's day has 21 commands");
        List<CommandRun> runs = new ArrayList<>();
        for (Line line : commands) {
            CommandRun run = CommandRun.of(line.args().stream().map(this::placed).toArray(String[]::new));
            assertEquals(line.status(), run.status(), line.text() + "\n" + run.out() + run.err());
            runs.add(run);
        }
        assertTrue(runs.get(9).err().contains(
                "E5 / A02: The second entry differs from the first at 3.1 (4.5 / 3.5) (first / second)."), runs.get(9).err());
        assertTrue(Files.exists(dir.resolve("申报单位.xlsx")) && Files.exists(dir.resolve("专家组.xlsx")));
        assertTrue(runs.get(10).out().contains("E5 / A02: The second entry matches the first: the sheet counts."),
                runs.get(10).out());
        assertTrue(runs.get(11).out().contains("1,A01,北京石景山人形机器人产业园运营有限公司,5,85.30,excellent,1.00,1500.00,"),
                runs.get(11).out());
        assertTrue(runs.get(11).out().contains("2,A03,北京银河湾智能制造园区管理有限公司,5,79.40,good,0.70,700.00,"),
                "the corrected amount applied for (1000 万元) caps A03's amount: " + runs.get(11).out());
        assertEquals(6, runs.get(12).out().lines().count(), "four flags of A02, two of A03: " + runs.get(12).out());
        assertTrue(runs.get(12).out().contains("A02\texpert_outlier:E5\t"), runs.get(12).out());
        assertEquals(4, runs.get(13).out().lines().count(), "A02's four flags accepted: " + runs.get(13).out());
        assertEquals(2, runs.get(14).out().lines().count(), "A03's two flags accepted: " + runs.get(14).out());
        try (PDDocument pack = Loader.loadPDF(dir.resolve("pack.pdf").toFile())) {
            assertTrue(pack.getNumberOfPages() >= 23, "sign-in, 3 × (blank, 5 expert sheets, summary), results: "
                    + pack.getNumberOfPages());
        }
        assertTrue(runs.get(15).out().startsWith("Recorded the group leader's joint opinion on A01"), runs.get(15).out());
        assertTrue(runs.get(19).out().startsWith("The history is intact"), runs.get(19).out());
        assertTrue(runs.get(20).out().startsWith("Closed session 1 \"2026年度人形机器人产业基地运营支持评审\" (by 秘书 赵秘书"),
                runs.get(20).out());
        try (Database db = Database.open(DatabaseFile.of(dir.resolve("panel.mv.db")), OpenOptions.existing())) {
            Set<String> actors = db.read(s -> s.history().latest(5000)).stream().map(HistoryEntry::actor)
                    .collect(Collectors.toSet());
            String resolved = db.read(s -> s.history().latest(5000)).stream().filter(e -> e.action().equals("resolve"))
                    .flatMap(e -> e.newValue().stream()).filter(v -> v.startsWith("3.1")).findFirst().orElseThrow();
            assertEquals("3.1 first: first 4.5 (秘书 王录入), second 3.5 (秘书 李复核); 纸质评分表上为 4.5", resolved);
            assertTrue(actors.containsAll(Set.of("秘书 王录入", "秘书 李复核", "秘书 赵秘书")), actors.toString());
            assertEquals(com.parkreview.app.review.SessionStatus.DECIDED,
                    db.read(s -> s.sessions().find(1)).orElseThrow().status());
            assertEquals(List.of("E1", "E2", "E3", "E4", "E5"),
                    db.read(s -> s.experts().list(1)).stream().map(e -> e.code()).toList());
        }
    }

    @Test
    void theRefusalTheReadmeQuotesIsTheOneABadRowGets() throws Exception {
        CommandRun created = CommandRun.of("session", "create", "--db", dir.resolve("panel.mv.db").toString(),
                "--name", "评审");
        assertEquals(0, created.status(), created.err());
        Path table = dir.resolve("申报单位.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(REPOSITORY.resolve("app/examples/day/申报单位.csv")));
        rows.add("A04,某园区,91110107MA01R8K522,,,,,4,");
        Files.write(table, rows);
        CommandRun refused = CommandRun.of("applicants", "import", "--db", dir.resolve("panel.mv.db").toString(),
                "--session", "1", table.toString());
        String readme = Files.readString(REPOSITORY.resolve("README.md"));
        String quoted = readme.substring(readme.indexOf("`申报单位.csv line 5") + 1);
        quoted = quoted.substring(0, quoted.indexOf('`'));
        assertEquals(2, refused.status());
        assertTrue(refused.err().lines().anyMatch(quoted::equals), quoted + "\n" + refused.err());
    }

    /** Words of a command line as a POSIX shell splits them (double and single quotes; no expansion used in README). */
    static final class Words {
        static List<String> of(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            boolean inWord = false;
            char quote = 0;
            for (char c : line.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    inWord = true;
                } else if (Character.isWhitespace(c)) {
                    if (inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                words.add(word.toString());
            }
            return words;
        }
    }
}

package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Under {@code --lang zh} the command line speaks Chinese (issue 17): the mistakes picocli finds in
 * the command line itself, the lists, the paper entry's lines; a day as 2026年12月10日. English
 * keeps picocli's own words.
 */
class ChineseCommandLineTest {

    private static final Path EXAMPLES = Path.of("examples", "day");

    /** Words a Chinese line may hold: the programme's name, formats, and the command names a hint quotes. */
    private static final Set<String> ALLOWED = Set.of("ParkReview", "parkreview", "CSV", "XLSX", "PDF", "JSON", "UTF", "USCC",
            "PostgreSQL", "PGPASSWORD", "sessions", "session", "create", "template", "applicants", "experts",
            "import", "list", "score", "enter", "merge", "verify", "report", "kit", "export", "open");
    private static final Pattern NOT_WORDS = Pattern.compile(
            "--[a-z-]+(=\\S*)?|\\b[0-9A-Z]{18}\\b|\\b[AEP]\\d+\\b|\\S*/\\S*|\\S+\\.(csv|xlsx|pdf|prkit|prscore|db|zip|txt)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @TempDir
    static Path made;

    private static String db;

    @BeforeAll
    static void theDaySoFar() {
        db = made.resolve("panel.mv.db").toString();
        zh("session", "create", "--db", db, "--name", "评审", "--date", "2026年12月10日", "--secretary", "赵秘书");
        zh("applicants", "import", "--db", db, "--session", "1", EXAMPLES.resolve("申报单位.csv").toString());
        zh("experts", "import", "--db", db, "--session", "1", EXAMPLES.resolve("专家组.csv").toString());
        zh("experts", "remove", "--db", db, "--session", "1", "--expert", "E6");
    }

    /** Runs in Chinese; checks nothing English is printed. */
    private static CommandRun zh(String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "zh"));
        all.addAll(List.of(args));
        CommandRun run = CommandRun.of(all.toArray(String[]::new));
        assertEquals(List.of(), english(run.out() + run.err()), run.out() + run.err());
        return run;
    }

    /** The English words left once option names, codes, paths, file names and the allowed words are taken out. */
    static List<String> english(String text) {
        Matcher words = WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" "));
        List<String> found = new ArrayList<>();
        while (words.find()) {
            if (!ALLOWED.contains(words.group())) {
                found.add(words.group());
            }
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            applicants list --db x.mv.db --session 1 --foo # 没有这个选项：“--foo”。请检查拼写；可用的选项见下。 # Unknown option: '--foo'
            applicants list --db x.mv.db --sesion 1 # 缺少必需的选项：--session=ID。 # Missing required option: '--session=ID'
            score recuse --db x.mv.db --session 1 --expert E2 --applicant A01 # 缺少必需的选项：--secretary=NAME、--reason=TEXT。 # Missing required options: '--secretary=NAME', '--reason=TEXT'
            score import --db x.mv.db --session 1 # 缺少必需的参数：SCORE。 # Missing required parameter: 'SCORE'
            applicants list --db x.mv.db --session # 选项 --session 后缺少值（ID）。 # Missing required parameter for option '--session' (ID)
            applicants list --session --db x.mv.db # 选项 --session 后应为它的值，却是“--db”。 # Expected parameter for option '--session' but found '--db'
            applicants list --db x.mv.db --session 1 extra # 无法识别的参数：“extra”。请检查命令名和参数；用法见下。 # Unmatched argument at index 8: 'extra'
            applicants lst --db x.mv.db # 无法识别的参数：“lst” “--db” “x.mv.db”。请检查命令名和参数；用法见下。 # Unmatched arguments from index 3: 'lst', '--db', 'x.mv.db'
            applicants list --db x.mv.db --session 1 --session 2 # 选项 --session 只能给出一次。 # option '--session' (ID) should be specified only once
            applicants list --db x.mv.db --session abc # --session：“abc”不是编号；请只用数字写整数（如 1），不带正负号（-0 也不行）、科学计数法或前导 +。 # Invalid value for option '--session': "abc" is not an id; write a whole number with digits only (e.g. 1), without sign (-0 too), exponent or + in front.
            applicants edit --db x.mv.db --session 1 --applicant A01 --order x # --order：“x”不是整数；请只用数字写整数（如 1），不带正负号、科学计数法或前导 +。 # Invalid value for option '--order': "x" is not a whole number; write it with digits only (e.g. 1), without sign, exponent or + in front.
            applicants prereview --db x.mv.db --session 1 --all --fail A01 # --all、--fail=CODE 不能同时使用，只能选其一。 # Error: --all, --fail=CODE are mutually exclusive (specify only one)
            applicants prereview --db x.mv.db --session 1 # 须给出以下选项之一：(--pass=CODE[,CODE...] [--pass=CODE[,CODE...]]... | --all | --fail=CODE)。 # Error: Missing required argument (specify one of these): (--pass=CODE[,CODE...] [--pass=CODE[,CODE...]]... | --all | --fail=CODE)
            score enter --db x.mv.db --session 1 --typist 王 --expert E1 # 缺少必需的选项：--applicant=A、--scores=CODE=SCORE。 # Error: Missing required argument(s): --applicant=A, --scores=CODE=SCORE
            """)
    void aMistypedCommandLineIsSaidInTheChosenLanguage(String line, String chinese, String english) {
        for (String language : List.of("zh", "en")) {
            List<String> args = new ArrayList<>(List.of("--lang", language));
            args.addAll(List.of(line.strip().split(" ")));
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.REFUSED, run.status(), run.out() + run.err());
            String first = run.err().lines().findFirst().orElse("");
            assertEquals((language.equals("zh") ? chinese : english).strip(), first, run.err());
        }
    }

    /** The kind of file named in a refusal keeps the space Chinese text puts before a Latin word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            not UTF-8 # 文件不是 UTF-8 文本，因此不是 ParkReview 专家评审包（.prkit）。
            not an object # 因此不是 ParkReview 专家评审包（.prkit）（ParkReview 文件是一个 JSON 对象）
            cut short # 文件不完整，不是完整的 ParkReview 专家评审包（.prkit）。
            """)
    void aFileThatIsNotAKitIsSaidSoInChinese(String what, String said) throws Exception {
        Path kit = made.resolve(what.replace(' ', '-') + ".prkit");
        byte[] content = switch (what) {
            case "not UTF-8" -> new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'};
            case "not an object" -> "[1, 2]".getBytes(StandardCharsets.UTF_8);
            default -> "{\"format\": \"parkreview-kit\",\n\"version\": ".getBytes(StandardCharsets.UTF_8);
        };
        Files.write(kit, content);
        CommandRun run = zh("kit", "open", kit.toString(), "--db", made.resolve("laptop.mv.db").toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(said), run.err());
    }

    @Test
    void anUnknownLanguageIsRefusedInTheSystemsLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            CommandRun run = CommandRun.of("--lang", "fr", "sessions");
            assertEquals(ExitCodes.REFUSED, run.status());
            assertEquals("--lang：“fr”不是可用的语言；请用 zh 或 en。", run.err().lines().findFirst().orElse(""));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theListsAreInChineseWithTheDayAsChineseWritesIt() {
        CommandRun sessions = zh("sessions", "--db", db);
        assertTrue(sessions.out().contains("\t2026\t2026年12月10日\t设置中\t"), sessions.out());

        CommandRun applicants = zh("applicants", "list", "--db", db, "--session", "1");
        List<String> rows = applicants.out().lines().toList();
        assertEquals("编号\t答辩顺序\t统一社会信用代码\t申请金额（万元）\t已获同类支持（万元）\t初审\t名称", rows.get(0));
        assertTrue(rows.get(1).startsWith("A01\t1\t91110107MA01R8K521\t") && rows.get(1).contains("\t待初审\t"), rows.get(1));

        CommandRun experts = zh("experts", "list", "--db", db, "--session", "1");
        assertEquals("编号\t角色\t组长\t姓名\t单位", experts.out().lines().findFirst().orElse(""));
        assertEquals("code\trole\tleader\tname\torganisation",
                CommandRun.of("experts", "list", "--db", db, "--session", "1").out().lines().findFirst().orElse(""));
    }

    @Test
    void thePaperEntrysLinesAreChineseToTheColon() throws Exception {
        Path copy = made.resolve("paper.mv.db");
        Files.copy(Path.of(db), copy);
        Files.copy(made.resolve("panel.head"), made.resolve("paper.head"));
        String paper = copy.toString();
        zh("applicants", "prereview", "--db", paper, "--session", "1", "--all");
        CommandRun passed = zh("applicants", "list", "--db", paper, "--session", "1");
        assertTrue(passed.out().lines().skip(1).allMatch(row -> row.contains("\t通过\t")), passed.out());
        zh("score", "enter", "--db", paper, "--session", "1", "--typist", "王录入",
                "--file", EXAMPLES.resolve("paper-first.csv").toString(), "--opinion", "见纸质评分表");
        CommandRun second = zh("score", "enter", "--db", paper, "--session", "1", "--typist", "李复核", "--second",
                "--file", EXAMPLES.resolve("paper-second.csv").toString());
        assertEquals(ExitCodes.CHECK_FAILED, second.status());
        assertTrue(second.out().startsWith("E1 / A01：第二次录入与第一次一致"), second.out());
        assertTrue(second.err().startsWith("E5 / A02：第二次录入与第一次在 3.1 (4.5 / 3.5) 处不一致"), second.err());
        CommandRun resolved = zh("score", "resolve", "--db", paper, "--session", "1", "--expert", "E5",
                "--applicant", "A02", "--indicator", "3.1", "--keep", "first", "--secretary", "赵秘书", "--reason", "纸质为 4.5");
        assertEquals("E5 / A02：第二次录入与第一次一致：该评分表计入合并。", resolved.out().strip());
    }
}

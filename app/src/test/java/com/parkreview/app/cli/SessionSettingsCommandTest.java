package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.scoring.settings.AggregationRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code session create --settings FILE}: the settings read from a text file, checked as the
 * options are, the options given overriding them; {@code template session} writes a file it
 * accepts unchanged.
 */
class SessionSettingsCommandTest {

    @TempDir
    Path dir;

    private CommandRun create(String... more) {
        List<String> args = new ArrayList<>(List.of("session", "create", "--db", dir.resolve("s.mv.db").toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private ReviewSession stored() {
        try (Database db = Database.open(DatabaseFile.of(dir.resolve("s.mv.db")), OpenOptions.existing())) {
            return db.read(s -> s.sessions().find(1)).orElseThrow();
        }
    }

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("设置.txt"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theTemplateIsAcceptedUnchanged() {
        Path template = dir.resolve("设置.txt");
        CommandRun written = CommandRun.of("template", "session", "--out", template.toString());
        assertEquals(0, written.status(), written.err());

        CommandRun run = create("--settings", template.toString());

        assertEquals(0, run.status(), run.err());
        ReviewSession session = stored();
        assertEquals("2026年度石景山区园区运营评审", session.name());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 10)), session.date());
        assertEquals("石景山区科委三层会议室", session.details().venue());
        assertEquals("赵秘书", session.details().secretary());
        assertEquals(0, session.budget().orElseThrow().wan().compareTo(new BigDecimal("4000")));
        assertEquals(0, session.settings().annualCap().wan().compareTo(new BigDecimal("1500")));
        assertEquals(AggregationRule.MEAN, session.settings().rule());
        assertEquals(0, session.settings().thresholds().expertPoints().compareTo(new BigDecimal("15")));
        assertEquals(0, session.settings().thresholds().indicatorShare().compareTo(new BigDecimal("0.40")));
    }

    @Test
    void theOptionsGivenOverrideTheFileAndChineseLabelsAreKeys() throws IOException {
        Path settings = file("# 设置\n名称 = 文件里的名称\n预算 = 100\nrule = trimmed\n  venue =  某会议室  \n");

        CommandRun run = create("--settings", settings.toString(), "--budget", "250", "--precision", "1");

        assertEquals(0, run.status(), run.err());
        ReviewSession session = stored();
        assertEquals("文件里的名称", session.name());
        assertEquals(0, session.budget().orElseThrow().wan().compareTo(new BigDecimal("250")));
        assertEquals("1", session.settings().precision().label());
        assertEquals(AggregationRule.TRIMMED_MEAN, session.settings().rule());
        assertEquals("某会议室", session.details().venue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name = 评审\\nbudgte = 5                | 设置.txt line 2: "budgte" is not a setting of a session; the settings are name, year, date,
            name = 评审\\n名称 = 评审              | 设置.txt line 2: 名称 is given a second time (first on line 1)
            name = 评审\\nbudget 5                 | 设置.txt line 2: "budget 5" is not a setting; write one a line as key = value
            = 5                                    | 设置.txt line 1: "= 5" is not a setting
            name = 评审\\nvenue =                  | 设置.txt line 2: venue has no value
            name = 评审\\n\\n# x\\nbudget = 1e5    | 设置.txt line 4 (budget): Amount "1e5" is not a plain number
            name = 评审\\ndate = 2026-02-30        | 设置.txt line 2 (date): 2026-02-30 is not a day of the calendar
            name = 评审\\nexpert-points = 0        | 设置.txt line 2 (expert-points) "0" is not allowed
            name = 评审\\nyear = 99                | 设置.txt line 2 (year): Year 99 is not allowed
            name = 评审\\nprecision = 0.3          | 设置.txt line 2 (precision):
            name = 评审\\nprogramme = haidian      | --programme "haidian" is not a programme here
            venue = 某处                            | A session needs a name: --name TEXT, or name = … in the settings file.
            """)
    void aWrongFileIsRefusedNamingTheLineAndMakesNoDatabase(String text, String expected) throws IOException {
        Path settings = file(text.strip().replace("\\n", "\n"));

        CommandRun run = create("--settings", settings.toString());

        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(expected.strip()), expected + "\n← " + run.err());
        assertFalse(Files.exists(dir.resolve("s.mv.db")), "a refused session makes no file");
    }

    /** A tester's round 15: "name = 评审  # 石景山" made a session named with the comment in it. */
    @ParameterizedTest
    @ValueSource(strings = {"name = 评审  # 石景山第一批", "name = 评审\nsecretary = 赵秘书 ＃组长",
            "name = 评审\nsecretary = 赵秘书\u3000＃组长", "name = 评审\nsecretary = 赵秘书\u00A0# 组长"})
    void aCommentAfterAValueIsRefusedNotTakenIntoIt(String text) throws IOException {
        CommandRun run = create("--settings", file(text).toString());

        assertEquals(2, run.status(), run.out() + run.err());
        String line = text.lines().count() == 1 ? "line 1: name = \"评审  # 石景山第一批\""
                : "line 2: secretary = \"" + text.lines().toList().get(1).substring("secretary = ".length()) + "\"";
        assertTrue(run.err().contains("设置.txt " + line + " holds a # after a space; a comment goes on a line of its own"),
                run.err());
        assertFalse(Files.exists(dir.resolve("s.mv.db")), "a refused session makes no file");
    }

    @Test
    void aFileNotInUtf8IsRefusedNamingIt() throws IOException {
        Path settings = Files.write(dir.resolve("gbk.txt"), "name = 评审\n".getBytes("GBK"));
        CommandRun run = create("--settings", settings.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("gbk.txt is not UTF-8 text"), run.err());
    }

    @Test
    void aRefusalIsInTheUsersLanguage() throws IOException {
        Path settings = file("name = 评审\nname = 又一个\n");
        CommandRun run = CommandRun.of("--lang", "zh", "session", "create", "--db", dir.resolve("s.mv.db").toString(),
                "--settings", settings.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("设置.txt 第 2 行：name 重复给出（第 1 行已给出）；每项只写一次。"), run.err());
    }
}

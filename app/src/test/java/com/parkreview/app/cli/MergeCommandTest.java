package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergeCommandTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path SCORES = EXAMPLES.resolve("scores.csv");
    private static final Path APPLICANTS = EXAMPLES.resolve("applicants.csv");

    @TempDir
    Path dir;

    @Test
    void mergesTheExampleIntoARankedTable() {
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), "--applicants", APPLICANTS.toString(),
                "--budget", "4000");
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                rank,applicant,name,experts,panel_score,tier,share,amount_wan,flags
                1,A01,北京石景山人形机器人产业园运营有限公司,5,85.30,excellent,1.00,1500.00,
                2,A06,北京银河湾智能制造园区管理有限公司,5,79.40,good,0.70,1050.00,tier_split;tier_sensitive
                3,A03,首钢园具身智能产业基地运营管理有限公司,5,71.70,good,0.70,750.00,expert_outlier:E5;indicator_outlier:E5:1.3;indicator_outlier:E5:5.2;tier_split
                4,A02,京西智谷科技园管理有限公司,4,71.50,good,0.70,840.00,over_budget
                5,A04,中关村石景山园创新服务有限公司,5,61.10,good,0.70,700.00,tier_split;period_exceeded;over_budget
                6,A05,北京永定河科创园区运营有限公司,5,51.60,fail,0.00,0.00,
                """, run.out());
    }

    /** The programme's terms come from the command line: its citation, and tiers named and shared otherwise. */
    @Test
    void citationAndTiersGivenOnTheCommandLineDecideAndCarryTheResults() throws IOException {
        Path out = dir.resolve("results.json");
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), "--format", "json", "--out",
                out.toString(), "--citation", "某区实施细则 第三条", "--tier", "excellent=甲等:85:1",
                "--tier", "good=乙等:60:0.5", "--tier", "fail=丙等:0:0");
        assertEquals(0, run.status(), run.err());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals("某区实施细则 第三条", root.get("settings").get("citation").asText());
        assertEquals("乙等", root.get("settings").get("tiers").get(1).get("label").asText());
        JsonNode first = root.get("applicants").get(0);
        assertEquals("85.30", first.get("panel_score").asText());
        assertEquals("excellent", first.get("tier").asText());
        JsonNode second = root.get("applicants").get(1);
        assertEquals("0.50", second.get("share").asText());
        assertEquals("750.00", second.get("amount_wan").asText());
    }

    @Test
    void defaultCitationIsTheImplementingRulesArticle() throws IOException {
        Path out = dir.resolve("results.json");
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), "--format", "json", "--out",
                out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("《石景山区人形机器人产业发展支持办法（试行）》实施细则 第七条 支持产业运营（政策原文第九条）",
                new ObjectMapper().readTree(out.toFile()).get("settings").get("citation").asText());
    }

    @ParameterizedTest(name = "--tier {0}")
    @CsvSource(delimiter = '|', textBlock = """
            excellent=优秀:80         | --tier "excellent=优秀:80" is not a tier; write CODE=NAME:MIN:SHARE
            excellent=优秀:80:1.5     | --tier "excellent=优秀:80:1.5" is not a tier
            Excellent=优秀:80:1       | --tier "Excellent=优秀:80:1" is not a tier
            excellent=优秀:80:1       | The lowest tier, excellent, must start at 0 so that every score has a tier.
            """)
    void tierNotInItsFormIsRefusedNamingIt(String tier, String message) {
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), "--tier", tier, "--lang", "en");
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(message), run.err());
    }

    @Test
    void trimmedRuleDropsTheOutlierFromThePanelScore() {
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), "--rule", "trimmed");
        assertEquals(0, run.status(), run.err());
        // A03: 78.5 80.5 76.5 77 46 → drop 80.5 and 46 → (78.5 + 76.5 + 77) / 3 = 77.33
        assertTrue(run.out().contains(",A03,,5,77.33,good,0.70,1050.00,"), run.out());
    }

    @Test
    void incompleteApplicantsComeLastWithEmptyFigures() throws IOException {
        Path scores = dir.resolve("scores.csv");
        List<String> lines = Files.readAllLines(SCORES).stream()
                .map(l -> l.startsWith("A05,E1,") || l.startsWith("A05,E2,") || l.startsWith("A05,E3,")
                        ? l.substring(0, l.lastIndexOf(',') + 1) : l)
                .toList();
        Files.write(scores, lines);
        CommandRun run = CommandRun.of("merge", "--scores", scores.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().endsWith("\n,A05,,2,,incomplete,,,\n"), run.out());
        // and why, beside the table (round 20 F4: only the printed sheet said so)
        assertEquals("A05: incomplete, no panel score: 2 valid experts (not recused, with a sheet that counts); a panel "
                + "score needs at least 3 (rule 4).", run.err().strip());
    }

    @Test
    void jsonCarriesMeansExpertTotalsAndSessionFigures() throws IOException {
        Path out = dir.resolve("results.json");
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), "--applicants", APPLICANTS.toString(),
                "--format", "json", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        JsonNode first = root.get("applicants").get(0);
        assertEquals("A01", first.get("applicant").asText());
        assertEquals("85.30", first.get("panel_score").asText());
        assertEquals("87.5", first.get("expert_totals").get("E3").asText());
        assertEquals("4.50", first.get("indicator_means").get("1.1").asText());
        assertEquals(13, first.get("indicator_means").size());
        JsonNode a02 = root.get("applicants").get(3);
        assertEquals("E4", a02.get("recused").get(0).asText());
        JsonNode agreement = root.get("session").get("agreement");
        assertEquals(5, agreement.get("complete_applicants").asInt());
        assertTrue(agreement.get("totals").get("icc_a1").asText().matches("0\\.\\d{4}"));
        assertEquals("4840.00", root.get("session").get("total_proposed_wan").asText());
    }

    /** Each case: a change to the example scores (line number → new text) and where the message points. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            unknown indicator   | 2  | A01,E1,6.1,4.5     | scores.csv line 2, column 3 (indicator): indicator "6.1" is not in the rubric
            duplicate score     | 3  | A01,E1,1.1,4.5     | scores.csv line 3, column 3 (indicator): a second score of applicant A01 by expert E1 for indicator 1.1; the first is on line 2
            above the maximum   | 2  | A01,E1,1.1,5.5     | scores.csv line 2, column 4 (score): Indicator 1.1 (运营主体及其关联企业是否为专业化…): 5.5 is above the maximum; allowed: 0 to 5 in steps of 0.5.
            off the step        | 2  | A01,E1,1.1,4.3     | scores.csv line 2, column 4 (score): Indicator 1.1 (运营主体及其关联企业是否为专业化…): 4.3 is not a multiple of the step
            not a number        | 2  | A01,E1,1.1,abc     | scores.csv line 2, column 4 (score): Indicator 1.1 (运营主体及其关联企业是否为专业化…): "abc" is not a number
            negative            | 8  | A01,E1,3.1,-2      | scores.csv line 8, column 4 (score): Indicator 3.1 (运营模式): -2 is negative
            too many fields     | 2  | A01,E1,1.1,4.5,x   | scores.csv line 2: the row has 5 fields; it needs 4
            wrong header        | 1  | applicant,expert,code,score | scores.csv line 1: the header is "applicant,expert,code,score"; it must be "申报单位,专家,指标,得分" (the template's Chinese header) or "applicant,expert,indicator,score".
            partly blank sheet  | 2  | A01,E1,1.1,        | scores.csv line 2: applicant A01, expert E1: the score of 1.1 is blank while others are filled
            missing indicator   | 2  | A01,E1,,4.5        | scores.csv line 2, column 3 (indicator): indicator "" is not in the rubric
            malformed quoting   | 2  | A01,"E1,1.1,4.5    | scores.csv line 2: a quoted field that starts on this line is never closed
            blank expert        | 2  | A01,,1.1,4.5       | scores.csv line 2, column 2 (expert): the expert is blank
            """)
    void badScoresAreRefusedNamingFileLineAndColumn(String name, int line, String text, String message) throws IOException {
        Path scores = withLine(SCORES, line, text);
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "the previous results\n");
        CommandRun run = CommandRun.of("merge", "--scores", scores.toString(), "--out", out.toString());
        assertEquals(2, run.status(), run.out());
        assertTrue(run.err().contains(message), run.err());
        assertEquals("the previous results\n", Files.readString(out), "--out must stay untouched");
    }

    /** A tester's round 7 wrote the results over the score table they were read from, exit 0. */
    @Test
    void theResultsNeverReplaceTheTableTheyAreReadFrom() throws IOException {
        Path scores = dir.resolve("s.csv");
        Files.copy(SCORES, scores);
        CommandRun run = CommandRun.of("merge", "--scores", scores.toString(), "--out", scores.toString());
        assertEquals(2, run.status(), run.out());
        assertTrue(run.err().contains("s.csv: the merge reads this table"), run.err());
        assertEquals(Files.readString(SCORES), Files.readString(scores), "the scores are as they were");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            invalid credit code | 2 | A01,某单位,91110107MA01R8K522,1500,0,0 | applicants.csv line 2, column 3 (uscc): Unified social credit code "91110107MA01R8K522": the check character is "2" but the first 17 characters call for "1"
            negative applied    | 2 | A01,某单位,,-5,0,0                      | applicants.csv line 2, column 4 (applied_wan): Amount -5 万元 is negative
            years not a number  | 2 | A01,某单位,,,,three                     | applicants.csv line 2, column 6 (supported_years): supported_years "three" is not allowed
            duplicate applicant | 3 | A01,某单位,,,,                          | applicants.csv line 3, column 1 (applicant): applicant A01 is listed twice; the first is on line 2
            """)
    void badApplicantsAreRefusedNamingFileLineAndColumn(String name, int line, String text, String message)
            throws IOException {
        Path applicants = withLine(APPLICANTS, line, text);
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), "--applicants", applicants.toString());
        assertEquals(2, run.status(), run.out());
        assertTrue(run.err().contains(message), run.err());
        assertEquals("", run.out());
    }

    @Test
    void scoreOfAnApplicantNotInTheApplicantsFileIsRefused() throws IOException {
        Path scores = withLine(SCORES, 2, "A99,E1,1.1,4.5");
        CommandRun run = CommandRun.of("merge", "--scores", scores.toString(), "--applicants", APPLICANTS.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("scores.csv line 2, column 1 (applicant): applicant \"A99\" is not in the applicants file."),
                run.err());
    }

    @Test
    void everyProblemGetsItsOwnMessage() throws IOException {
        Path scores = withLine(withLine(SCORES, 2, "A01,E1,1.1,9"), 3, "A01,E1,1.2,x");
        CommandRun run = CommandRun.of("merge", "--scores", scores.toString());
        assertEquals(2, run.status());
        assertEquals(2, run.err().lines().count(), run.err());
    }

    @Test
    void refusedRunDoesNotCreateTheOutputFile() throws IOException {
        Path out = dir.resolve("new.csv");
        CommandRun run = CommandRun.of("merge", "--scores", withLine(SCORES, 2, "A01,E1,1.1,9").toString(),
                "--out", out.toString());
        assertEquals(2, run.status());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        Path scores = dir.resolve("bom.csv");
        Files.writeString(scores, "\uFEFF" + Files.readString(SCORES));
        assertEquals(0, CommandRun.of("merge", "--scores", scores.toString()).status());
    }

    @Test
    void fileSavedInGbkIsRefusedWithAdviceOnSavingAsUtf8() throws IOException {
        Path applicants = dir.resolve("applicants-gbk.csv");
        Files.writeString(applicants, Files.readString(APPLICANTS), Charset.forName("GBK"));
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), "--applicants", applicants.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("applicants-gbk.csv line 2: the line is not UTF-8 text (byte 0x"), run.err());
    }

    @Test
    void messagesAreInChineseWhenAsked() throws IOException {
        Path scores = withLine(SCORES, 2, "A01,E1,1.1,5.5");
        CommandRun run = CommandRun.of("--lang", "zh", "merge", "--scores", scores.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("scores.csv 第 2 行第 4 列（score）：指标 1.1（运营主体及其关联企业是否为专业化…）：5.5 超过该指标分值；允许范围 0–5，步长 0.5。"),
                run.err());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --rule      | median | Aggregation rule "median" is not allowed; use mean or trimmed.
            --precision | 0.25   | Score precision "0.25" is not allowed; use 1, 0.5 or 0.1.
            --budget    | -100   | Amount -100 万元 is negative
            --cap       | lots   | Amount "lots" is not a plain number
            --format    | xml    | --format "xml" is not allowed; use csv or json.
            --cap       | 1e400  | --cap: Amount "1e400" is not a plain number
            --cap       | 1E2    | --cap: Amount "1E2" is not a plain number
            --budget    | -0     | --budget: Amount "-0" is not a plain number; write 万元 as digits with at most one decimal point, without sign
            --budget    | NaN    | --budget: Amount "NaN" is not a plain number
            --cap       | 0x10   | --cap: Amount "0x10" is not a plain number
            --cap       | +500   | --cap: Amount "+500" is not a plain number
            --cap       | 1000000000000 | --cap: Amount 1000000000000 万元 is too large; amounts are from 0 to 999999999999.999999 万元.
            --precision | 5E-1   | --precision: Score precision "5E-1" is not allowed
            --session   | -0     | Invalid value for option '--session': "-0" is not an id; write a whole number with digits only
            --session   | +1     | Invalid value for option '--session': "+1" is not an id
            """)
    void badOptionValuesAreRefused(String option, String value, String message) {
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), option, value);
        assertEquals(2, run.status());
        assertTrue(run.err().contains(message), run.err());
    }

    @Test
    void rubricFromADefinitionFileScoresOnItsIndicators() throws IOException {
        // A two-indicator rubric: 1.1 (max 60) and 1.2 (max 40).
        Path rubric = dir.resolve("small.json");
        Files.writeString(rubric, """
                {"format": "parkreview-rubric", "version": 1, "name": "小型评分标准",
                 "dimensions": [{"code": "1", "name": "综合", "max": 100, "indicators": [
                   {"code": "1.1", "name": "基础", "max": 60}, {"code": "1.2", "name": "成效", "max": 40}]}]}
                """);
        Path scores = dir.resolve("small-scores.csv");
        Files.writeString(scores, """
                applicant,expert,indicator,score
                X,E1,1.1,50
                X,E1,1.2,35
                X,E2,1.1,48
                X,E2,1.2,30
                X,E3,1.1,52
                X,E3,1.2,36
                """);
        CommandRun run = CommandRun.of("merge", "--scores", scores.toString(), "--rubric", rubric.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("1,X,,3,83.67,excellent,1.00,1500.00,"), run.out());
        // Against Table 1 the same file is refused: 1.1 is worth 5 there.
        assertEquals(2, CommandRun.of("merge", "--scores", scores.toString()).status());
    }

    @Test
    void badRubricFileIsRefusedNamingTheField() throws IOException {
        Path rubric = dir.resolve("bad.json");
        Files.writeString(rubric, Files.readString(EXAMPLES.resolve("rubric-table1.json")).replaceFirst("\"max\" : 15", "\"max\" : 14"));
        CommandRun run = CommandRun.of("merge", "--scores", SCORES.toString(), "--rubric", rubric.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("bad.json: dimensions[0]: Dimension 1: max 14 differs from the sum of its indicators' maxima, 15."),
                run.err());
    }

    @Test
    void missingScoresFileIsRefused() {
        CommandRun run = CommandRun.of("merge", "--scores", dir.resolve("nowhere.csv").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("nowhere.csv: the file "), run.err());
    }

    @Test
    void mergeWithoutAnySourceExitsWithStatusTwoAndUsage() {
        CommandRun run = CommandRun.of("merge");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("merge takes either --scores SCORES.csv or --session ID"), run.err());
        assertTrue(run.err().contains("Usage: parkreview merge"), run.err());
    }

    /** A copy of the file with one line (1-based) replaced. */
    private Path withLine(Path source, int line, String text) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(source, StandardCharsets.UTF_8));
        lines.set(line - 1, text);
        Path copy = dir.resolve(source.getFileName());
        Files.write(copy, lines, StandardCharsets.UTF_8);
        return copy;
    }
}

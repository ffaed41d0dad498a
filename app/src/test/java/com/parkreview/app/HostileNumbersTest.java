package com.parkreview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.cli.CommandRun;
import com.parkreview.app.exchange.json.RubricJson;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.exchange.score.ScoreFile;
import com.parkreview.app.exchange.table.SetupFiles;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.HostileInputs;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.entry.ScoreEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every source of numbers refuses what is not a plain number in the field's range (issue 15):
 * {@code -0} (refused, never read as 0), {@code 1e400}, {@code 1E2}, {@code NaN}, {@code Infinity},
 * hexadecimal, a leading {@code +}; the refusal names the field and says what is allowed. JSON
 * sources are given the forms a JSON number can take; the others are not JSON at all.
 */
class HostileNumbersTest {

    @TempDir
    static Path dir;

    private static HostileInputs given;

    @BeforeAll
    static void session() {
        given = HostileInputs.in(dir);
    }

    @AfterAll
    static void close() {
        given.db().close();
    }

    enum Source {
        /** The score form: what the expert typed into indicator 1.1 (max 5). */
        WINDOW_SCORE {
            @Override
            String refusal(String typed) {
                ScoreEntry.Result result = new ScoringService(given.db())
                        .commitScore(TestSessions.expert(1), given.draftSheet(), "1.1", typed);
                return result.rejection().orElseThrow(() -> new AssertionError("accepted: " + typed))
                        .message(Locale.ENGLISH);
            }
        },
        MERGE_CSV_SCORE {
            @Override
            String refusal(String typed) throws Exception {
                Path file = dir.resolve("scores.csv");
                Files.writeString(file, "applicant,expert,indicator,score\nA01,E1,1.1," + typed + "\n");
                CommandRun run = CommandRun.of("merge", "--scores", file.toString());
                assertEquals(2, run.status(), run.err());
                return run.err();
            }
        },
        SETUP_CSV_AMOUNT {
            @Override
            String refusal(String typed) throws Exception {
                Path file = dir.resolve("applicants.csv");
                Files.writeString(file, String.join(",", SetupFiles.APPLICANT_HEADER) + "\n"
                        + "A01,园区," + TestSessions.uscc(9).value() + ",,," + typed + ",,,\n");
                return HostileInputs.refused(SetupFiles.applicants(file, Set.of(), Set.of(), Set.of(), 1));
            }
        },
        SETUP_XLSX_AMOUNT {
            @Override
            String refusal(String typed) throws Exception {
                Path file = dir.resolve("applicants.xlsx");
                HostileInputs.workbook(file, List.of(SetupFiles.APPLICANT_HEADER,
                            List.of("A01", "园区", TestSessions.uscc(9).value(), "", "", typed, "", "", "")));
                return HostileInputs.refused(SetupFiles.applicants(file, Set.of(), Set.of(), Set.of(), 1));
            }
        },
        KIT_NUMBER {
            @Override
            String refusal(String typed) {
                String changed = given.kit().replaceFirst("\"presentationMinutes\" : 15", "\"presentationMinutes\" : " + typed);
                assertTrue(!changed.equals(given.kit()), "the kit has presentationMinutes 15");
                return HostileInputs.rejected(() -> KitFile.read("E2.prkit", changed.getBytes(StandardCharsets.UTF_8)));
            }
        },
        RUBRIC_MAXIMUM {
            @Override
            String refusal(String typed) throws Exception {
                String rubric = Files.readString(Path.of("examples", "rubric-table1.json"))
                        .replaceFirst("\"max\"\\s*:\\s*15", "\"max\": " + typed);
                Path file = dir.resolve("rubric.json");
                Files.writeString(file, rubric);
                return HostileInputs.rejected(() -> RubricJson.read(file));
            }
        },
        SCORE_FILE_SCORE {
            @Override
            String refusal(String typed) {
                ObjectNode tree = ScoreFiles.tree(given.scoreFile());
                ((ObjectNode) tree.get("sheets").get(0).get("scores").get(0)).put("score", typed);
                String signed = ScoreFiles.resign(tree, given.privateKey());
                return HostileInputs.rejected(() -> ScoreFile.read("E3.prscore", signed.getBytes(StandardCharsets.UTF_8)));
            }
        },
        COMMAND_LINE_CAP {
            @Override
            String refusal(String typed) {
                CommandRun run = CommandRun.of("merge", "--scores", Path.of("examples", "scores.csv").toString(),
                        "--cap", typed);
                assertEquals(2, run.status(), run.err());
                return run.err();
            }
        },
        COMMAND_LINE_SESSION {
            @Override
            String refusal(String typed) {
                CommandRun run = CommandRun.of("merge", "--db", dir.resolve("secretary").toString(), "--session", typed);
                assertEquals(2, run.status(), run.err());
                return run.err();
            }
        };

        abstract String refusal(String typed) throws Exception;
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            WINDOW_SCORE         | -0       | Indicator 1.1 (运营主体及其关联企业是否为专业化…): "-0" has a sign; scores are written without + or - (-0 too); allowed: 0 to 5 in steps of 0.5.
            WINDOW_SCORE         | +4       | "+4" has a sign
            WINDOW_SCORE         | 1e400    | Indicator 1.1 (运营主体及其关联企业是否为专业化…): "1e400" is not a number; allowed: 0 to 5
            WINDOW_SCORE         | 1E2      | "1E2" is not a number
            WINDOW_SCORE         | NaN      | "NaN" is not a number
            WINDOW_SCORE         | Infinity | "Infinity" is not a number
            WINDOW_SCORE         | 0x4      | "0x4" is not a number
            MERGE_CSV_SCORE      | -0       | scores.csv line 2, column 4 (score): Indicator 1.1 (运营主体及其关联企业是否为专业化…): "-0" has a sign
            MERGE_CSV_SCORE      | 1e400    | scores.csv line 2, column 4 (score): Indicator 1.1 (运营主体及其关联企业是否为专业化…): "1e400" is not a number
            MERGE_CSV_SCORE      | NaN      | scores.csv line 2, column 4 (score): Indicator 1.1 (运营主体及其关联企业是否为专业化…): "NaN" is not a number
            MERGE_CSV_SCORE      | +4       | scores.csv line 2, column 4 (score): Indicator 1.1 (运营主体及其关联企业是否为专业化…): "+4" has a sign
            SETUP_CSV_AMOUNT     | 1e400    | applicants.csv line 2, column 6 (applied_wan): Amount "1e400" is not a plain number; write 万元 as digits
            SETUP_CSV_AMOUNT     | -0       | applicants.csv line 2, column 6 (applied_wan): Amount "-0" is not a plain number
            SETUP_CSV_AMOUNT     | Infinity | applicants.csv line 2, column 6 (applied_wan): Amount "Infinity" is not a plain number
            SETUP_CSV_AMOUNT     | 0x10     | applicants.csv line 2, column 6 (applied_wan): Amount "0x10" is not a plain number
            SETUP_CSV_AMOUNT     | 1000000000000 | applicants.csv line 2, column 6 (applied_wan): Amount 1000000000000 万元 is too large; amounts are from 0 to 999999999999.999999 万元.
            SETUP_XLSX_AMOUNT    | 1e400    | applicants.xlsx line 2, column 6 (applied_wan): Amount "1e400" is not a plain number
            SETUP_XLSX_AMOUNT    | -0       | applicants.xlsx line 2, column 6 (applied_wan): Amount "-0" is not a plain number
            SETUP_XLSX_AMOUNT    | NaN      | applicants.xlsx line 2, column 6 (applied_wan): Amount "NaN" is not a plain number
            KIT_NUMBER           | -0       | E2.prkit: session.presentationMinutes: -0 is not written the way ParkReview writes numbers: digits with an optional decimal point, without sign (-0 too), exponent or leading +.
            KIT_NUMBER           | 1e400    | E2.prkit: session.presentationMinutes: 1e400 is not written the way ParkReview writes numbers
            KIT_NUMBER           | 1E2      | E2.prkit: session.presentationMinutes: 1E2 is not written the way ParkReview writes numbers
            KIT_NUMBER           | 100000   | E2.prkit: session.presentationMinutes: 100000 is not allowed; use a whole number from 1 to 600.
            RUBRIC_MAXIMUM       | -0       | rubric.json: dimensions[0].max: -0 is not written the way ParkReview writes numbers
            RUBRIC_MAXIMUM       | 1e400    | rubric.json: dimensions[0].max: 1e400 is not written the way ParkReview writes numbers
            RUBRIC_MAXIMUM       | 1.5E1    | rubric.json: dimensions[0].max: 1.5E1 is not written the way ParkReview writes numbers
            SCORE_FILE_SCORE     | -0       | E3.prscore: sheets[0].scores[0].score: expected a decimal written as text, like "4.5" or "12", found "-0".
            SCORE_FILE_SCORE     | 1e400    | E3.prscore: sheets[0].scores[0].score: expected a decimal written as text, like "4.5" or "12", found "1e400".
            SCORE_FILE_SCORE     | NaN      | E3.prscore: sheets[0].scores[0].score: expected a decimal written as text, like "4.5" or "12", found "NaN".
            COMMAND_LINE_CAP     | 1e400    | --cap: Amount "1e400" is not a plain number
            COMMAND_LINE_CAP     | -0       | --cap: Amount "-0" is not a plain number
            COMMAND_LINE_SESSION | -0       | Invalid value for option '--session': "-0" is not an id; write a whole number with digits only (e.g. 1), without sign (-0 too), exponent or + in front.
            COMMAND_LINE_SESSION | 1e3      | "1e3" is not an id
            COMMAND_LINE_SESSION | 0x1      | "0x1" is not an id
            COMMAND_LINE_SESSION | 9223372036854775808 | "9223372036854775808" is too large: it has more than 18 digits
            """)
    void eachSourceRefusesNumbersThatAreNotPlainOrOutOfRangeNamingTheField(Source source, String typed,
            String expected) throws Exception {
        String message = source.refusal(typed);
        assertTrue(message.contains(expected), "expected «" + expected + "» in «" + message + "»");
    }



}

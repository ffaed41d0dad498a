package com.parkreview.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.cli.CommandRun;
import com.parkreview.app.exchange.json.RubricJson;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.exchange.score.ScoreFile;
import com.parkreview.app.exchange.table.SetupFiles;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.HostileInputs;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.text.InputText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every source of text refuses every hostile class of character (issue 15): the refusal names the
 * field and shows the character as U+X, never raw. Each source is reached the way a user
 * reaches it: the records the window builds and the services it calls, the set-up tables (CSV
 * and XLSX), the merge CSV and the command line (run in-process, its output read), a kit, a score
 * file signed again after the change (so the signature holds), a rubric file.
 */
class HostileTextTest {

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

    /** Where a value comes in; each gives back the message the user sees when it is refused. */
    enum Source {
        WINDOW_APPLICANT_NAME("the applicant's name: ") {
            @Override
            String refusal(String hostile) {
                return assertThrows(ValidationException.class, () -> new NewApplicant("A09", "园区" + hostile,
                        TestSessions.uscc(9), Contact.NONE, Optional.empty(), Money.ZERO, 9, Optional.empty()))
                        .getMessage(Locale.ENGLISH);
            }
        },
        WINDOW_OPINION("the opinion (评价意见): ") {
            @Override
            String refusal(String hostile) {
                return assertThrows(ValidationException.class, () -> new ScoringService(given.db())
                        .setOpinion(TestSessions.expert(1), given.draftSheet(), "同意。" + hostile)).getMessage(Locale.ENGLISH);
            }
        },
        SETUP_CSV("applicants.csv line 2, column 2 (name): ") {
            @Override
            String refusal(String hostile) throws Exception {
                Path file = dir.resolve("applicants.csv");
                Files.writeString(file, String.join(",", SetupFiles.APPLICANT_HEADER) + "\n"
                        + "A01,\"园区" + hostile + "\"," + TestSessions.uscc(9).value() + ",,,,,,\n");
                return HostileInputs.refused(SetupFiles.applicants(file, Set.of(), Set.of(), Set.of(), 1));
            }
        },
        SETUP_XLSX("experts.xlsx line 2, column 2 (name): ") {
            @Override
            String refusal(String hostile) throws Exception {
                Path file = dir.resolve("experts.xlsx");
                HostileInputs.workbook(file, List.of(SetupFiles.EXPERT_HEADER,
                            List.of("E9", "专家" + xmlEscaped(hostile), "单位", "产业专家", "否")));
                return HostileInputs.refused(SetupFiles.experts(file, Set.of(), false));
            }
        },
        MERGE_CSV_ON_THE_COMMAND_LINE("scores.csv line 2, column 2 (expert): ") {
            @Override
            String refusal(String hostile) throws Exception {
                Path file = dir.resolve("scores.csv");
                Files.writeString(file, "applicant,expert,indicator,score\nA01,\"E" + hostile + "\",1.1,4\n");
                CommandRun run = CommandRun.of("merge", "--scores", file.toString());
                assertEquals(2, run.status(), run.err());
                return run.err();
            }
        },
        KIT_FILE("session.name: ") {
            @Override
            String refusal(String hostile) throws Exception {
                ObjectNode tree = ScoreFiles.tree(given.kit());
                ((ObjectNode) tree.get("session")).put("name", "测试批次" + hostile);
                return HostileInputs.rejected(() -> KitFile.read("E2.prkit", json(tree)));
            }
        },
        SCORE_FILE_SIGNED_AGAIN("sheets[0].opinion: ") {
            @Override
            String refusal(String hostile) throws Exception {
                ObjectNode tree = ScoreFiles.tree(given.scoreFile());
                ((ObjectNode) tree.get("sheets").get(0)).put("opinion", "同意。" + hostile);
                String signed = ScoreFiles.resign(tree, given.privateKey());
                return HostileInputs.rejected(() -> ScoreFile.read("E3.prscore", signed.getBytes(StandardCharsets.UTF_8)));
            }
        },
        RUBRIC_FILE("rubric.json: dimensions[0].name: ") {
            @Override
            String refusal(String hostile) throws Exception {
                ObjectNode tree = ScoreFiles.tree(Files.readString(Path.of("examples", "rubric-table1.json")));
                ((ObjectNode) tree.get("dimensions").get(0)).put("name", "运营服务基础条件" + hostile);
                Path file = dir.resolve("rubric.json");
                Files.write(file, json(tree));
                return HostileInputs.rejected(() -> RubricJson.read(file));
            }
        },
        COMMAND_LINE_OPTION("The command line, the value of --expert: ") {
            @Override
            String refusal(String hostile) {
                CommandRun run = CommandRun.of("kit", "export", "--db", dir.resolve("secretary").toString(),
                        "--session", "1", "--expert", "E1" + hostile, "--out", dir.resolve("E1.prkit").toString());
                assertEquals(2, run.status(), run.err());
                return run.err();
            }
        };

        final String field;

        Source(String field) {
            this.field = field;
        }

        abstract String refusal(String hostile) throws Exception;
    }

    static Stream<Arguments> everySourceAndCharacter() {
        List<String[]> characters = List.of(
                new String[] {"NUL", "\u0000", "U+0000"},
                new String[] {"BEL", "\u0007", "U+0007"},
                new String[] {"ANSI clear screen", "\u001b[2J", "U+001B"},
                new String[] {"C1 CSI", "\u009b2J", "U+009B"},
                new String[] {"lone CR", "\r", "U+000D"},
                new String[] {"right-to-left override", "\u202e", "U+202E"},
                new String[] {"left-to-right isolate", "\u2066", "U+2066"},
                new String[] {"byte-order mark", "\ufeff", "U+FEFF"});
        return Arrays.stream(Source.values())
                .flatMap(source -> characters.stream().map(c -> Arguments.of(source, c[0], c[1], c[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everySourceAndCharacter")
    void eachSourceRefusesEachHostileCharacterNamingTheFieldAndTheCode(Source source, String what, String hostile,
            String code) throws Exception {
        String message = source.refusal(hostile);
        assertTrue(message.contains(source.field), "the field named: " + message);
        assertTrue(message.contains(code), "the character shown as " + code + ": " + message);
        assertEquals(InputText.printable(message), message, "no raw control or bidi character in " + what);
    }




    /**
     * A workbook's XML cannot hold most C0 characters; a workbook carries them as {@code _x001B_},
     * which Excel and POI read back as the character (POI itself would write a "?").
     */
    private static String xmlEscaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                ? String.format("_x%04X_", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static byte[] json(ObjectNode tree) throws Exception {
        return com.parkreview.app.exchange.json.StrictJson.mapper().writeValueAsBytes(tree);
    }
}

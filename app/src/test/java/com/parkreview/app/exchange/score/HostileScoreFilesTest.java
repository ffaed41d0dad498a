package com.parkreview.app.exchange.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.StrictJson;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.review.ExpertKey;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.StoreSnapshot;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad and hostile score files, each refused with a message that says what is wrong, and the
 * secretary's database exactly as it was. The session scores in whole points (precision 1).
 */
class HostileScoreFilesTest {

    private static final String SIGNATURE_BROKEN = "E2.prscore: the signature does not match the content: "
            + "the file was changed after it was signed, or damaged. Nothing in it can be trusted; ask the expert (it "
            + "says %s) for the file again.";

    @TempDir
    static Path shared;

    /** The secretary's database with E2's kit issued, nothing imported; each test works on a copy. */
    private static Path template;
    /** E2's score file from E2's laptop: A01 and A02 signed. */
    private static String valid;
    private static String privateKey;
    /** E2's kit opened on a second laptop (another key), the same sheets signed. */
    private static String otherLaptop;
    /** A file of another secretary's session. */
    private static String otherSession;

    @TempDir
    Path dir;

    private Database secretary;
    private ScoreFileImport importer;

    @BeforeAll
    static void files() {
        try (Database db = TestSessions.freshDatabase(shared, "template")) {
            TestSessions.Ids ids = TestSessions.session(db, 3, 5,
                    ProgrammeSettings.SHIJINGSHAN.withPrecision(ScorePrecision.WHOLE));
            ExpertKit kit = OfflineDay.kit(db, ids.session(), 2);
            valid = laptopFile(kit, "first");
            otherLaptop = laptopFile(kit, "second");
            try (Database laptop = Database.open(DatabaseFile.of(shared.resolve("laptop-first")),
                    OpenOptions.existing())) {
                privateKey = ScoreFiles.privateKey(laptop);
            }
        }
        template = shared.resolve("template.mv.db");
        try (Database elsewhere = TestSessions.freshDatabase(shared, "elsewhere")) {
            TestSessions.Ids ids = TestSessions.session(elsewhere, 3, 5);
            otherSession = laptopFile(OfflineDay.kit(elsewhere, ids.session(), 2), "elsewhere-laptop");
        }
    }

    private static String laptopFile(ExpertKit kit, String name) {
        try (Database laptop = TestSessions.freshDatabase(shared, "laptop-" + name)) {
            new OfflineKits(laptop).open(Actor.commandLine(), kit,
                    Ed25519::newKeyPair, java.util.Optional.of(OfflineDay.sha256(kit)));
            OfflineDay.signed(laptop, "A01", "80");
            OfflineDay.signed(laptop, "A02", "70");
            return ScoreFiles.export(laptop);
        }
    }

    @BeforeEach
    void copyOfTheSecretarysDatabase() throws Exception {
        Files.copy(template, dir.resolve("secretary.mv.db"));
        secretary = Database.open(DatabaseFile.of(dir.resolve("secretary")), OpenOptions.existing());
        importer = new ScoreFileImport(secretary, TestSessions.SECRETARY);
    }

    @AfterEach
    void close() {
        secretary.close();
    }

    /** Refused with the message (its start), and the database unchanged. */
    private void refused(byte[] content, String message) {
        StoreSnapshot before = StoreSnapshot.of(secretary);
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> importer.importContent("E2.prscore", content, false, Optional.empty()));
        String got = e.message(Locale.ENGLISH);
        assertTrue(got.startsWith(message), "expected «" + message + "…» but was «" + got + "»");
        assertEquals(before, StoreSnapshot.of(secretary));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(ObjectNode node) {
        try {
            return StrictJson.mapper().writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A change an attacker makes without the expert's key: the signature no longer holds. */
    @ParameterizedTest(name = "tampered: {0}")
    @CsvSource(textBlock = """
            one score,              E2
            one comment,            E2
            the expert id,          E3
            the kit id,             E2
            a sheet dropped,        E2
            a sheet added,          E2
            the sheets reordered,   E2
            the public key,         E2
            the signing time,       E2
            """)
    void tamperedFileIsRefused(String change, String claimedExpert) {
        ObjectNode file = ScoreFiles.tree(valid);
        ArrayNode sheets = (ArrayNode) file.get("sheets");
        ObjectNode a01 = (ObjectNode) sheets.get(0);
        switch (change) {
            case "one score" -> ((ObjectNode) a01.get("scores").get(0)).put("score", "4");
            case "one comment" -> ((ObjectNode) a01.get("scores").get(0)).put("comment", "改过的评语");
            case "the expert id" -> ((ObjectNode) file.get("expert")).put("code", "E3");
            case "the kit id" -> file.put("kitId", "3f2a9c01-7b44-4e0d-9a1b-0c2d3e4f5a6b");
            case "a sheet dropped" -> sheets.remove(1);
            case "a sheet added" -> sheets.add(a01.deepCopy().put("applicant", "A03"));
            case "the sheets reordered" -> sheets.insert(0, sheets.remove(1));
            case "the public key" -> file.put("publicKey", ScoreFiles.tree(otherLaptop).get("publicKey").textValue());
            case "the signing time" -> a01.put("signedAt", "2026-11-19T01:30:00Z");
            default -> throw new IllegalArgumentException(change);
        }
        refused(bytes(json(file)), String.format(SIGNATURE_BROKEN, claimedExpert));
    }

    @Test
    void laterFileWithAnotherExpertsKeyIsRefused() throws Exception {
        importer.importContent("E2.prscore", bytes(valid), false, Optional.empty());
        String pinned = ScoreFiles.tree(valid).get("publicKey").textValue();
        String other = ScoreFiles.tree(otherLaptop).get("publicKey").textValue();
        refused(bytes(otherLaptop), "E2.prscore: expert E2 (专家2)'s files are signed with the key "
                + new ExpertKey(pinned).fingerprint() + "; this file carries another key, " + new ExpertKey(other).fingerprint()
                + ", and comes from a kit issued before that key was pinned.");
    }

    @Test
    void fileFromAnotherSessionIsRefused() {
        refused(bytes(otherSession), "E2.prscore: kit " + ScoreFiles.tree(otherSession).get("kitId").textValue()
                + " (session \"测试批次\", 2026) was not issued from this database as it stands now");
    }

    @ParameterizedTest(name = "cut at {0}%")
    @CsvSource({"1", "50", "99"})
    void truncatedFileIsRefused(int percent) {
        byte[] whole = bytes(valid);
        byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);
        refused(cut, "E2.prscore: the file ends in the middle");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            a picture          | PNG                                     | E2.prscore: the file is not UTF-8 text, so it is not a ParkReview score file (.prscore).
            plain text         | 评审意见：同意                          | E2.prscore: the file does not start with "{", so it is not a ParkReview score file (.prscore)
            a rubric file      | {"format": "parkreview-rubric"}         | E2.prscore: format: this is a ParkReview rubric file, not a ParkReview score file (.prscore): it was given where the other is read (renamed, or the wrong file chosen).
            a kit              | {"format": "parkreview-kit"}            | E2.prscore: format: this is a ParkReview expert kit (.prkit), not a ParkReview score file (.prscore): it was given where the other is read (renamed, or the wrong file chosen).
            other JSON         | {"name": "x"}                           | E2.prscore: name: this field is not known here
            an empty file      | ^^                                      | E2.prscore: the file does not start with "{"
            """)
    void fileThatIsNotParkReviewsIsRefused(String name, String content, String message) {
        byte[] raw = name.equals("a picture")
                ? new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte) 0xFF}
                : bytes(content);
        refused(raw, message);
    }

    @Test
    void duplicateJsonKeyIsRefused() {
        refused(bytes(valid.replaceFirst("\"kitId\" :", "\"kitId\" : \"x\", \"kitId\" :")),
                "E2.prscore: the key \"kitId\" appears twice in the same object (line 4); each key may appear once.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            a number where a string belongs | "score" : "5"   | "score" : 5       | E2.prscore: sheets[0].scores[0].score: expected text in quotes, found 5.
            a string where a number belongs | "version" : 1   | "version" : "1"   | E2.prscore: version: expected a whole number from 1 to 1000, found "1".
            a fraction for a score          | "score" : "5"   | "score" : 5.0     | E2.prscore: sheets[0].scores[0].score: expected text in quotes, found 5.
            a score in exponent form        | "score" : "5"   | "score" : "5e0"   | E2.prscore: sheets[0].scores[0].score: expected a decimal written as text, like "4.5" or "12", found "5e0".
            true for a comment              | "comment" : ""  | "comment" : true  | E2.prscore: sheets[0].scores[0].comment: expected text in quotes, found true.
            """)
    void valueOfTheWrongKindIsRefusedNamingTheField(String name, String find, String replace, String message) {
        assertTrue(valid.contains(find), "the file no longer contains " + find);
        refused(bytes(valid.replaceFirst(Pattern.quote(find),
                Matcher.quoteReplacement(replace))), message);
    }

    @Test
    void nullWhereTextBelongsIsRefused() {
        ObjectNode file = ScoreFiles.tree(valid);
        ((ObjectNode) file.get("sheets").get(1)).putNull("opinion");
        refused(bytes(json(file)), "E2.prscore: sheets[1].opinion: the field is missing.");
    }

    @Test
    void scoreOffTheSessionsStepIsRefusedEvenWhenSignedByTheExpertsKey() {
        ObjectNode file = ScoreFiles.tree(valid);
        ObjectNode line41 = (ObjectNode) file.get("sheets").get(0).get("scores").get(8);
        assertEquals("4.1", line41.get("indicator").textValue());
        line41.put("score", "8.7");
        refused(bytes(ScoreFiles.resign(file, privateKey)), "E2.prscore: expert E2, applicant A01: Indicator 4.1 "
                + "(园区企业入住率/平台数（家）/注…): 8.7 has too many decimals (scores are whole numbers); allowed: 0 to 15 in "
                + "steps of 1.");
    }

    @Test
    void nestingTenThousandDeepIsRefused() {
        String deep = "{\"format\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001);
        refused(bytes(deep), "E2.prscore: the file is nested more than 64 levels deep; a ParkReview file never is.");
    }

    @Test
    void fileOverTenMegabytesIsRefusedUnread() throws Exception {
        Path big = dir.resolve("E2.prscore");
        String comment = "很长的评语".repeat(800_000);
        Files.writeString(big, valid.replaceFirst("\"comment\" : \"\"", "\"comment\" : \"" + comment + "\""));
        assertTrue(Files.size(big) > 10 * 1024 * 1024);
        StoreSnapshot before = StoreSnapshot.of(secretary);
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> importer.importFile(big, false, Optional.empty()));
        assertEquals("E2.prscore: the file is larger than 10 MB; it is not a ParkReview file.", e.message(Locale.ENGLISH));
        assertEquals(before, StoreSnapshot.of(secretary));
    }

    @Test
    void unknownFieldIsRefusedEvenWhenSigned() {
        ObjectNode file = ScoreFiles.tree(valid);
        ((ObjectNode) file.get("sheets").get(0)).put("weight", "2");
        refused(bytes(ScoreFiles.resign(file, privateKey)), "E2.prscore: sheets[0].weight: this field is not known "
                + "here; the fields are applicant, opinion, scores, signedAt.");
    }

    /** Found by the fuzz test: a blank applicant code once escaped as an unchecked exception. */
    @ParameterizedTest(name = "applicant code \"{0}\"")
    @CsvSource(quoteCharacter = '^', value = {"^^", "^ ^", "A 01", "^A01;DROP^"})
    void applicantCodeThatIsNoCodeIsRefusedEvenWhenSigned(String code) {
        ObjectNode file = ScoreFiles.tree(valid);
        ((ObjectNode) file.get("sheets").get(0)).put("applicant", code);
        refused(bytes(ScoreFiles.resign(file, privateKey)), "E2.prscore: sheets[0]: Applicant code \"" + code
                + "\" is not allowed; use 1 to 20 letters, digits, - or _ (e.g. A01).");
    }

    @Test
    void validFileIsImportedWhole() throws Exception {
        importer.importContent("E2.prscore", bytes(valid), false, Optional.empty());
        assertEquals(2, StoreSnapshot.of(secretary).sheets().size());
    }
}

package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.StoreSnapshot;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

/** The secretary's import of an expert's returned scores: the rules, each refusal leaving the store as it was. */
class ScoreImportTest {

    private static final Actor SECRETARY = TestSessions.SECRETARY;

    @TempDir
    Path dir;

    private Database secretary;
    private TestSessions.Ids ids;
    private Database laptop;
    private ScoreImport scoreImport;

    @BeforeEach
    void setUp() {
        secretary = TestSessions.freshDatabase(dir, "secretary");
        ids = TestSessions.session(secretary, 3, 5, ProgrammeSettings.SHIJINGSHAN.withPrecision(ScorePrecision.WHOLE));
        laptop = OfflineDay.laptop(dir, OfflineDay.kit(secretary, ids.session(), 2));
        OfflineDay.signed(laptop, "A01", "80");
        OfflineDay.signed(laptop, "A02", "70");
        scoreImport = new ScoreImport(secretary);
    }

    @AfterEach
    void tearDown() {
        laptop.close();
        secretary.close();
    }

    private ReturnedScores returned() {
        return new ScoreReturns(laptop).prepare().scores();
    }

    private ImportOutcome importScores(ReturnedScores scores, boolean reReview) {
        return scoreImport.importScores(SECRETARY, scores, reReview, Optional.empty(), "test.prscore");
    }

    /** Refused with the message, and nothing in the secretary's store changed. */
    private void refused(ReturnedScores scores, boolean reReview, String message) {
        StoreSnapshot before = StoreSnapshot.of(secretary);
        ValidationException e = assertThrows(ValidationException.class, () -> importScores(scores, reReview));
        assertEquals(message, e.getMessage(Locale.ENGLISH));
        assertEquals(before, StoreSnapshot.of(secretary));
    }

    private static ReturnedScores withSheets(ReturnedScores scores, List<ReturnedSheet> sheets) {
        return new ReturnedScores(scores.kitId(), scores.sessionName(), scores.sessionYear(), scores.expertCode(),
                scores.expertName(), scores.key(), scores.exportedAt(), sheets, scores.recusals(), scores.kitHistoryHead(),
                scores.historyHead(), scores.kitSha256());
    }

    /** The returned scores with the first sheet's line of the indicator changed. */
    private static ReturnedScores withLine(ReturnedScores scores, String code, UnaryOperator<IndicatorEntry> change) {
        List<ReturnedSheet> sheets = new ArrayList<>(scores.sheets());
        ReturnedSheet first = sheets.get(0);
        List<IndicatorEntry> entries = new ArrayList<>();
        for (IndicatorEntry entry : first.entries()) {
            if (entry.code().equals(code)) {
                IndicatorEntry changed = change.apply(entry);
                if (changed != null) {
                    entries.add(changed);
                }
            } else {
                entries.add(entry);
            }
        }
        sheets.set(0, new ReturnedSheet(first.applicantCode(), entries, first.opinion(), first.signedAt()));
        return withSheets(scores, sheets);
    }

    private List<ScoreSheet> sheetsOf(int expert, int applicant) {
        return secretary.read(s -> s.sheets().forApplicant(ids.applicant(applicant))).stream()
                .filter(s -> s.expertId() == ids.expert(expert)).toList();
    }

    @Test
    void firstImportPinsTheKeyAndSignsImportedSheetsAsTheExpertDid() {
        ReturnedScores scores = returned();
        ImportOutcome outcome = importScores(scores, false);
        assertTrue(outcome.keyPinnedNow());
        assertEquals(List.of("A01", "A02"), outcome.imported());
        assertEquals(Optional.of(scores.key()), secretary.read(s -> s.kits().pinnedKey(ids.expert(2))));
        assertEquals(Optional.of(scores.key().fingerprint()),
                secretary.read(s -> s.experts().find(ids.expert(2))).orElseThrow().keyFingerprint());
        ScoreSheet a01 = sheetsOf(2, 1).get(0);
        assertEquals(SheetStatus.SIGNED, a01.status());
        assertEquals(SheetOrigin.IMPORTED, a01.origin());
        assertEquals(0, new BigDecimal("80").compareTo(a01.total()));
        assertEquals(scores.sheets().get(0).signedAt(), a01.signedAt().orElseThrow());
        assertTrue(secretary.read(s -> s.history().verify()).intact());
        assertEquals(1, new MergeService(secretary).results(ids.session()).row("A01").orElseThrow().result()
                .validExperts());
    }

    @Test
    void identicalFileAgainIsSkippedAndChangesNothing() {
        importScores(returned(), false);
        StoreSnapshot before = StoreSnapshot.of(secretary);
        ImportOutcome again = importScores(returned(), false);
        assertFalse(again.keyPinnedNow());
        assertEquals(List.of("A01", "A02"), again.unchanged());
        assertFalse(again.changedSheets());
        assertEquals(before, StoreSnapshot.of(secretary));
    }

    @Test
    void oneRefusedSheetRefusesTheWholeFile() {
        ReturnedScores scores = returned();
        ReturnedSheet second = scores.sheets().get(1);
        ReturnedSheet noOpinion = new ReturnedSheet(second.applicantCode(), second.entries(), " ", second.signedAt());
        refused(withSheets(scores, List.of(scores.sheets().get(0), noOpinion)), false,
                "expert E2, applicant A02: the overall opinion (评价意见) is empty, or punctuation alone; a signed sheet has one in words.");
        assertEquals(List.of(), sheetsOf(2, 1), "the first sheet, accepted on its own, is not there either");
    }

    @Test
    void laterFileWithAnotherKeyIsRefused() {
        ReturnedScores scores = returned();
        importScores(scores, false);
        ExpertKey other = Ed25519.newKeyPair().publicKey();
        ReturnedScores otherKey = new ReturnedScores(scores.kitId(), scores.sessionName(), scores.sessionYear(), "E2",
                scores.expertName(), other, scores.exportedAt(), scores.sheets(), scores.recusals(), scores.kitHistoryHead(),
                scores.historyHead(), scores.kitSha256());
        refused(otherKey, false, keyChanged(scores.key(), other));
    }

    private static String keyChanged(ExpertKey pinned, ExpertKey other) {
        return "expert E2 (专家2)'s files are signed with the key " + pinned.fingerprint() + "; this file carries another key, "
                + other.fingerprint() + ", and comes from a kit issued before that key was pinned. If the expert now scores "
                + "on another laptop or in a new database, issue the expert a new kit: a file scored from it brings the new "
                + "key in when it is imported (compare its fingerprint with the one on the signed paper sheets).";
    }

    /**
     * Round 21 F12: a re-review sent as a new kit was opened into a new database, which made a new
     * key, and its answer was refused for the changed key with no way forward. A file of a kit issued
     * after the key was pinned brings the new key in, said as such; the older kit's files are then refused.
     */
    @Test
    void aFileOfAKitIssuedAfterTheKeyWasPinnedBringsTheExpertsNewKey() {
        ReturnedScores first = returned();
        importScores(first, false);
        ReturnedScores renewed;
        try (Database second = OfflineDay.laptop(dir, OfflineDay.kit(secretary, ids.session(), 2))) {
            OfflineDay.signed(second, "A03", "75");
            renewed = new ScoreReturns(second).prepare().scores();
        }
        ImportOutcome outcome = importScores(renewed, false);
        assertEquals(Optional.of(first.key()), outcome.keyReplaced());
        assertFalse(outcome.keyPinnedNow());
        assertEquals(List.of("A03"), outcome.imported());
        assertEquals(Optional.of(renewed.key()), secretary.read(s -> s.kits().pinnedKey(ids.expert(2))));
        assertEquals(Optional.of(renewed.key().fingerprint()),
                secretary.read(s -> s.experts().find(ids.expert(2))).orElseThrow().keyFingerprint());
        assertTrue(secretary.read(s -> s.history().verify()).intact());
        refused(returned(), false, keyChanged(renewed.key(), first.key()));
    }

    @Test
    void keyPinnedToAnotherExpertIsRefused() {
        ReturnedScores e2 = returned();
        importScores(e2, false);
        ExpertKit e3Kit = OfflineDay.kit(secretary, ids.session(), 3);
        ReturnedScores e3WithE2sKey = new ReturnedScores(e3Kit.kitId(), e2.sessionName(), e2.sessionYear(), "E3",
                "专家3", e2.key(), e2.exportedAt(), e2.sheets(), e2.recusals(), e3Kit.historyHead(), e2.historyHead(),
                Optional.of(OfflineDay.sha256(e3Kit)));
        refused(e3WithE2sKey, false, "the key " + e2.key().fingerprint() + " is pinned to expert E2; expert E3's "
                + "file must carry E3's own key.");
    }

    @Test
    void fileOfAKitNotIssuedHereIsRefused() {
        ReturnedScores scores = returned();
        UUID foreign = UUID.fromString("3f2a9c01-7b44-4e0d-9a1b-0c2d3e4f5a6b");
        refused(new ReturnedScores(foreign, "另一批次", 2025, "E2", scores.expertName(), scores.key(),
                scores.exportedAt(), scores.sheets(), scores.recusals(), Optional.empty(), Optional.empty(), Optional.empty()), false,
                "kit 3f2a9c01-7b44-4e0d-9a1b-0c2d3e4f5a6b (session \"另一批次\", 2025) was not issued from this database, "
                + "so the file does not belong to any session here. Import it into the database its kit was exported "
                + "from.");
    }

    @Test
    void kitOfAnotherSessionIsRefusedWhenTheSessionIsNamed() {
        ReturnedScores scores = returned();
        long other = TestSessions.session(secretary, 1, 3).session();
        StoreSnapshot before = StoreSnapshot.of(secretary);
        ValidationException e = assertThrows(ValidationException.class, () -> scoreImport.importScores(SECRETARY,
                scores, false, Optional.of(other), "test.prscore"));
        assertEquals("kit " + scores.kitId() + " belongs to session " + ids.session() + " (\"测试批次\"), not to session "
                + other + ".", e.getMessage(Locale.ENGLISH));
        assertEquals(before, StoreSnapshot.of(secretary));
    }

    @Test
    void fileSpeakingForAnotherExpertThanItsKitIsRefused() {
        ReturnedScores scores = returned();
        refused(new ReturnedScores(scores.kitId(), scores.sessionName(), scores.sessionYear(), "E3", "专家3",
                scores.key(), scores.exportedAt(), scores.sheets(), scores.recusals(), scores.kitHistoryHead(),
                scores.historyHead(), scores.kitSha256()), false,
                "the file speaks for expert E3, but kit " + scores.kitId() + " was issued to expert E2 (专家2).");
    }

    /** The session is scored in whole points (precision 1); indicator 4.1's maximum is 15, 1.1's is 5. */
    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            4.1 | 8.7 | expert E2, applicant A01: Indicator 4.1 (园区企业入住率/平台数（家）/注…): 8.7 has too many decimals (scores are whole numbers); allowed: 0 to 15 in steps of 1.
            1.1 | 6   | expert E2, applicant A01: Indicator 1.1 (运营主体及其关联企业是否为专业化…): 6 is above the maximum; allowed: 0 to 5 in steps of 1.
            1.1 | -1  | expert E2, applicant A01: Indicator 1.1 (运营主体及其关联企业是否为专业化…): -1 is negative; allowed: 0 to 5 in steps of 1.
            """)
    void scoreThatRuleTwoRefusesAtEntryIsRefusedAtImport(String code, String value, String message) {
        refused(withLine(returned(), code, e -> new IndicatorEntry(code, Optional.of(new BigDecimal(value)), "")), false,
                message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing indicator | 5.3 | expert E2, applicant A01: no score for indicator(s) 5.3; a signed sheet scores every indicator.
            unknown indicator | 9.9 | expert E2, applicant A01: indicator(s) 9.9 are not in the session's rubric; its indicators are 1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 4.1 4.2 5.1 5.2 5.3.
            """)
    void sheetMustScoreExactlyTheRubricsIndicators(String name, String code, String message) {
        ReturnedScores scores = code.equals("5.3")
                ? withLine(returned(), "5.3", e -> null)
                : withLine(returned(), "5.3", e -> new IndicatorEntry("9.9", e.score(), ""));
        refused(scores, false, message);
    }

    @Test
    void sheetForAnApplicantNotInTheSessionIsRefused() {
        ReturnedScores scores = returned();
        ReturnedSheet first = scores.sheets().get(0);
        refused(withSheets(scores, List.of(new ReturnedSheet("A09", first.entries(), first.opinion(), first.signedAt()))),
                false, "applicant A09 is not in session \"测试批次\"; its applicants are A01 A02 A03.");
    }

    @ParameterizedTest(name = "--re-review {0}")
    @ValueSource(booleans = {false, true})
    void differentSignedSheetIsRefusedWhileNoReReviewIsOrdered(boolean reReview) {
        importScores(returned(), false);
        ReturnedScores changed = signedLater(withLine(returned(), "1.1", e -> new IndicatorEntry("1.1",
                Optional.of(BigDecimal.ONE), "复评后下调")), 3600);
        refused(changed, reReview, "expert E2's file would replace signed sheets that differ: A01 (1.1). A signed "
                + "sheet is changed only through a re-review: order it first (the flag's Re-review in the panel view); "
                + "the earlier sheet is kept, superseded, and the file then fills the new round.");
    }

    @Test
    void answerToAnOrderedReReviewFillsTheNextRoundAndKeepsTheEarlierSheet() {
        importScores(returned(), false);
        TestSessions.reReviewOrdered(secretary, ids.expert(2), ids.applicant(1));
        ReturnedScores answer = signedLater(withLine(returned(), "1.1", e -> new IndicatorEntry("1.1",
                Optional.of(BigDecimal.ONE), "复评后下调")), 3600);
        ImportOutcome outcome = importScores(answer, true);
        assertEquals(List.of("A01"), outcome.reReviewsAnswered());
        List<ScoreSheet> a01 = sheetsOf(2, 1);
        assertEquals(List.of(SheetStatus.SUPERSEDED, SheetStatus.SIGNED), a01.stream().map(ScoreSheet::status).toList());
        assertEquals(Optional.of(new BigDecimal("5")), a01.get(0).score("1.1"), "the earlier sheet is kept as it was");
        assertEquals(Optional.of(BigDecimal.ONE), a01.get(1).score("1.1"));
        assertEquals(2, a01.get(1).round());
        assertTrue(secretary.read(s -> s.history().verify()).intact());
    }

    @Test
    void fileExportedBeforeAReReviewIsRefusedForTheNewRoundWithBothTimes() {
        importScores(returned(), false);
        TestSessions.reReviewOrdered(secretary, ids.expert(2), ids.applicant(1));
        refused(returned(), false, "expert E2, applicant A01: the file's sheet was signed at 2026-11-20T01:30:00Z, "
                + "not after the sheet a re-review was ordered for (signed at 2026-11-20T01:30:00Z): it is the earlier "
                + "round's sheet, from a file exported before the re-review. Import the file the expert exports after "
                + "scoring again.");
    }

    @Test
    void fileOlderThanTheSheetStoredIsRefusedForThatSheetWithBothTimes() {
        importScores(returned(), false);
        TestSessions.reReviewOrdered(secretary, ids.expert(2), ids.applicant(1));
        importScores(signedLater(withLine(returned(), "1.1", e -> new IndicatorEntry("1.1", Optional.of(BigDecimal.ONE),
                "复评")), 7200), false);
        refused(signedLater(withLine(returned(), "1.1", e -> new IndicatorEntry("1.1", Optional.of(new BigDecimal("2")),
                "复评")), 3600), false, "expert E2, applicant A01: the file's sheet was signed at 2026-11-20T02:30:00Z, "
                + "before the sheet stored here (signed at 2026-11-20T03:30:00Z): the file is older than what is stored, "
                + "and is refused for that sheet.");
    }

    @Test
    void reReviewAnswerForAnApplicantWithoutAnOrderedReReviewIsRefused() {
        refused(returned(), true, "expert E2, applicant A01: the file is imported as answering a re-review, but no "
                + "re-review was ordered for this applicant. Order it first (with its reason), or import without "
                + "--re-review.");
    }

    /** The scores with the first sheet signed again, the given seconds later, and the file exported as much later. */
    private static ReturnedScores signedLater(ReturnedScores scores, long seconds) {
        List<ReturnedSheet> sheets = new ArrayList<>(scores.sheets());
        ReturnedSheet first = sheets.get(0);
        sheets.set(0, new ReturnedSheet(first.applicantCode(), first.entries(), first.opinion(),
                first.signedAt().plusSeconds(seconds)));
        return new ReturnedScores(scores.kitId(), scores.sessionName(), scores.sessionYear(), scores.expertCode(),
                scores.expertName(), scores.key(), scores.exportedAt().plusSeconds(Math.max(0, seconds)), sheets,
                scores.recusals(), scores.kitHistoryHead(), scores.historyHead(), scores.kitSha256());
    }

    /**
     * A tester's round 5 signed files with the expert's own key at times no laptop signed them: each
     * was imported, and a file stamped 2099 would make every later genuine one look older.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a sheet signed after its file was exported | 60       |                      | after the file itself was exported
            a file exported in 2099                    | 0        | 2099-01-01T00:00:00Z | more than a day after now
            """)
    void timesNoLaptopSignedAtAreRefused(String what, double signedShift, String exportedAt, String said) {
        ReturnedScores scores = returned();
        List<ReturnedSheet> sheets = new ArrayList<>(scores.sheets());
        ReturnedSheet first = sheets.get(0);
        Instant signed = signedShift > 0 ? scores.exportedAt().plusSeconds((long) signedShift)
                : first.signedAt().plusSeconds((long) signedShift);
        sheets.set(0, new ReturnedSheet(first.applicantCode(), first.entries(), first.opinion(), signed));
        ReturnedScores odd = new ReturnedScores(scores.kitId(), scores.sessionName(), scores.sessionYear(),
                scores.expertCode(), scores.expertName(), scores.key(),
                exportedAt == null ? scores.exportedAt() : Instant.parse(exportedAt), sheets, scores.recusals(),
                scores.kitHistoryHead(), scores.historyHead(), scores.kitSha256());
        StoreSnapshot before = StoreSnapshot.of(secretary);
        ValidationException e = assertThrows(ValidationException.class, () -> importScores(odd, false));
        assertTrue(e.getMessage(Locale.ENGLISH).contains(said), what + ": " + e.getMessage(Locale.ENGLISH));
        assertEquals(before, StoreSnapshot.of(secretary));
    }

    /** A tester's round 6: a recusal dated 2099 was imported with that time, where a sheet so dated is refused. */
    @Test
    void aRecusalDeclaredAfterItsFileWasExportedIsRefused() {
        ReturnedScores scores = returned();
        ReturnedScores odd = new ReturnedScores(scores.kitId(), scores.sessionName(), scores.sessionYear(),
                scores.expertCode(), scores.expertName(), scores.key(), scores.exportedAt(), scores.sheets(),
                List.of(new DeclaredRecusal("A03", "曾任顾问", Instant.parse("2099-01-01T00:00:00Z"))),
                scores.kitHistoryHead(), scores.historyHead(), scores.kitSha256());
        StoreSnapshot before = StoreSnapshot.of(secretary);
        ValidationException e = assertThrows(ValidationException.class, () -> importScores(odd, false));
        assertTrue(e.getMessage(Locale.ENGLISH).contains("the recusal from A03 was declared at 2099-01-01T00:00:00Z, after "
                + "the file itself was exported"), e.getMessage(Locale.ENGLISH));
        assertEquals(before, StoreSnapshot.of(secretary));
    }

    /** A tester's round 23: a reason of "……" took E5 off A06's panel through a score file, refused where typed. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"……", "。", "-"})
    void aRecusalWhoseReasonIsPunctuationAloneIsRefusedAsWhereItIsTyped(String reason) {
        ReturnedScores scores = returned();
        ReturnedScores odd = new ReturnedScores(scores.kitId(), scores.sessionName(), scores.sessionYear(),
                scores.expertCode(), scores.expertName(), scores.key(), scores.exportedAt(), scores.sheets(),
                List.of(new DeclaredRecusal("A03", reason, scores.exportedAt().minusSeconds(60))),
                scores.kitHistoryHead(), scores.historyHead(), scores.kitSha256());
        StoreSnapshot before = StoreSnapshot.of(secretary);
        ValidationException e = assertThrows(ValidationException.class, () -> importScores(odd, false));
        assertTrue(e.getMessage(Locale.ENGLISH).contains("the reason expert E2 gives for the conflict of interest with "
                + "applicant A03: \"" + reason + "\" states no reason"), e.getMessage(Locale.ENGLISH));
        assertEquals(before, StoreSnapshot.of(secretary));
    }

    @Test
    void importFillsTheDraftAReReviewOpened() {
        new ScoringService(secretary).openSheet(SECRETARY, ids.expert(2), ids.applicant(1));
        ImportOutcome outcome = importScores(returned(), false);
        assertEquals(List.of("A01", "A02"), outcome.imported());
        List<ScoreSheet> a01 = sheetsOf(2, 1);
        assertEquals(1, a01.size());
        assertEquals(SheetOrigin.IMPORTED, a01.get(0).origin());
        assertEquals(SheetStatus.SIGNED, a01.get(0).status());
        assertTrue(secretary.read(s -> s.history().forEntity(HistoryRepository.SHEET, String.valueOf(a01.get(0).id())))
                .stream().anyMatch(h -> h.field().equals("origin") && h.newValue().equals(Optional.of("IMPORTED"))));
    }

    /** A tester's round 5: a paper draft typed at the secretary's desk was replaced without a word. */
    @Test
    void aDraftTypedHereThatTheFileReplacesIsNamedAndAnEmptyOneIsNot() {
        ScoringService scoring = new ScoringService(secretary);
        long typed = scoring.openSheet(SECRETARY, ids.expert(2), ids.applicant(2)).id();
        scoring.commitScore(SECRETARY, typed, "1.1", "3");
        scoring.openSheet(SECRETARY, ids.expert(2), ids.applicant(1)); // opened, nothing typed
        ImportOutcome outcome = importScores(returned(), false);
        assertEquals(List.of("A01", "A02"), outcome.imported());
        assertEquals(List.of("A02"), outcome.draftsReplaced());
        assertEquals(0, new BigDecimal("70").compareTo(sheetsOf(2, 2).get(0).total()));
        assertTrue(secretary.read(s -> s.history().forEntity(HistoryRepository.SHEET, String.valueOf(typed))).stream()
                .anyMatch(h -> h.newValue().equals(Optional.of("3"))), "the draft's entry stays in the history");
    }

    @Test
    void recusalsComeWithTheFileOnceAndASheetForARecusedApplicantIsRefused() {
        ScoringService laptopScoring = new ScoringService(laptop);
        ExpertMode mode = OfflineDay.mode(laptop);
        laptopScoring.declareRecusal(Actor.expert("E2", "本人"), mode.expertId(), OfflineDay.applicant(laptop, "A03"),
                "近三年曾为该单位提供咨询");
        ImportOutcome first = importScores(returned(), false);
        assertEquals(List.of("A03"), first.recusals());
        assertTrue(secretary.read(s -> s.experts().recusals(ids.session())).stream()
                .anyMatch(r -> r.expertId() == ids.expert(2) && r.applicantId() == ids.applicant(3)));
        assertEquals(List.of("A03"), importScores(returned(), false).recusalsUnchanged());

        ReturnedScores scores = returned();
        ReturnedSheet first01 = scores.sheets().get(0);
        ReturnedScores sheetForA03 = new ReturnedScores(scores.kitId(), scores.sessionName(), scores.sessionYear(),
                "E2", scores.expertName(), scores.key(), scores.exportedAt(), List.of(new ReturnedSheet("A03",
                        first01.entries(), first01.opinion(), first01.signedAt())), List.of(), scores.kitHistoryHead(),
                scores.historyHead(), scores.kitSha256());
        refused(sheetForA03, false, "expert E2 declared a conflict of interest with applicant A03 and does not score it, "
                + "but the file holds a sheet for it.");
    }

    @Test
    void recusalAfterASignedSheetIsRefused() {
        TestSessions.signedSheet(secretary, ids.expert(2), ids.applicant(3), "60");
        new ScoringService(laptop).declareRecusal(Actor.expert("E2", "本人"), OfflineDay.mode(laptop).expertId(),
                OfflineDay.applicant(laptop, "A03"), "近三年曾为该单位提供咨询");
        refused(returned(), false, "expert E2 declares a conflict of interest with applicant A03, whose sheet by E2 is "
                + "already signed here: the secretary records the conflict found after signing first (score recuse "
                + "--after-signing, or the console's Progress tab, the signed cell, Conflict…), then imports the file again.");
    }

    @Test
    void importIntoAnExpertsDatabaseIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> new ScoreImport(laptop)
                .importScores(SECRETARY, returned(), false, Optional.empty(), "x"));
        assertTrue(e.getMessage(Locale.ENGLISH).endsWith("importing score files is the secretary's work, done in the "
                + "secretary's database."), e.getMessage(Locale.ENGLISH));
    }
}

package com.parkreview.app.persistence.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.app.review.Material;
import com.parkreview.app.review.MaterialItem;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.PrintedSheet;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.RankedApplicant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store ParkReview runs on does alike, through the use cases the window and the command
 * line call: a session comes back as written, scores and money stay exact, a refused change stores
 * nothing, the history is one chain that verifies, edits made outside ParkReview with plain SQL are
 * found, hostile text stays text, and writers at once keep one chain. Run on an H2 file
 * ({@link H2StoreContractTest}) and on a real PostgreSQL server ({@link PostgresStoreContractTest}).
 */
abstract class StoreContract {

    /** A new, empty store. */
    protected abstract StoreAccess open() throws Exception;

    /**
     * Runs plain SQL on the store's database as someone outside ParkReview would, and returns the
     * store to use afterwards (H2's file is locked while open: closed, edited, opened again).
     */
    protected abstract StoreAccess editOutside(StoreAccess store, String sql) throws Exception;

    protected abstract void close(StoreAccess store) throws Exception;

    protected StoreAccess store;
    private TestSessions.Ids ids;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
        ids = TestSessions.session(store, 3, 5);
    }

    @AfterEach
    void closeStore() throws Exception {
        close(store);
    }

    @Test
    void aSessionComesBackAsItWasWritten() {
        ReviewSession session = store.read(s -> s.sessions().find(ids.session())).orElseThrow();
        assertEquals("测试批次", session.name());
        assertEquals(Optional.of(Money.wan("3000")), session.budget());
        assertEquals(13, session.settings().rubric().indicators().size());
        List<Applicant> applicants = store.read(s -> s.applicants().list(ids.session()));
        assertEquals(List.of("A01", "A02", "A03"), applicants.stream().map(Applicant::code).toList());
        assertEquals(TestSessions.uscc(2), applicants.get(1).uscc());
    }

    @Test
    void scoresAndMoneyStayExactDecimals() {
        List<String> totals = List.of("85.5", "85.5", "86", "84.5", "85");
        for (int e = 1; e <= 5; e++) {
            TestSessions.signedSheet(store, ids.expert(e), ids.applicant(1), totals.get(e - 1));
        }
        RankedApplicant a01 = new MergeService(store).results(ids.session()).row("A01").orElseThrow();
        assertEquals("85.30", a01.result().panelScore().orElseThrow().toPlainString());
        assertEquals(Money.wan("1500"), a01.result().outcome().orElseThrow().amount());
        assertEquals("85.5", store.read(s -> s.sheets().current(ids.expert(1), ids.applicant(1))).orElseThrow()
                .total().toPlainString());
    }

    @Test
    void aRefusedChangeStoresNothing() {
        long entries = store.<Long>read(s -> s.history().count());
        SessionSetup setup = new SessionSetup(store);
        assertThrows(RuntimeException.class, () -> setup.addApplicant(TestSessions.SECRETARY, ids.session(),
                new NewApplicant("A01", "重复编号园区", TestSessions.uscc(9), Contact.NONE, Optional.empty(), Money.ZERO,
                        9, Optional.empty())));
        assertEquals(3, store.read(s -> s.applicants().list(ids.session())).size());
        assertEquals(entries, (long) store.<Long>read(s -> s.history().count()));
    }

    @Test
    void theHistoryIsOneChainThatVerifiesAfterADaysWork() {
        ScoringService scoring = new ScoringService(store);
        scoring.declareRecusal(TestSessions.SECRETARY, ids.expert(5), ids.applicant(2), "曾任该园区顾问");
        long sheet = TestSessions.signedSheet(store, ids.expert(1), ids.applicant(1), "80");
        new SessionSetup(store).recordMaterials(TestSessions.SECRETARY, ids.applicant(1),
                checklist(MaterialItem.received(Material.APPLICATION_FORM, "原件")));
        new MergeService(store).mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        ChainCheck check = store.read(s -> s.history().verify());
        assertTrue(check.intact(), check.breaks().toString());
        assertEquals((long) store.<Long>read(s -> s.history().count()), check.entries());
        List<HistoryEntry> sheetHistory = store.read(s -> s.history().forEntity("sheet", String.valueOf(sheet)));
        assertTrue(sheetHistory.stream().anyMatch(e -> e.action().equals("sign")), sheetHistory.toString());
    }

    @Test
    void aChecklistItemChangesInPlaceAndEachChangeIsInTheHistory() {
        SessionSetup setup = new SessionSetup(store);
        setup.recordMaterials(TestSessions.SECRETARY, ids.applicant(1),
                checklist(MaterialItem.received(Material.OTHER, "园区获奖证书")));
        setup.recordMaterials(TestSessions.SECRETARY, ids.applicant(1),
                checklist(new MaterialItem(Material.OTHER, false, "获奖证书未带")));
        assertEquals(Optional.of(new MaterialItem(Material.OTHER, false, "获奖证书未带")),
                setup.materials(ids.applicant(1)).item(Material.OTHER));
        long changes = store.read(s -> s.history().forEntity("applicant", String.valueOf(ids.applicant(1)))).stream()
                .filter(e -> e.field().equals("material:OTHER")).count();
        assertEquals(2, changes);
        assertTrue(store.read(s -> s.history().verify()).intact());
    }

    /** A whole checklist: every material received, but {@code item} as it says. */
    private static List<MaterialItem> checklist(MaterialItem item) {
        return Arrays.stream(Material.values())
                .map(m -> m == item.material() ? item : MaterialItem.received(m, "")).toList();
    }

    @Test
    void aScoreDeletedOutsideParkReviewIsFound() throws Exception {
        long sheet = TestSessions.signedSheet(store, ids.expert(1), ids.applicant(1), "80");
        store = editOutside(store, "DELETE FROM sheet_score WHERE sheet_id = " + sheet + " AND indicator_code = '1.1'");
        ChainCheck check = store.read(s -> s.history().verify());
        assertFalse(check.intact());
    }

    @Test
    void aSignedSheetMovedToAnotherExpertOutsideParkReviewIsFound() throws Exception {
        long sheet = TestSessions.signedSheet(store, ids.expert(1), ids.applicant(1), "80");
        store = editOutside(store, "UPDATE score_sheet SET expert_id = " + ids.expert(2) + " WHERE id = " + sheet);
        assertFalse(store.read(s -> s.history().verify()).intact());
    }

    @Test
    void aCounterSetBackOutsideParkReviewIsFound() throws Exception {
        store = editOutside(store, "ALTER TABLE applicant ALTER COLUMN id RESTART WITH 1");
        ChainCheck check = store.read(s -> s.history().verify());
        assertFalse(check.intact());
        assertTrue(check.breaks().get(0).what().in(Locale.ENGLISH).contains("applicant"),
                check.breaks().toString());
    }

    @Test
    void hostileTextIsKeptAsText() {
        String name = "O'Brien 园区'); DROP TABLE applicant; -- \\ %_ 𠀀";
        long id = new SessionSetup(store).addApplicant(TestSessions.SECRETARY, ids.session(), new NewApplicant("A09",
                name, TestSessions.uscc(9), Contact.NONE, Optional.empty(), Money.ZERO, 9, Optional.empty()));
        assertEquals(name, store.read(s -> s.applicants().find(id)).orElseThrow().name());
        assertEquals(4, store.read(s -> s.applicants().list(ids.session())).size());
        assertTrue(store.read(s -> s.history().verify()).intact());
    }

    @Test
    void aKitCountsAsHandedOutOnceItsFileIsSaidWritten() {
        OfflineKits kits = new OfflineKits(store);
        ExpertKit kit = kits.issue(TestSessions.SECRETARY, ids.session(), "E2");
        assertEquals(0, (int) store.<Integer>read(s -> s.kits().issuedIn(ids.session())), "an export killed here");
        assertEquals(List.of(kit.kitId()), store.read(s -> s.kits().unwrittenTo(ids.expert(2))));
        kits.recordWritten(TestSessions.SECRETARY, kit.kitId(), "0".repeat(64));
        assertEquals(1, (int) store.<Integer>read(s -> s.kits().issuedIn(ids.session())));
        assertEquals(1, (int) store.<Integer>read(s -> s.kits().issuedTo(ids.expert(2))));
        assertEquals(List.of(), store.read(s -> s.kits().unwrittenTo(ids.expert(2))));
    }

    @Test
    void aPrintedSheetsCodeIsKeptOnceAndFoundAgain() {
        PrintedSheet.New printed = new PrintedSheet.New("0123456789ab", PrintedSheet.Kind.RESULTS, ids.session(),
                Optional.empty(), Optional.empty(), 1, "评审结果汇总表\n…");
        assertTrue(store.<Boolean>write(TestSessions.SECRETARY, s -> s.printedSheets().record(printed)));
        assertFalse(store.<Boolean>write(TestSessions.SECRETARY, s -> s.printedSheets().record(printed)));
        PrintedSheet found = store.read(s -> s.printedSheets().find("0123456789ab")).orElseThrow();
        assertEquals("评审结果汇总表\n…", found.canonicalText());
        assertTrue(store.read(s -> s.history().verify()).intact());
    }

    /** Four experts' sheets typed and signed at the same moment, through one store. */
    @Test
    void writersAtOnceKeepOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> sheets = new ArrayList<>();
            for (int e = 1; e <= 4; e++) {
                long expert = ids.expert(e);
                sheets.add(pool.submit(() -> TestSessions.signedSheet(store, expert, ids.applicant(3), "75")));
            }
            for (Future<Long> sheet : sheets) {
                long id = sheet.get();
                assertEquals(SheetStatus.SIGNED, store.read(s -> s.sheets().find(id)).orElseThrow().status());
            }
        } finally {
            pool.shutdownNow();
        }
        ChainCheck check = store.read(s -> s.history().verify());
        assertTrue(check.intact(), check.breaks().toString());
    }
}

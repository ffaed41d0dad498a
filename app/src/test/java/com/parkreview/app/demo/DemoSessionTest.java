package com.parkreview.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Material;
import com.parkreview.app.review.MaterialItem;
import com.parkreview.app.review.MaterialsChecklist;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoredSession;
import com.parkreview.scoring.session.SessionResult;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSessionTest {

    @TempDir
    Path dir;

    private Database db;
    private long session;

    @BeforeEach
    void firstStart() {
        db = Database.open(DatabaseFile.of(dir.resolve("parkreview")), OpenOptions.creating());
        assertTrue(db.created());
        session = new DemoSession(db).create();
    }

    @Test
    void hasSixApplicantsWithValidCreditCodesAndFiveExperts() {
        List<Applicant> applicants = db.read(s -> s.applicants().list(session));
        assertEquals(6, applicants.size());
        assertTrue(applicants.stream().allMatch(a -> UnifiedSocialCreditCode.isValid(a.uscc().value())));
        assertTrue(applicants.stream().allMatch(a -> a.name().endsWith("有限公司")));
        assertEquals(5, db.read(s -> s.experts().list(session)).size());
        assertEquals(1, db.read(s -> s.experts().list(session)).stream().filter(e -> e.groupLeader()).count());
        assertEquals(SessionStatus.SCORING, db.read(s -> s.sessions().find(session)).orElseThrow().status());
    }

    @Test
    void everyApplicantPassedPreReviewWithItsRequiredMaterialsAndA05HoldsNoQualification() {
        for (Applicant applicant : db.read(s -> s.applicants().list(session))) {
            MaterialsChecklist checklist = db.read(s -> s.materials().forApplicant(applicant.id()));
            assertEquals(Material.values().length, checklist.items().size(), applicant.code());
            assertEquals(List.of(), checklist.missingRequired(), applicant.code());
            assertTrue(applicant.preReview().passed(), applicant.code());
        }
        long a05 = db.read(s -> s.applicants().findByCode(session, "A05")).orElseThrow().id();
        assertEquals(MaterialItem.missing(Material.QUALIFICATION, "暂无相关资质"),
                db.read(s -> s.materials().forApplicant(a05)).item(Material.QUALIFICATION).orElseThrow());
    }

    @Test
    void mixesSignedDraftAndRecusedSheets() {
        StoredSession stored = db.read(s -> StoredSession.load(s, session));
        Map<SheetStatus, Long> byStatus = stored.sheets().stream()
                .collect(Collectors.groupingBy(ScoreSheet::status, Collectors.counting()));
        assertEquals(24L, byStatus.get(SheetStatus.SIGNED));
        assertEquals(3L, byStatus.get(SheetStatus.DRAFT));
        assertEquals(1, stored.recusals().size());
        assertTrue(stored.sheets().stream().anyMatch(s -> s.status() == SheetStatus.DRAFT && !s.complete()));
    }

    @Test
    void oneOutlierIsFlaggedAndTheResultsAreTheExamples() {
        SessionResult result = new MergeService(db).results(session);
        assertEquals("85.30", result.row("A01").orElseThrow().result().panelScore().orElseThrow().toPlainString());
        assertTrue(result.row("A03").orElseThrow().flagCodes().contains("expert_outlier:E5"));
        assertTrue(result.row("A04").orElseThrow().periodExceeded());
        assertEquals(false, result.row("A06").orElseThrow().result().complete());
        Applicant a03 = db.read(s -> s.applicants().findByCode(session, "A03")).orElseThrow();
        assertTrue(new MergeService(db).openFlags(a03.id()).stream()
                .anyMatch(f -> f.flagCode().equals("expert_outlier:E5")));
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    @Test
    void secondStartFindsTheSameSessionAndCreatesNothing() {
        db.closeWithBackup();
        try (Database again = Database.open(DatabaseFile.of(dir.resolve("parkreview")), OpenOptions.creating())) {
            assertEquals(false, again.created());
            List<SessionSummary> sessions = again.read(s -> s.sessions().list());
            assertEquals(1, sessions.size());
            assertEquals(DemoSession.NAME, sessions.get(0).name());
            assertEquals(24, sessions.get(0).signedSheets());
        }
    }
}

package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An expert's laptop copy of a session: opened from a kit, only the expert's own work allowed. */
class ExpertModeTest {

    @TempDir
    Path dir;

    private Database secretary;
    private TestSessions.Ids ids;
    private ExpertKit kit;
    private Database laptop;
    private ExpertMode mode;

    @BeforeEach
    void setUp() {
        secretary = TestSessions.freshDatabase(dir, "secretary");
        ids = TestSessions.session(secretary, 3, 5);
        new ScoringService(secretary).declareRecusal(TestSessions.expert(2), ids.expert(2), ids.applicant(3), "曾任顾问");
        kit = OfflineDay.kit(secretary, ids.session(), 2);
        laptop = OfflineDay.laptop(dir, kit);
        mode = OfflineDay.mode(laptop);
    }

    @AfterEach
    void tearDown() {
        laptop.close();
        secretary.close();
    }

    @Test
    void kitCarriesTheSessionThePanelApplicantsInDefenseOrderAndTheExpertsRecusals() {
        assertEquals("E2", kit.expertCode());
        assertEquals(List.of("A01", "A02", "A03"), kit.applicants().stream().map(NewApplicant::code).toList());
        assertEquals(List.of("E1", "E2", "E3", "E4", "E5"), kit.panel().stream().map(NewExpert::code).toList());
        assertEquals(List.of("A03"), kit.recusals().stream().map(DeclaredRecusal::applicantCode).toList());
        assertEquals(Optional.empty(), kit.session().budget());
        assertEquals(ProgrammeSettings.SHIJINGSHAN, kit.programme());
        IssuedKit issued = secretary.read(s -> s.kits().find(kit.kitId())).orElseThrow();
        assertEquals(ids.session(), issued.sessionId());
        assertEquals(ids.expert(2), issued.expertId());
    }

    @Test
    void openedKitHoldsTheSessionTheExpertsKeyAndItsFingerprint() {
        StoredSession stored = laptop.read(s -> StoredSession.load(s, mode.sessionId()));
        assertEquals("测试批次", stored.session().name());
        assertEquals(SessionStatus.SCORING, stored.session().status());
        assertEquals(3, stored.panelApplicants().size());
        assertEquals(TestSessions.uscc(2), stored.applicantByCode("A02").orElseThrow().uscc());
        Expert self = laptop.read(s -> s.experts().find(mode.expertId())).orElseThrow();
        assertEquals("E2", self.code());
        assertEquals(Optional.of(mode.fingerprint()), self.keyFingerprint());
        assertTrue(mode.fingerprint().matches("[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}"), mode.fingerprint());
        assertTrue(stored.recused(mode.expertId(), stored.applicantByCode("A03").orElseThrow().id()));
        assertTrue(laptop.read(s -> s.history().verify()).intact());
    }

    @Test
    void privateKeyStaysOutOfTheHistory() {
        String privateKey = laptop.read(s -> s.expertMode().privateKey()).orElseThrow();
        List<HistoryEntry> history = laptop.read(s -> s.history().latest(10_000));
        assertFalse(history.stream().anyMatch(h -> h.newValue().orElse("").contains(privateKey)
                || h.oldValue().orElse("").contains(privateKey)));
        assertTrue(history.stream().anyMatch(h -> h.entity().equals("expert_mode")
                && h.newValue().orElse("").contains(mode.fingerprint())));
    }

    @Test
    void openingTheSameKitAgainKeepsTheKeyAndAnotherKitIsRefused() {
        ExpertMode again = new OfflineKits(laptop).open(Actor.commandLine(), kit, () -> {
            throw new AssertionError("no new key for a kit already open");
        });
        assertEquals(mode, again);
        ExpertKit other = OfflineDay.kit(secretary, ids.session(), 3);
        long history = laptop.read(s -> s.history().count());
        ValidationException e = assertThrows(ValidationException.class,
                () -> new OfflineKits(laptop).open(Actor.commandLine(), other, Ed25519::newKeyPair));
        assertTrue(e.getMessage(Locale.ENGLISH).startsWith("This database already holds expert E2's kit"),
                e.getMessage(Locale.ENGLISH));
        assertEquals(history, (long) laptop.read(s -> s.history().count()));
    }

    @Test
    void kitIsNotOpenedIntoADatabaseThatHoldsSessions() {
        long history = secretary.read(s -> s.history().count());
        ValidationException e = assertThrows(ValidationException.class,
                () -> new OfflineKits(secretary).open(Actor.commandLine(), kit, Ed25519::newKeyPair));
        assertTrue(e.getMessage(Locale.ENGLISH).startsWith("This database already holds sessions"));
        assertEquals(history, (long) secretary.read(s -> s.history().count()));
        assertEquals(Optional.empty(), secretary.read(s -> s.expertMode().current()));
    }

    @Test
    void expertScoresAndSignsOwnSheets() {
        long sheet = OfflineDay.signed(laptop, "A01", "80");
        assertEquals(SheetStatus.SIGNED, laptop.read(s -> s.sheets().find(sheet)).orElseThrow().status());
        ScoringService scoring = new ScoringService(laptop);
        scoring.reopen(Actor.expert("E2", "本人"), sheet, "复核 1.1");
        scoring.commitScore(Actor.expert("E2", "本人"), sheet, "1.1", "4");
    }

    @Test
    void anotherExpertsSheetIsRefused() {
        long other = laptop.read(s -> s.experts().findByCode(mode.sessionId(), "E4")).orElseThrow().id();
        long applicant = OfflineDay.applicant(laptop, "A01");
        ScoringService scoring = new ScoringService(laptop);
        ValidationException e = assertThrows(ValidationException.class,
                () -> scoring.openSheet(Actor.expert("E4", "他人"), other, applicant));
        assertEquals("This database is expert E2's own copy of the session (opened from a kit): only E2's sheets "
                + "are scored here, not expert E4's.", e.getMessage(Locale.ENGLISH));
        assertThrows(ValidationException.class, () -> scoring.declareRecusal(Actor.commandLine(), other, applicant, "x"));
        assertThrows(ValidationException.class, () -> scoring.confirmPledge(Actor.commandLine(), other));
        assertEquals(List.of(), laptop.read(s -> s.sheets().forSession(mode.sessionId())));
    }

    @ParameterizedTest(name = "{0} is refused in expert mode")
    @CsvSource(textBlock = """
            createSession,  creating a session
            addApplicant,   adding an applicant
            addExpert,      adding an expert
            preReview,      recording a pre-review (初审)
            materials,      recording the pre-review materials checklist
            sessionStatus,  changing the session's status
            jointOpinion,   writing the panel's joint opinion
            recordFlags,    merging and recording deviation flags
            issueKit,       exporting an expert kit
            paperSheet,     entering a sheet from paper
            """)
    void secretarysWorkIsRefusedInExpertMode(String action, String words) {
        long history = laptop.read(s -> s.history().count());
        long session = mode.sessionId();
        long applicant = OfflineDay.applicant(laptop, "A01");
        SessionSetup setup = new SessionSetup(laptop);
        Runnable work = switch (action) {
            case "createSession" -> () -> setup.createSession(TestSessions.SECRETARY,
                    new SessionDetails("另一批次", 2026, Optional.empty(), "", Optional.empty(), null),
                    ProgrammeSettings.SHIJINGSHAN);
            case "addApplicant" -> () -> setup.addApplicant(TestSessions.SECRETARY, session, new NewApplicant("A09",
                    "新单位", TestSessions.uscc(9), null, Optional.empty(), null, 9, Optional.empty()));
            case "addExpert" -> () -> setup.addExpert(TestSessions.SECRETARY, session,
                    new NewExpert("E9", "新专家", "", ExpertRole.FINANCE, false));
            case "preReview" -> () -> setup.setPreReview(TestSessions.SECRETARY, applicant, PreReview.PASSED);
            case "materials" -> () -> setup.recordMaterials(TestSessions.SECRETARY, applicant,
                    MaterialsTest.checklist(Set.of()));
            case "sessionStatus" -> () -> setup.setStatus(TestSessions.SECRETARY, session, SessionStatus.MERGED);
            case "jointOpinion" -> () -> setup.setJointOpinion(TestSessions.SECRETARY, applicant, "同意");
            case "recordFlags" -> () -> new MergeService(laptop).mergeAndRecordFlags(TestSessions.SECRETARY, session);
            case "issueKit" -> () -> new OfflineKits(laptop).issue(TestSessions.SECRETARY, session, "E2");
            case "paperSheet" -> () -> new PaperEntry(laptop).openPaperSheet(TestSessions.SECRETARY, mode.expertId(),
                    applicant);
            default -> throw new IllegalArgumentException(action);
        };
        ValidationException e = assertThrows(ValidationException.class, work::run);
        assertEquals("This database is expert E2's own copy of the session (opened from a kit): " + words
                + " is the secretary's work, done in the secretary's database.", e.getMessage(Locale.ENGLISH));
        assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).startsWith("本数据库是专家 E2 的评审副本"));
        assertEquals(history, (long) laptop.read(s -> s.history().count()));
    }
}

package com.parkreview.app.ui.console;

import static com.parkreview.app.testing.TestSessions.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.results.MergeResults;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.setup.CloseSession;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session › Close session…: the refusal shown instead of the question, the question, the closing. */
class CloseSessionViewModelTest {

    /** A session of one applicant whose three experts signed: merged or not, as each case needs. */
    private Database db;
    private TestSessions.Ids ids;

    @TempDir
    Path dir;

    @BeforeEach
    void threeSheetsSigned() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 1, 3);
        for (int e = 1; e <= 3; e++) {
            TestSessions.signedSheet(db, ids.expert(e), ids.applicant(1), "85");
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private CloseSessionViewModel model() {
        return new CloseSessionViewModel(new CloseSession(db), db.read(s -> s.sessions().find(ids.session())).orElseThrow());
    }

    @Test
    void beforeTheMergeTheMenuSaysWhyItCannotClose() {
        // the window's way, without the session number it never shows (round 17: merge --record in the window)
        assertEquals(Optional.of("评审批次“测试批次”不能结束：尚未汇总。请先点“汇总”，再结束。"), model().refusal());
        assertThrows(ValidationException.class, () -> model().close("赵秘书"));
        assertEquals(SessionStatus.SCORING, db.read(s -> s.sessions().find(ids.session())).orElseThrow().status());
    }

    @Test
    void mergedItAsksNamingTheSessionAndClosesInTheSecretarysName() {
        new MergeResults(db, new MergeService(db)).merge(SECRETARY, ids.session());
        CloseSessionViewModel model = model();
        assertEquals(Optional.empty(), model.refusal());
        assertTrue(model.question().contains("尚未录入组长意见（专家组综合意见）") // named first (round 8)
                && model.question().contains("\n\n结束评审批次“测试批次”？"), model.question());

        assertEquals("秘书 赵秘书", model.close("赵秘书").closedBy());

        assertEquals(SessionStatus.DECIDED, db.read(s -> s.sessions().find(ids.session())).orElseThrow().status());
        assertEquals(Optional.of("评审批次“测试批次”已经结束。"), model().refusal());
    }
}

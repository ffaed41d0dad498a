package com.parkreview.app.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.applicants.ApplicantListViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@InLocale("zh")
class SignInViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;
    private SignInViewModel signIn;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 3, 5);
        signIn = new SignInViewModel(db, new ScoringService(db));
        signIn.chooseSession(ids.session());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void needsTheExpertAndThePledge() {
        assertEquals(5, signIn.experts().size());
        assertFalse(signIn.canSignInProperty().get());
        signIn.expertProperty().set(signIn.experts().get(2));
        assertFalse(signIn.canSignInProperty().get());
        signIn.pledgedProperty().set(true);
        assertTrue(signIn.canSignInProperty().get());
    }

    @Test
    void declaredConflictNeedsAReasonAndTakesTheApplicantOffTheList() {
        Expert e3 = signIn.experts().get(2);
        signIn.expertProperty().set(e3);
        signIn.pledgedProperty().set(true);
        SignInViewModel.ConflictRow a02 = signIn.conflicts().get(1);
        assertEquals("", signIn.reasonsMissingProperty().get());
        a02.declaredProperty().set(true);
        assertFalse(signIn.canSignInProperty().get());
        // said, where the button was only greyed (round 21 F17)
        assertEquals("请先填写所勾选回避的原因，再签到：A02。", signIn.reasonsMissingProperty().get());
        a02.reasonProperty().set("曾任该单位独立董事");
        assertTrue(signIn.canSignInProperty().get());
        assertEquals("", signIn.reasonsMissingProperty().get());

        SignInViewModel.SignedIn who = signIn.signIn();
        assertEquals(e3.id(), who.expert().id());
        assertTrue(db.read(s -> s.experts().find(e3.id())).orElseThrow().pledgeConfirmedAt().isPresent());
        ApplicantListViewModel list = new ApplicantListViewModel(db, ids.session(), e3.id());
        assertEquals(ApplicantListViewModel.SheetProgress.RECUSED, list.rows().get(1).progress());
        assertFalse(list.rows().get(1).openable());
        assertEquals(ApplicantListViewModel.SheetProgress.NOT_STARTED, list.rows().get(0).progress());
    }

    @Test
    void aConflictDeclaredEarlierIsShownAsDeclaredAndThePledgeRemembered() {
        Expert e1 = signIn.experts().get(0);
        signIn.expertProperty().set(e1);
        assertFalse(signIn.pledgedBeforeProperty().get(), "a first sign-in confirms the pledge itself");
        signIn.pledgedProperty().set(true);
        signIn.conflicts().get(0).declaredProperty().set(true);
        signIn.conflicts().get(0).reasonProperty().set("亲属在该单位任职");
        signIn.signIn();

        SignInViewModel again = new SignInViewModel(db, new ScoringService(db));
        again.chooseSession(ids.session());
        again.expertProperty().set(again.experts().get(0));
        assertTrue(again.pledgedProperty().get());
        // confirmed before, and kept: round 24 unticked the box with the click meant to tick it
        assertTrue(again.pledgedBeforeProperty().get());
        assertTrue(again.conflicts().get(0).alreadyDeclared());
        assertEquals("亲属在该单位任职", again.conflicts().get(0).reasonProperty().get());
        assertTrue(again.canSignInProperty().get());
        again.signIn(); // not declared twice
        assertEquals(1, db.read(s -> s.experts().recusals(ids.session())).size());
    }
}

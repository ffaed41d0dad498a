package com.parkreview.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two secretaries correct the same record (two windows, or two machines on the server): the one
 * who saves second, from the record as it was before the first saved, is refused, told what the
 * other changed, who and when; nothing of theirs is saved and the first change stands. A change
 * to something the correction does not write does not stand in its way.
 */
class ChangedMeanwhileTest {

    private static final Actor WANG = Actor.secretary("王秘书");
    private static final Actor LI = Actor.secretary("李秘书");

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 3, 5);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anApplicantRenamedByAnotherSecretaryIsNotOverwrittenByALaterCorrectionOfItsPhone() {
        Applicant opened = applicant(2); // both open the applicant's form
        new EditApplicant(db).edit(LI, opened, with(opened, "更名后的运营公司", opened.contact()), null);
        long entries = entries();

        String refused = refused(() -> new EditApplicant(db).edit(WANG, opened,
                with(opened, opened.name(), new Contact(opened.contact().person(), "010-12345678")), null));

        assertTrue(refused.startsWith("Applicant A02 更名后的运营公司 was changed by 秘书 李秘书 at "), refused);
        assertTrue(refused.contains("after you began this correction (the name). Nothing of yours was saved"), refused);
        assertEquals("更名后的运营公司", applicant(2).name(), "the first change stands");
        assertEquals(opened.contact(), applicant(2).contact(), "nothing of the second was saved");
        assertEquals(entries, entries(), "nothing written");
        assertTrue(refusedIn(Locale.SIMPLIFIED_CHINESE, () -> new EditApplicant(db).edit(WANG, opened, opened(opened), null))
                .startsWith("申报单位 A02 更名后的运营公司在您开始这次更正之后，已由秘书 李秘书于"));
    }

    @Test
    void theSessionsTermsChangedMeanwhileAreNamedAndKept() {
        ReviewSession opened = db.read(s -> s.sessions().find(ids.session())).orElseThrow();
        new EditSession(db).edit(LI, opened, opened.details(),
                opened.settings().withAnnualCap(Money.wan("1000")), null);

        SessionDetails moved = new SessionDetails(opened.details().name(), opened.details().year(),
                opened.details().date(), "二层会议室", opened.details().budget(), opened.details().timing(),
                opened.details().secretary());
        String refused = refused(() -> new EditSession(db).edit(WANG, opened, moved, opened.settings(), null));

        assertTrue(refused.contains("(the programme terms (cap, rule, thresholds))"), refused);
        ReviewSession now = db.read(s -> s.sessions().find(ids.session())).orElseThrow();
        assertEquals(Money.wan("1000"), now.settings().annualCap(), "the other secretary's cap stands");
        assertEquals(opened.details().venue(), now.details().venue(), "the venue was not saved");
    }

    @Test
    void anExpertsRoleChangedMeanwhileIsNamed() {
        Expert opened = db.read(s -> s.experts().find(ids.expert(3))).orElseThrow();
        new EditExpert(db).edit(LI, opened, new NewExpert(opened.code(), opened.name(), opened.organisation(),
                ExpertRole.FINANCE, opened.groupLeader()), null);

        String refused = refused(() -> new EditExpert(db).edit(WANG, opened, new NewExpert(opened.code(), "改名",
                opened.organisation(), opened.role(), opened.groupLeader()), null));

        assertTrue(refused.contains("(the role)"), refused);
        assertEquals(opened.name(), db.read(s -> s.experts().find(ids.expert(3))).orElseThrow().name());
    }

    @Test
    void aChangeToWhatTheCorrectionDoesNotWriteDoesNotStandInItsWay() {
        Applicant opened = applicant(1);
        db.write(LI, s -> {
            s.applicants().setJointOpinion(opened.id(), "专家组一致同意");
            return null;
        });

        new EditApplicant(db).edit(WANG, opened, with(opened, "更正后的名称", opened.contact()), null);

        assertEquals("更正后的名称", applicant(1).name());
        assertEquals("专家组一致同意", applicant(1).jointOpinion(), "the other change kept too");
    }

    private Applicant applicant(int i) {
        return db.read(s -> s.applicants().find(ids.applicant(i))).orElseThrow();
    }

    private long entries() {
        return db.read(s -> s.history().verify()).entries();
    }

    private static NewApplicant opened(Applicant a) {
        return with(a, a.name(), a.contact());
    }

    private static NewApplicant with(Applicant a, String name, Contact contact) {
        return new NewApplicant(a.code(), name, a.uscc(), contact, a.appliedFor(), a.receivedThisYear(),
                a.defenseOrder(), a.slotStart());
    }

    private static String refused(Executable correction) {
        return refusedIn(Locale.ENGLISH, correction);
    }

    private static String refusedIn(Locale locale, Executable correction) {
        return assertThrows(ValidationException.class, correction).getMessage(locale);
    }
}

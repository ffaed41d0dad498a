package com.parkreview.app.testing;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.IndicatorEntry;
import com.parkreview.app.review.SheetOrigin;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Databases and sessions for tests: a fresh file per test, real migrations, the real services. */
public final class TestSessions {

    public static final Actor SECRETARY = Actor.secretary("测试秘书");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestSessions() {
    }

    public static Database freshDatabase(Path dir) {
        return BlankDatabase.at(dir.resolve("test"), CLOCK);
    }

    /** A fresh database of its own name in the folder, for tests with several (a secretary's, the experts'). */
    public static Database freshDatabase(Path dir, String name) {
        return BlankDatabase.at(dir.resolve(name), CLOCK);
    }

    public static Database reopen(Path dir) {
        return Database.open(DatabaseFile.of(dir.resolve("test")), OpenOptions.existing().withClock(CLOCK));
    }

    /** A valid 统一社会信用代码 made from a number. */
    public static UnifiedSocialCreditCode uscc(int n) {
        String first17 = String.format("91110107MA%07d", n);
        return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
    }

    /** The ids of a session set up with its applicants and experts, every applicant past pre-review. */
    public record Ids(long session, List<Long> applicants, List<Long> experts) {
        public long applicant(int i) {
            return applicants.get(i - 1);
        }

        public long expert(int i) {
            return experts.get(i - 1);
        }
    }

    public static Ids session(StoreAccess db, int applicants, int experts) {
        return session(db, applicants, experts, ProgrammeSettings.SHIJINGSHAN);
    }

    public static Ids session(StoreAccess db, int applicants, int experts, ProgrammeSettings settings) {
        SessionSetup setup = new SessionSetup(db);
        long session = setup.createSession(SECRETARY, new SessionDetails("测试批次", 2026, Optional.empty(), "会议室",
                Optional.of(Money.wan("3000")), null), settings);
        List<Long> a = new ArrayList<>();
        for (int i = 1; i <= applicants; i++) {
            long id = setup.addApplicant(SECRETARY, session, new NewApplicant(String.format("A%02d", i),
                    "测试园区运营有限公司" + i, uscc(i), Contact.NONE, Optional.empty(), Money.ZERO, i, Optional.empty()));
            setup.setPreReview(SECRETARY, id, PreReview.PASSED);
            a.add(id);
        }
        List<Long> e = new ArrayList<>();
        for (int i = 1; i <= experts; i++) {
            e.add(setup.addExpert(SECRETARY, session, new NewExpert("E" + i, "专家" + i, "单位" + i,
                    i <= 3 ? ExpertRole.INDUSTRY : ExpertRole.FINANCE, i == 1)));
        }
        setup.setStatus(SECRETARY, session, SessionStatus.SCORING);
        return new Ids(session, a, e);
    }

    /**
     * What ordering a re-review leaves (MergeService.orderReReview, which needs a deviation flag):
     * the expert's signed sheet superseded with the reason, and a draft in the next round.
     */
    public static void reReviewOrdered(StoreAccess db, long expert, long applicant) {
        ScoreSheet signed = db.read(s -> s.sheets().current(expert, applicant)).orElseThrow();
        db.write(SECRETARY, s -> {
            s.sheets().setStatus(signed.id(), SheetStatus.SUPERSEDED, signed.signedAt(), "复评：明显偏差");
            s.sheets().create(expert, applicant, signed.round() + 1, SheetOrigin.TYPED,
                    signed.entries().stream().map(IndicatorEntry::code).toList(), CLOCK.instant());
            return null;
        });
    }

    public static Actor expert(int i) {
        return Actor.expert("E" + i, "专家" + i);
    }

    /**
     * Scores a sheet to the given total (indicators filled in order, each up to its maximum),
     * writes an opinion and signs it. Returns the sheet id.
     */
    public static long signedSheet(StoreAccess db, long expert, long applicant, String total) {
        return signedSheet(db, Actor.secretary("录入"), expert, applicant, total);
    }

    /** {@link #signedSheet(StoreAccess, long, long, String)} typed by the given actor. */
    public static long signedSheet(StoreAccess db, Actor actor, long expert, long applicant, String total) {
        ScoringService scoring = new ScoringService(db);
        long sheet = scoring.openSheet(actor, expert, applicant).id();
        BigDecimal remaining = new BigDecimal(total);
        ProgrammeSettings settings = db.read(s -> s.sessions().find(s.applicants().find(applicant).orElseThrow()
                .sessionId()).orElseThrow().settings());
        for (Indicator indicator : settings.rubric().indicators()) {
            BigDecimal score = remaining.min(indicator.max());
            remaining = remaining.subtract(score);
            scoring.commitScore(actor, sheet, indicator.code(), score.toPlainString());
        }
        scoring.setOpinion(actor, sheet, "同意。");
        scoring.sign(actor, sheet);
        return sheet;
    }
}

package com.parkreview.app.bench;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.rubric.Indicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/** Sessions for benchmarks: every sheet typed and signed through the real services, with random scores. */
final class BenchSessions {

    private BenchSessions() {
    }

    /** Each expert scores each applicant (random half steps, a seeded generator) and signs. */
    static void scoreEverySheet(Database db, TestSessions.Ids ids, int experts, long seed) {
        ScoringService scoring = new ScoringService(db);
        List<Indicator> indicators = db.read(s -> s.sessions().find(ids.session())).orElseThrow()
                .settings().rubric().indicators();
        Random random = new Random(seed);
        for (long applicant : ids.applicants()) {
            for (int e = 1; e <= experts; e++) {
                long sheet = scoring.openSheet(TestSessions.expert(e), ids.expert(e), applicant).id();
                for (Indicator indicator : indicators) {
                    int halfSteps = random.nextInt(indicator.max().intValue() * 2 + 1);
                    scoring.commitScore(TestSessions.expert(e), sheet, indicator.code(),
                            BigDecimal.valueOf(halfSteps).divide(BigDecimal.valueOf(2)).toPlainString());
                }
                scoring.setOpinion(TestSessions.expert(e), sheet, "同意。");
                scoring.sign(TestSessions.expert(e), sheet);
            }
        }
    }
}

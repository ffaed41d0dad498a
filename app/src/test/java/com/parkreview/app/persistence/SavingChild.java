package com.parkreview.app.persistence;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.scoring.rubric.Indicator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link KilledWhileSavingIT}: saves score after score through the real
 * services and appends {@code k} to the acknowledgement file only once the k-th commit has
 * returned. One unbuffered write per line: a killed process loses no line it wrote, which a
 * pipe read by the parent cannot promise.
 */
public final class SavingChild {

    private SavingChild() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Database db = Database.open(DatabaseFile.of(Path.of(args[0])), OpenOptions.existing());
        List<ScoreSheet> sheets = db.read(s -> s.sheets().forSession(Long.parseLong(args[1])));
        List<Indicator> indicators = db.read(s -> s.sessions().find(Long.parseLong(args[1]))).orElseThrow()
                .settings().rubric().indicators();
        ScoringService scoring = new ScoringService(db);
        Actor actor = Actor.expert("E1", "测试");
        try (java.io.FileOutputStream acks = new java.io.FileOutputStream(args[2], true)) {
            System.out.println("READY");
            System.out.flush();
            for (int k = 0; k < sheets.size() * indicators.size(); k++) {
                ScoreSheet sheet = sheets.get(k / indicators.size());
                Indicator indicator = indicators.get(k % indicators.size());
                scoring.commitScore(actor, sheet.id(), indicator.code(), expected(k, indicator).toPlainString());
                acks.write((k + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        System.out.println("DONE");
        db.close();
    }

    /** The k-th score: some value from 0 to the indicator's maximum on the 0.5 step. */
    static BigDecimal expected(int k, Indicator indicator) {
        int steps = indicator.max().intValue() * 2 + 1;
        return BigDecimal.valueOf((k * 7L + 3) % steps).divide(BigDecimal.valueOf(2));
    }
}

package com.parkreview.app.sheets;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.FilledSheet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demonstration session in a fresh database (at {@link TestSessions#CLOCK}), its sheets made
 * for output, and changes made to it afterwards the way users make them — or outside ParkReview.
 */
public final class PrintedDemo implements AutoCloseable {

    static final ReportService REPORTS = new ReportService();
    static final Actor PRINTER = Actor.secretary("打印者");
    static final List<String> INDICATORS = List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2",
            "5.1", "5.2", "5.3");

    private final Path dir;
    private final long session;
    private Database db;

    public PrintedDemo(Path dir) {
        this.dir = dir;
        this.db = TestSessions.freshDatabase(dir);
        this.session = new DemoSession(db).create();
    }

    public Database db() {
        return db;
    }

    long session() {
        return session;
    }

    /** Sheets made for output from the given database by the actor, their codes recorded there if it can be written. */
    Printout make(Database on, Actor actor, SheetRequest.Kind kind, String applicant, String expert) {
        StoredSheets stored = on.read(s -> StoredSheets.load(s, session, LocalDate.now(on.clock())));
        return new SheetMaker(REPORTS, on, actor).make(stored,
                new SheetRequest(kind, Optional.ofNullable(applicant), Optional.ofNullable(expert)));
    }

    /** The session's whole pack (every sheet of the day), printed by {@link #PRINTER}. */
    public List<FilledSheet> pack() {
        return make(db, PRINTER, SheetRequest.Kind.PACK, null, null).sheets();
    }

    /** The first (or only) sheet of a request, printed by {@link #PRINTER}. */
    public FilledSheet print(SheetRequest.Kind kind, String applicant, String expert) {
        return make(db, PRINTER, kind, applicant, expert).sheets().get(0);
    }

    long applicant(String code) {
        return db.read(s -> s.applicants().findByCode(session, code)).orElseThrow().id();
    }

    long expert(String code) {
        return db.read(s -> s.experts().findByCode(session, code)).orElseThrow().id();
    }

    ScoreSheet current(String expert, String applicant) {
        return db.read(s -> s.sheets().current(expert(expert), applicant(applicant))).orElseThrow();
    }

    /** The expert re-opens the signed sheet with a reason, corrects one score and signs again. */
    public void correctScore(String expert, String applicant, String indicator, String score) {
        Actor actor = Actor.expert(expert, "本人");
        ScoringService scoring = new ScoringService(db);
        long sheet = current(expert, applicant).id();
        scoring.reopen(actor, sheet, "更正指标 " + indicator);
        scoring.commitScore(actor, sheet, indicator, score);
        scoring.sign(actor, sheet);
    }

    /** The secretary orders E5's re-review of A03 (its outlier flag); E5 scores round 2 and signs. */
    void reReviewE5OnA03(String scores) {
        long a03 = applicant("A03");
        FlagRecord flag = new MergeService(db).openFlags(a03).stream()
                .filter(f -> f.flagCode().equals("expert_outlier:E5")).findFirst().orElseThrow();
        new MergeService(db).orderReReview(TestSessions.SECRETARY, flag.id(), Optional.of(expert("E5")),
                "E5 总分明显偏低，请复评");
        Actor e5 = Actor.expert("E5", "陈磊");
        ScoringService scoring = new ScoringService(db);
        long sheet = current("E5", "A03").id();
        String[] values = scores.split(" ");
        for (int i = 0; i < INDICATORS.size(); i++) {
            scoring.commitScore(e5, sheet, INDICATORS.get(i), values[i]);
        }
        scoring.setOpinion(e5, sheet, "复评后认为该单位运营管理基本符合支持方向。");
        scoring.sign(e5, sheet);
    }

    /** Closes the database, changes the file with plain SQL as someone outside ParkReview could, reopens it. */
    void outside(String sql) throws SQLException {
        db.close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test"), "parkreview", "");
                Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
        db = TestSessions.reopen(dir);
    }

    /** Runs something on the closed file (opened some other way), then reopens it. */
    void whileClosed(Runnable work) {
        db.close();
        try {
            work.run();
        } finally {
            db = TestSessions.reopen(dir);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}

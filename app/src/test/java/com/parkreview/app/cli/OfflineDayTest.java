package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.csv.ApplicantsCsv;
import com.parkreview.app.exchange.csv.ScoresCsv;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.ServerAddress;
import com.parkreview.app.persistence.ServerDatabase;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.DefenseTiming;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.PostgresServer;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offline day from end to end, through the commands: the secretary exports five kits; five
 * experts open them into databases of their own, score the README's example session, sign and
 * export; the secretary imports the five files and the merge gives the example's panel scores —
 * the same table as merging the example's scores file. The secretary's store is a file, or a
 * programme office's PostgreSQL server: the laptops, kits and score files are the same.
 */
class OfflineDayTest {

    private static final Path APPLICANTS = Path.of("examples", "applicants.csv");
    private static final Path SCORES = Path.of("examples", "scores.csv");
    private static final List<String> EXPERTS = List.of("E1", "E2", "E3", "E4", "E5");

    @TempDir
    Path dir;

    /** The secretary's store: {@code --db} as the commands take it, and the same store opened directly. */
    private String secretary;

    private OpenStore openSecretary(boolean server) {
        return server ? ServerDatabase.open(ServerAddress.parse(secretary), Optional.empty(), TestSessions.CLOCK)
                : Database.open(DatabaseFile.of(Path.of(secretary)), OpenOptions.creating());
    }

    @ParameterizedTest(name = "secretary on a server: {0}")
    @ValueSource(booleans = {false, true})
    void fiveExpertsScoreOfflineAndTheMergeOfTheirFilesIsTheExamplesResult(boolean server) throws Exception {
        secretary = server ? PostgresServer.freshDatabase() : dir.resolve("secretary").toString();
        long session;
        try (OpenStore db = openSecretary(server)) {
            session = secretaryDaysBefore(db);
        }
        List<String> files = new ArrayList<>();
        for (String expert : EXPERTS) {
            Path kit = dir.resolve(expert + ".prkit");
            run("kit", "export", "--db", secretary, "--session", String.valueOf(session), "--expert", expert,
                    "--out", kit.toString());
            Path laptop = dir.resolve("laptop-" + expert);
            run("kit", "open", kit.toString(), "--db", laptop.toString());
            scoreOnTheLaptop(laptop, expert);
            Path file = dir.resolve(expert + ".prscore");
            run("score", "export", "--db", laptop.toString(), "--out", file.toString());
            run("verify", "--db", laptop.toString());
            files.add(file.toString());
        }
        List<String> importArgs = new ArrayList<>(List.of("score", "import"));
        importArgs.addAll(files);
        importArgs.addAll(List.of("--db", secretary, "--session", String.valueOf(session)));
        CommandRun imported = run(importArgs.toArray(String[]::new));
        assertEquals(5, imported.out().lines().count(), imported.out());
        assertTrue(imported.out().contains("E4.prscore: expert E4 刘芳"), imported.out());
        assertTrue(imported.out().lines().filter(l -> l.contains("E4.prscore")).findFirst().orElseThrow()
                .endsWith("recusals: A02; recusals already known: —."), imported.out());

        CommandRun merged = run("merge", "--db", secretary, "--session", String.valueOf(session));
        CommandRun fromCsv = run("merge", "--scores", SCORES.toString(), "--applicants", APPLICANTS.toString(),
                "--budget", "4000");
        assertEquals(fromCsv.out(), merged.out());
        assertEquals(List.of(
                "rank,applicant,name,experts,panel_score,tier,share,amount_wan,flags",
                "1,A01,北京石景山人形机器人产业园运营有限公司,5,85.30,excellent,1.00,1500.00,",
                "2,A06,北京银河湾智能制造园区管理有限公司,5,79.40,good,0.70,1050.00,tier_split;tier_sensitive",
                "3,A03,首钢园具身智能产业基地运营管理有限公司,5,71.70,good,0.70,750.00,expert_outlier:E5;"
                        + "indicator_outlier:E5:1.3;indicator_outlier:E5:5.2;tier_split",
                "4,A02,京西智谷科技园管理有限公司,4,71.50,good,0.70,840.00,over_budget",
                "5,A04,中关村石景山园创新服务有限公司,5,61.10,good,0.70,700.00,tier_split;period_exceeded;over_budget",
                "6,A05,北京永定河科创园区运营有限公司,5,51.60,fail,0.00,0.00,"), merged.out().lines().toList());

        try (OpenStore db = openSecretary(server)) {
            for (Expert expert : db.read(s -> s.experts().list(session))) {
                assertEquals(db.read(s -> s.kits().pinnedKey(expert.id())).map(k -> k.fingerprint()),
                        expert.keyFingerprint(), expert.code() + "'s key is pinned and its fingerprint recorded");
            }
        }
        assertEquals(0, run("verify", "--db", secretary).status());
    }

    private static CommandRun run(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.status(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    /** The day before: the session, its six applicants (past pre-review) and its panel of five. */
    private static long secretaryDaysBefore(OpenStore db) throws Exception {
        SessionSetup setup = new SessionSetup(db);
        Actor actor = TestSessions.SECRETARY;
        long session = setup.createSession(actor, new SessionDetails("2026年度人形机器人产业基地运营支持评审", 2026,
                Optional.of(LocalDate.of(2026, 11, 20)), "石景山区科委三层会议室", Optional.of(Money.wan("4000")),
                DefenseTiming.DEFAULT), ProgrammeSettings.SHIJINGSHAN);
        int order = 1;
        String csv = Files.readString(APPLICANTS, StandardCharsets.UTF_8);
        for (ApplicantsCsv.Applicant a : ApplicantsCsv.parse("applicants.csv", csv).applicants().values()) {
            long id = setup.addApplicant(actor, session, new NewApplicant(a.id(), a.name(), a.uscc().orElseThrow(),
                    null, a.funding().appliedFor(), a.funding().receivedThisYear(), order++, Optional.empty()));
            setup.setPreReview(actor, id, PreReview.PASSED);
            for (int y = 1; y <= a.supportedYears(); y++) {
                setup.recordSupport(actor, new OperatorSupport(a.uscc().orElseThrow(), 2026 - y, Optional.empty(),
                        Optional.empty(), "往年支持记录"));
            }
        }
        List<String> names = List.of("王建国", "李敏", "张伟", "刘芳", "陈磊");
        for (int i = 0; i < EXPERTS.size(); i++) {
            setup.addExpert(actor, session, new NewExpert(EXPERTS.get(i), names.get(i), "",
                    i < 3 ? ExpertRole.INDUSTRY : ExpertRole.FINANCE, i == 0));
        }
        setup.setStatus(actor, session, SessionStatus.SCORING);
        return session;
    }

    /** During the session: the expert scores each applicant as the example's scores file has it, and signs. */
    private static void scoreOnTheLaptop(Path laptop, String expertCode) throws Exception {
        try (Database db = Database.open(DatabaseFile.of(laptop), OpenOptions.existing())) {
            ExpertMode mode = OfflineDay.mode(db);
            Actor expert = Actor.expert(expertCode, "本人");
            ScoringService scoring = new ScoringService(db);
            scoring.confirmPledge(expert, mode.expertId());
            ProgrammeSettings programme = ProgrammeSettings.SHIJINGSHAN;
            Map<String, List<ExpertSheet>> sheets = ScoresCsv.parse("scores.csv",
                    Files.readString(SCORES, StandardCharsets.UTF_8), programme.rubric(), programme.precision())
                    .sheetsByApplicant();
            for (Map.Entry<String, List<ExpertSheet>> applicant : sheets.entrySet()) {
                ExpertSheet mine = applicant.getValue().stream().filter(s -> s.expertId().equals(expertCode))
                        .findFirst().orElseThrow();
                long applicantId = OfflineDay.applicant(db, applicant.getKey());
                if (mine.recused()) {
                    scoring.declareRecusal(expert, mode.expertId(), applicantId, "近三年曾为该单位提供咨询服务");
                    continue;
                }
                long sheet = scoring.openSheet(expert, mode.expertId(), applicantId).id();
                mine.scores().forEach((code, score) -> scoring.commitScore(expert, sheet, code, score.toPlainString()));
                scoring.setOpinion(expert, sheet, "同意。");
                scoring.sign(expert, sheet);
            }
        }
    }
}

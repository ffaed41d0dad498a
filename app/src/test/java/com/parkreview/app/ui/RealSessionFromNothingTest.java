package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.setup.SetupTemplate;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.PdfText;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.session.SessionResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17's day, in the window at a laptop's 1024 × 700, from an empty database: a session made in
 * the New-session dialog; the blank templates saved, filled in and imported; an applicant's name
 * corrected and an expert added by mistake removed; kits handed out; four experts' score files
 * imported and the fifth expert's paper sheets typed in twice, one typing difference settled from
 * the paper; the merge, a flagged score accepted, the results saved as PDF and their printed code
 * checked; a conflict of interest found out after the merge, the results out of date, printing them
 * refused and the printed code no longer matching; merged again; the pack printed; the history
 * verifies. A bad row in the applicants' table is refused first, naming its line and column. A picture of
 * each step goes to {@code target/real-session} (README's come from here, see {@link StepShots}).
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
@Tag("screen-walk") // app/pom.xml runs it on a headless screen of a laptop's 1024 × 700, as ScreenWalkTest
class RealSessionFromNothingTest {

    private static final String APPLICANTS = """
            A01,北京石景山人形机器人产业园运营有限公司,91110107MA01R8K521,赵晓东,010-68861201,1500,0,1,09:00
            A02,首钢园具身智能产业基地运营管里有限公司,91110107MA04PL2W9W,孙丽,010-68862202,1500,300,2,09:40
            A03,北京银河湾智能制造园区管理有限公司,91110107MA02KB3Y8C,周涛,,1200,,3,10:20
            """;
    private static final String EXPERTS = """
            E1,王建国,北京理工大学,产业专家,是
            E2,李敏,中国电子信息产业发展研究院,产业专家,否
            E3,张伟,北京市机器人产业创新中心,产业专家,否
            E4,刘芳,北京某会计师事务所,财务专家,否
            E5,陈磊,北京某资产评估公司,财务专家,否
            E6,孙浩,北京某律师事务所,财务专家,否
            """;
    private static final String[] CODES = "1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 4.1 4.2 5.1 5.2 5.3".split(" ");
    /** E1–E4's totals for A01, A02, A03, scored on their laptops. */
    private static final String[][] TOTALS = {{"85", "72", "56"}, {"84", "70", "58"}, {"86", "71", "57"}, {"85", "73", "56"}};
    /** E5's paper sheets for A01 (85), A02 (68.5, its 3.1 is 4.5) and A03 (57). */
    private static final String[][] PAPER = {
        "5 5 5 5 5 5 8 8 13 13 4 3 6".split(" "),
        "4 4 4 4 4 4 4.5 7 11 11 3 3 5".split(" "),
        "3 3 3 3 3 3 6 6 9 9 3 3 3".split(" ")};

    @TempDir
    Path dir;

    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final StepShots shots = new StepShots("real-session");
    private Database db;
    private Stage window;
    private ClientRoot root;
    private ConsoleSteps console;

    @Start
    void start(Stage stage) {
        db = TestSessions.freshDatabase(dir);
        window = stage;
        root = TestWindows.open(stage, db, files, 1024, 700);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void aRealSessionFromNothing(FxRobot robot) throws Exception {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        assumeTrue(screen.getWidth() == ScreenWalk.WIDTH && screen.getHeight() == ScreenWalk.HEIGHT,
                "runs on a 1024 × 700 screen: app/pom.xml's screen-walk execution, not on " + screen);
        console = new ConsoleSteps(robot, () -> TestWindows.settle(root.tasks()));
        shots.take(robot, window, "start");
        long session = createSession(robot);
        importFromTemplates(robot, session);
        correctAndRemove(robot, session);
        passPreReview(robot, session);
        List<Path> scoreFiles = handOutKitsAndScoreOffline(robot);
        importScoreFiles(robot, scoreFiles);
        typePaperSheetsTwice(robot);
        String resultsCode = merge(robot, session);
        conflictFoundAfterTheMerge(robot, session);
        verifyPrintedCode(robot, resultsCode, "与当前存储的数据不一致");
        mergeAgainAndPrintThePack(robot, session);
        ChainCheck history = db.read(s -> s.history().verify());
        assertTrue(history.intact(), "verify holds after the whole day: " + history);
        assertTrue(files.allAsked(), "every file dialog the test expected was opened");
    }

    private long createSession(FxRobot robot) {
        press(robot, "#newSession");
        robot.clickOn("#name").write("2026年度石景山区园区运营支持评审"); // in sight: the click also focuses the dialog
        DatePicker date = robot.lookup("#date").queryAs(DatePicker.class);
        robot.interact(() -> date.getEditor().clear());
        robot.interact(() -> date.getEditor().requestFocus());
        robot.write("2026年12月10日");
        type(robot, "#venue", "区政务服务中心 3 层会议室");
        type(robot, "#budget", "3000");
        shots.take(robot, window, "new-session");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        List<ReviewSession> sessions = db.read(s -> s.sessions().list()).stream()
                .map(summary -> db.read(s -> s.sessions().find(summary.id())).orElseThrow()).toList();
        assertEquals(1, sessions.size());
        assertEquals(LocalDate.of(2026, 12, 10), sessions.get(0).details().date().orElseThrow(),
                "the date typed in Chinese is the session's");
        return sessions.get(0).id();
    }

    /** The blank tables saved from set-up, filled in as the programme office would, read in. */
    private void importFromTemplates(FxRobot robot, long session) throws Exception {
        Path applicants = dir.resolve("申报单位.csv");
        files.then(applicants).then(applicants);
        press(robot, "#applicantsTemplate");
        console.ok("#templateSaved");
        assertEquals(String.join(",", SetupTemplate.Kind.APPLICANTS.header()),
                Files.readString(applicants).strip().replace("\uFEFF", ""), "an empty table with the Chinese header");
        String header = Files.readString(applicants);
        Files.writeString(applicants, APPLICANTS.replace("MA02KB3Y8C", "MA02KB3Y8D"), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND); // A03's credit code mistyped: its check character is wrong
        press(robot, "#importApplicants");
        String problems = robot.lookup("#importProblems").queryAs(TextArea.class).getText();
        assertTrue(problems.contains("申报单位.csv 第 4 行第 3 列"), "the bad row named by line and column: " + problems);
        console.ok("#importResult");
        assertEquals(0, db.read(s -> s.applicants().list(session)).size(), "a bad row: nothing imported");
        Files.writeString(applicants, header + APPLICANTS);
        files.then(applicants);
        press(robot, "#importApplicants");
        console.ok("#importResult");

        Path experts = dir.resolve("专家组.xlsx");
        files.then(experts);
        press(robot, "#expertsTemplate");
        console.ok("#templateSaved");
        Path filled = dir.resolve("专家组.csv");
        Files.writeString(filled, String.join(",", SetupTemplate.Kind.EXPERTS.header()) + "\n" + EXPERTS);
        files.then(filled);
        press(robot, "#importExperts");
        console.ok("#importResult");
        assertEquals(3, db.read(s -> s.applicants().list(session)).size());
        assertEquals(6, db.read(s -> s.experts().list(session)).size());
        assertTrue(Files.size(experts) > 0, "the Excel template was written too");
        shots.take(robot, window, "imported");
    }

    private void correctAndRemove(FxRobot robot, long session) {
        robot.interact(() -> console.table("applicants").getSelectionModel().select(1));
        press(robot, "#editApplicant");
        TextField name = robot.lookup((Node n) -> n instanceof TextField && "name".equals(n.getId()))
                .queryAs(TextField.class);
        robot.interact(() -> name.setText("首钢园具身智能产业基地运营管理有限公司"));
        shots.take(robot, window, "correct-applicant");
        press(robot, "#addApplicant");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("首钢园具身智能产业基地运营管理有限公司",
                db.read(s -> s.applicants().findByCode(session, "A02")).orElseThrow().name());

        robot.interact(() -> console.table("experts").getSelectionModel().select(5));
        press(robot, "#removeExpert");
        console.ok("#confirmRemove");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("E1", "E2", "E3", "E4", "E5"),
                db.read(s -> s.experts().list(session)).stream().map(Expert::code).toList());
    }

    private void passPreReview(FxRobot robot, long session) {
        for (int row = 0; row < 3; row++) {
            int index = row;
            robot.interact(() -> console.table("applicants").getSelectionModel().select(index));
            press(robot, "#preReview");
            ComboBox<PreReview.Result> result = robot.lookup("#preReviewResult").queryComboBox();
            robot.interact(() -> result.setValue(PreReview.Result.PASSED));
            for (String material : List.of("APPLICATION_FORM", "BUSINESS_LICENCE", "FINANCIAL", "MANAGEMENT")) {
                press(robot, "#material-" + material);
            }
            if (row == 0) {
                shots.take(robot, window, "pre-review");
            }
            console.ok("#preReviewDialog");
        }
        assertTrue(db.read(s -> s.applicants().list(session)).stream().allMatch(a -> a.preReview().passed()));
    }

    private List<Path> handOutKitsAndScoreOffline(FxRobot robot) throws Exception {
        Path usb = Files.createDirectory(dir.resolve("U盘"));
        files.then(usb);
        press(robot, "#handOutKits");
        shots.take(robot, window, "kits");
        console.ok("#exchangeAlert");
        List<Path> kits;
        try (Stream<Path> listed = Files.list(usb)) {
            kits = listed.sorted().toList();
        }
        assertEquals(5, kits.size(), kits.toString());
        List<Path> scoreFiles = new ArrayList<>();
        for (int e = 0; e < 4; e++) { // E5 scores on paper
            try (Database laptop = OfflineDay.laptop(dir, kits.get(e))) {
                for (int a = 0; a < 3; a++) {
                    OfflineDay.signed(laptop, "A0" + (a + 1), TOTALS[e][a]);
                }
                scoreFiles.add(Files.writeString(dir.resolve("E" + (e + 1) + ".prscore"), ScoreFiles.export(laptop)));
            }
        }
        return scoreFiles;
    }

    private void importScoreFiles(FxRobot robot, List<Path> scoreFiles) {
        files.thenMany(scoreFiles);
        press(robot, "#importScores");
        press(robot, "#importChoose");
        TestWindows.settle(root.tasks());
        assertEquals("已导入 4 个文件，拒绝 0 个。", robot.lookup("#importSummary").queryAs(Label.class).getText());
        shots.take(robot, window, "score-files");
        DialogPane dialog = robot.lookup("#importSummary").queryAs(Label.class).getScene().getRoot() instanceof DialogPane d
                ? d : robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.CLOSE));
    }

    /** E5's three paper sheets: typed in by one person, then again by another; A02's 3.1 misread the second time. */
    private void typePaperSheetsTwice(FxRobot robot) throws Exception {
        console.tab(ConsoleSteps.Tab.PROGRESS);
        for (int a = 0; a < 3; a++) {
            console.cell(a, "E5");
            press(robot, "#paperEntry");
            robot.clickOn("#typistName").write("王录入");
            console.ok("#typistDialog");
            console.typeAndSign(PAPER[a], "同意（纸质评分表）。");
            if (a == 0) {
                shots.take(robot, window, "paper-first-entry");
            }
            // it leads back to the console, and says so (round 24 read "← 我的评审单位")
            assertEquals("← 秘书工作台", robot.lookup("#back").queryButton().getText());
            press(robot, "#back");
        }
        for (int a = 0; a < 3; a++) {
            console.cell(a, "E5");
            press(robot, "#secondEntry");
            robot.clickOn("#secondEntryTypist").write("李复核");
            for (int i = 0; i < CODES.length; i++) { // Tab to the next indicator, as a typist does
                String typed = a == 1 && CODES[i].equals("3.1") ? "3.5" : PAPER[a][i];
                robot.push(KeyCode.TAB).write(typed);
            }
            assertEquals(a == 1 ? "3.5" : PAPER[a][12], robot.lookup(a == 1 ? "#secondEntry-3_1" : "#secondEntry-5_3")
                    .queryAs(TextField.class).getText(), "Tab goes from indicator to indicator in order");
            DialogPane dialog = robot.lookup("#secondEntryDialog").queryAs(DialogPane.class);
            robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
            Label outcome = robot.lookup("#secondEntryOutcome").queryAs(Label.class);
            if (a == 1) {
                assertTrue(outcome.getText().contains("3.1"), outcome.getText());
                shots.take(robot, window, "paper-difference");
                press(robot, "#settle-3_1-first");
                robot.clickOn("#settleReasonText").write("核对纸质评分表：3.1 为 4.5 分");
                console.ok("#settleReason");
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertEquals("第二次录入与第一次一致：该评分表计入合并。", outcome.getText());
            robot.clickOn(dialog.lookupButton(ButtonType.CLOSE));
        }
        SessionResult results = new MergeService(db).results(sessionId());
        for (String code : List.of("A01", "A02", "A03")) {
            assertEquals(5, results.row(code).orElseThrow().result().validExperts(), code + ": all five count");
        }
    }

    /** Returns the verification code printed on the results. */
    private String merge(FxRobot robot, long session) throws Exception {
        press(robot, "#merge");
        // the merge runs on the worker: waited for, not raced (a full run once read SCORING before it ended)
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> db.read(s -> s.sessions().find(session)).orElseThrow().status() == SessionStatus.MERGED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SessionStatus.MERGED, db.read(s -> s.sessions().find(session)).orElseThrow().status());
        assertEquals("85.00", score("A01"));
        assertEquals("70.90", score("A02"), "(72 + 70 + 71 + 73 + 68.5) / 5, with 3.1 as the paper says");
        console.tab(ConsoleSteps.Tab.PANEL); // E5's 5.3 on A01 stands out from the others': the panel accepts it
        Node flag = robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("flag-")
                && n.getId().endsWith("E5_5_3")).query();
        robot.clickOn(robot.from(flag).lookup((Button b) -> b.getText().equals("接受…")).queryButton());
        String asked = robot.lookup("#resolutionDialog").queryAs(DialogPane.class).getHeaderText();
        assertTrue(asked.startsWith("接受此标记：专家 E5，指标 5.3"), "the flag answered is named (round 21): " + asked);
        robot.clickOn("#resolutionReason").write("专家组讨论：E5 对投融资活动的评分有据");
        console.ok("#resolutionDialog");
        console.tab(ConsoleSteps.Tab.RESULTS);
        shots.take(robot, window, "merged");

        Path pdf = dir.resolve("评审结果.pdf");
        files.then(pdf);
        console.print("exportResultsPdf");
        toldSaved(robot, pdf);
        List<String> codes = PdfText.printedCodes(pdf);
        assertEquals(1, codes.size(), PdfText.of(pdf));
        verifyPrintedCode(robot, codes.get(0), "与当前存储的数据一致");
        return codes.get(0);
    }

    /** The window says where the file was saved (a tester's round 5 saved the same PDF twice: nothing had said so), and OK closes it. */
    private static void toldSaved(FxRobot robot, Path file) throws TimeoutException {
        String said = "已保存：" + file;
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof DialogPane p
                && said.equals(p.getContentText())).tryQuery().isPresent());
        DialogPane told = robot.lookup((Node n) -> n instanceof DialogPane p && said.equals(p.getContentText()))
                .queryAs(DialogPane.class);
        robot.clickOn(told.lookupButton(ButtonType.OK));
    }

    /** The printed sheet's code checked against the data, as a secretary does with a paper sheet in hand (Ctrl+Shift+K). */
    private void verifyPrintedCode(FxRobot robot, String code, String verdict) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#verifySheetCode").write(code);
        DialogPane dialog = robot.lookup("#verifySheetDialog").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        Label said = robot.lookup("#verifySheetVerdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !said.getText().isEmpty());
        assertTrue(said.getText().startsWith("评分表 " + code + " " + verdict), said.getText());
        robot.clickOn(dialog.lookupButton(ButtonType.CLOSE));
    }

    /** E2 turns out to have advised A01: recorded after the merge, the results go out of date and do not print. */
    private void conflictFoundAfterTheMerge(FxRobot robot, long session) throws Exception {
        console.tab(ConsoleSteps.Tab.PROGRESS);
        console.cell(0, "E2");
        press(robot, "#recordRecusal");
        robot.clickOn("#recusalReason").write("汇总后发现：该专家曾为申报单位提供咨询服务");
        console.ok("#recusalDialog");
        String stale = console.staleWarning();
        assertTrue(stale.contains("A01 得分 85.00 → 85.25"), stale);
        shots.take(robot, window, "stale-after-conflict");

        console.print("printPack");
        DialogPane refused = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(refused.getContentText().contains("结果已过期"), "the pack is not printed from stale results: "
                + refused.getContentText());
        robot.clickOn(refused.lookupButton(ButtonType.OK));
        assertEquals(4, new MergeService(db).results(session).row("A01").orElseThrow().result().validExperts());
    }

    private void mergeAgainAndPrintThePack(FxRobot robot, long session) throws Exception {
        press(robot, "#merge");
        console.staleWarningGone();
        console.print("printPack");
        DialogPane preview = robot.lookup("#sheetPreview").queryAs(DialogPane.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> preview.lookupAll(".image-view").stream().anyMatch(v -> ((ImageView) v).getImage() != null));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the pages drawn on the screen, not only laid out
        shots.take(robot, window, "pack");
        Path pdf = dir.resolve("评审材料.pdf");
        files.then(pdf);
        Button save = (Button) preview.getButtonTypes().stream().map(preview::lookupButton)
                .filter(b -> ((Button) b).getText().contains("PDF")).findFirst().orElseThrow();
        robot.clickOn(save);
        toldSaved(robot, pdf);
        robot.clickOn(preview.lookup(".list-view")).type(KeyCode.ESCAPE); // from the pages too (round 8 window F14)
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#sheetPreview").tryQuery().isPresent(), "Esc closed the preview");
        String text = PdfText.of(pdf);
        for (Applicant applicant : db.read(s -> s.applicants().list(session))) {
            assertTrue(text.contains(applicant.name()), applicant.name() + " is in the pack");
        }
        assertTrue(text.contains("85.25"), "A01 without E2's sheet: " + text);
    }

    /**
     * Presses a set-up button as Space would: set-up's sides scroll on a 700-high screen, and a robot
     * cannot click what is scrolled out of sight. Later on the FX thread: it may open a dialog that waits.
     */
    private static void press(FxRobot robot, String id) {
        javafx.scene.control.ButtonBase button = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
        assertTrue(!button.isDisabled(), id + " can be pressed");
        javafx.application.Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a field of a form that may have scrolled it out of sight: focused, as Tab would, then typed. */
    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    private long sessionId() {
        return db.read(s -> s.sessions().list()).get(0).id();
    }

    private String score(String code) {
        return new MergeService(db).results(sessionId()).row(code).orElseThrow().result().panelScore().orElseThrow()
                .toPlainString();
    }
}

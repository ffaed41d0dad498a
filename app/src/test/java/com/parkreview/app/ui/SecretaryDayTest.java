package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.SheetOrigin;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoredSession;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.PdfText;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.session.SessionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The secretary's whole day through the real window (headless): a new session, applicants
 * imported from a CSV with a bad row (refused, then fixed), the panel imported, kits handed out,
 * five score files imported, an outlier flagged and resolved by a re-review of that expert, the
 * merge, the results exported as PDF and its code checked; then the re-reviewed sheet comes on
 * paper: typed in, a second entry that differs does not count, one that matches does — and the
 * results printed before no longer match the data.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class SecretaryDayTest {

    private static final String APPLICANTS_HEADER =
            "code,name,uscc,contact_person,contact_phone,applied_wan,received_wan,defense_order,slot\n";
    private static final String A01 = "A01,北京石景山人形机器人产业园运营有限公司,91110107MA01R8K521,赵晓东,010-68861201,1500,0,1,09:00\n";
    private static final String A02 = "A02,京西智谷科技园管理有限公司,91110107MA00G3XT7J,孙丽,,1200,,2,09:30\n";
    private static final String A03_BAD = "A03,首钢园具身智能产业基地运营管理有限公司,91110107MA01R8K522,,,1500,,3,10:00\n";
    private static final String A03 = "A03,首钢园具身智能产业基地运营管理有限公司,91110107MA04PL2W9W,,,1500,,3,10:00\n";
    private static final String EXPERTS = """
            code,name,organisation,role,group_leader
            E1,王建国,北京理工大学,产业专家,是
            E2,李敏,中关村发展集团,产业专家,否
            E3,张伟,北京航空航天大学,产业专家,否
            E4,刘芳,立信会计师事务所,财务专家,否
            E5,陈磊,北京银行科技金融部,财务专家,否
            """;
    /** Each expert's totals for A01, A02, A03: E5 is 25 points below the others on A01. */
    private static final String[][] TOTALS = {
        {"85", "72", "56"}, {"84", "70", "58"}, {"86", "71", "57"}, {"85", "73", "56"}, {"60", "72", "54"}};
    private static final String[] CODES = "1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 4.1 4.2 5.1 5.2 5.3".split(" ");
    /** E5's paper sheet for A01 after the re-review: 83 points. */
    private static final String[] PAPER = "5 5 5 5 5 5 10 10 15 15 3 0 0".split(" ");

    @TempDir
    Path dir;

    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        db = TestSessions.freshDatabase(dir);
        TestWindows.open(stage, db, files);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void secretarysDay(FxRobot robot) throws Exception {
        long session = createSession(robot);
        importApplicantsBadRowThenFixed(robot, session);
        importPanelAndPassPreReview(robot, session);
        List<Path> scoreFiles = handOutKitsAndScoreOffline(robot);
        importScoreFiles(robot, session, scoreFiles);
        reReviewTheOutlier(robot, session);
        String resultsCode = mergeAndExportResults(robot, session);
        checkPaperSheet(robot, resultsCode, "评分表 " + resultsCode + " 与当前存储的数据一致：评审结果汇总表");
        paperSheetCountsOnlyWhenTheSecondEntryMatches(robot, session);
        checkPaperSheet(robot, resultsCode, "评分表 " + resultsCode + " 与当前存储的数据不一致：评审结果汇总表");
        mergeAgain(robot);
        assertTrue(files.allAsked(), "every file dialog the test expected was opened");
    }

    private long createSession(FxRobot robot) {
        robot.clickOn("#newSession");
        robot.clickOn("#name").write("2026年度园区运营支持评审");
        robot.clickOn("#budget").write("4000");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        List<Long> sessions = db.read(s -> s.sessions().list()).stream().map(x -> x.id()).toList();
        assertEquals(1, sessions.size());
        assertTrue(robot.lookup("#importApplicants").tryQuery().isPresent(), "the new session opens in the console");
        return sessions.get(0);
    }

    private void importApplicantsBadRowThenFixed(FxRobot robot, long session) throws Exception {
        Path bad = Files.writeString(dir.resolve("申报单位.csv"), APPLICANTS_HEADER + A01 + A02 + A03_BAD);
        files.then(bad);
        robot.clickOn("#importApplicants");
        TextArea problems = robot.lookup("#importProblems").queryAs(TextArea.class);
        assertTrue(problems.getText().contains("申报单位.csv 第 4 行第 3 列（uscc）"), problems.getText());
        closeAlert(robot, "#importResult");
        assertEquals(0, db.read(s -> s.applicants().list(session)).size(), "a bad row: nothing imported");

        Path fixed = Files.writeString(dir.resolve("申报单位-改.csv"), APPLICANTS_HEADER + A01 + A02 + A03);
        files.then(fixed);
        robot.clickOn("#importApplicants");
        closeAlert(robot, "#importResult");
        assertEquals(3, db.read(s -> s.applicants().list(session)).size());
    }

    private void importPanelAndPassPreReview(FxRobot robot, long session) throws Exception {
        files.then(Files.writeString(dir.resolve("专家.csv"), EXPERTS));
        robot.clickOn("#importExperts");
        closeAlert(robot, "#importResult");
        assertEquals(5, db.read(s -> s.experts().list(session)).size());

        TableView<?> applicants = robot.lookup((Node n) -> n instanceof TableView && "applicants".equals(n.getId()))
                .queryAs(TableView.class);
        for (int row = 0; row < 3; row++) {
            int index = row;
            robot.interact(() -> applicants.getSelectionModel().select(index));
            robot.clickOn("#preReview");
            ComboBox<PreReview.Result> result = robot.lookup("#preReviewResult").queryComboBox();
            robot.interact(() -> result.setValue(PreReview.Result.PASSED));
            Node ok = robot.lookup("#preReviewDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
            assertTrue(ok.isDisabled(), "nothing ticked yet: cannot pass");
            for (String material : List.of("APPLICATION_FORM", "BUSINESS_LICENCE", "FINANCIAL", "MANAGEMENT")) {
                robot.clickOn("#material-" + material);
            }
            assertEquals("", robot.lookup("#preReviewProblem").queryAs(Label.class).getText());
            robot.clickOn(ok);
        }
        assertTrue(db.read(s -> s.applicants().list(session)).stream().allMatch(a -> a.preReview().passed()));
    }

    private List<Path> handOutKitsAndScoreOffline(FxRobot robot) throws Exception {
        Path usb = Files.createDirectory(dir.resolve("U盘"));
        files.then(usb);
        robot.clickOn("#handOutKits");
        closeAlert(robot, "#exchangeAlert");
        List<Path> kits;
        try (Stream<Path> listed = Files.list(usb)) {
            kits = listed.sorted().toList();
        }
        assertEquals(List.of("E1-王建国.prkit", "E2-李敏.prkit", "E3-张伟.prkit", "E4-刘芳.prkit", "E5-陈磊.prkit"),
                kits.stream().map(k -> k.getFileName().toString()).toList());

        // Each expert on an own laptop: the kit opened, three applicants scored and signed, the file written.
        List<Path> scoreFiles = new ArrayList<>();
        for (int e = 0; e < 5; e++) {
            try (Database laptop = OfflineDay.laptop(dir, KitFile.read(kits.get(e)))) {
                for (int a = 0; a < 3; a++) {
                    OfflineDay.signed(laptop, "A0" + (a + 1), TOTALS[e][a]);
                }
                scoreFiles.add(Files.writeString(dir.resolve("E" + (e + 1) + ".prscore"), ScoreFiles.export(laptop)));
            }
        }
        return scoreFiles;
    }

    private void importScoreFiles(FxRobot robot, long session, List<Path> scoreFiles) {
        files.thenMany(scoreFiles);
        robot.clickOn("#importScores");
        robot.clickOn("#importChoose");
        ListView<?> results = robot.lookup("#importResults").queryAs(ListView.class);
        assertEquals(5, results.getItems().size());
        assertEquals("已导入 5 个文件，拒绝 0 个。", robot.lookup("#importSummary").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#importReReview").queryAs(CheckBox.class).isSelected());
        DialogPane dialog = (DialogPane) results.getScene().getRoot();
        robot.clickOn(dialog.lookupButton(ButtonType.CLOSE));
        assertEquals(15, db.read(s -> s.sheets().forSession(session)).stream()
                .filter(sheet -> sheet.status() == SheetStatus.SIGNED && sheet.origin() == SheetOrigin.IMPORTED).count());
    }

    private void reReviewTheOutlier(FxRobot robot, long session) {
        selectTab(robot, 2); // 专家组评分
        Node flag = robot.lookup("#flag-expert_outlier_E5").query();
        assertTrue(robot.from(flag).lookup(".label").queryAs(Label.class).getText()
                .startsWith("专家 E5：总分 60"), "the outlier is flagged with its reason");
        robot.clickOn(robot.from(flag).lookup((Button b) -> b.getText().equals("该专家复评…")).queryButton());
        robot.clickOn("#resolutionReason").write("请专家 E5 复核园区企业入驻数据");
        robot.clickOn(robot.lookup("#resolutionDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        List<ScoreSheet> e5 = sheetsOf(session, "E5", "A01");
        assertEquals(List.of(SheetStatus.SUPERSEDED, SheetStatus.DRAFT), e5.stream().map(ScoreSheet::status).toList());
        assertEquals(4, results(session).row("A01").orElseThrow().result().validExperts());

        selectTab(robot, 3); // 结果: the re-review shows there at once, without Refresh
        assertEquals("4", resultsLine(robot, "A01").experts());
    }

    /** The results tab's line of an applicant, as its table shows it. */
    private static com.parkreview.app.ui.console.ResultsViewModel.Line resultsLine(FxRobot robot, String code) {
        TableView<?> table = robot.lookup((Node n) -> n instanceof TableView<?> t && !t.getItems().isEmpty()
                && t.getItems().get(0) instanceof com.parkreview.app.ui.console.ResultsViewModel.Line)
                .queryAs(TableView.class);
        return table.getItems().stream()
                .map(com.parkreview.app.ui.console.ResultsViewModel.Line.class::cast)
                .filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }

    /** The results printed before the paper sheet counted no longer match once it does. */
    private void checkPaperSheet(FxRobot robot, String code, String verdict) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#verifySheetCode").write(code);
        DialogPane dialog = robot.lookup("#verifySheetDialog").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        Label verdictLabel = robot.lookup("#verifySheetVerdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !verdictLabel.getText().isEmpty());
        String said = verdictLabel.getText();
        assertTrue(said.startsWith(verdict), said);
        robot.clickOn(dialog.lookupButton(ButtonType.CLOSE));
    }

    /** Returns the verification code printed on the results. */
    private String mergeAndExportResults(FxRobot robot, long session) throws Exception {
        robot.clickOn("#merge");
        assertEquals(SessionStatus.MERGED, db.read(s -> s.sessions().find(session)).orElseThrow().status());
        Path pdf = dir.resolve("评审结果.pdf");
        files.then(pdf);
        MenuButton print = robot.lookup("#print").queryAs(MenuButton.class);
        robot.interact(() -> print.getItems().stream().filter(i -> "exportResultsPdf".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        String text = PdfText.of(pdf);
        assertTrue(text.contains("京西智谷科技园管理有限公司"), text);
        assertTrue(text.contains("85.00"), "A01's four valid experts average 85.00: " + text);
        List<String> codes = PdfText.printedCodes(pdf);
        assertEquals(1, codes.size(), text);
        return codes.get(0);
    }

    private void paperSheetCountsOnlyWhenTheSecondEntryMatches(FxRobot robot, long session) throws Exception {
        selectTab(robot, 1); // 进度
        chooseCell(robot, 0, "E5");
        robot.clickOn("#paperEntry");
        robot.clickOn("#typistName").write("王录入");
        robot.clickOn(robot.lookup("#typistDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        TextField firstScore = robot.lookup("#score-1_1").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, firstScore::isFocused); // typing starts in the first field
        for (String score : PAPER) {
            robot.write(score).push(KeyCode.ENTER);
        }
        robot.write("复核后同意支持（纸质评分表）。");
        robot.clickOn("#sign");
        robot.clickOn(robot.lookup("#signConfirm").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        ScoreSheet paper = sheetsOf(session, "E5", "A01").get(1);
        assertEquals(SheetOrigin.PAPER, paper.origin());
        assertEquals(SheetStatus.SIGNED, paper.status());
        assertEquals(4, results(session).row("A01").orElseThrow().result().validExperts(), "not yet: no second entry");

        robot.clickOn("#back");
        chooseCell(robot, 0, "E5");
        robot.clickOn("#secondEntry");
        robot.clickOn("#secondEntryTypist").write("李复核");
        for (int i = 0; i < CODES.length; i++) {
            String typed = CODES[i].equals("5.1") ? "2" : PAPER[i]; // 5.1 misread
            robot.clickOn("#secondEntry-" + CODES[i].replace('.', '_')).write(typed);
        }
        DialogPane dialog = robot.lookup("#secondEntryDialog").queryAs(DialogPane.class);
        Button compare = (Button) dialog.lookupButton(dialog.getButtonTypes().get(0));
        robot.clickOn(compare);
        String outcome = robot.lookup("#secondEntryOutcome").queryAs(Label.class).getText();
        assertTrue(outcome.startsWith("第二次录入与第一次在 5.1 (3 / 2) 处不一致"), outcome);
        assertEquals(4, results(session).row("A01").orElseThrow().result().validExperts(), "a mismatch does not count");

        TextField misread = robot.lookup("#secondEntry-5_1").queryAs(TextField.class);
        robot.interact(() -> misread.setText("3"));
        robot.clickOn(compare);
        assertEquals("第二次录入与第一次一致：该评分表计入合并。",
                robot.lookup("#secondEntryOutcome").queryAs(Label.class).getText());
        robot.clickOn(dialog.lookupButton(ButtonType.CLOSE));
        assertEquals(5, results(session).row("A01").orElseThrow().result().validExperts());
        assertEquals("84.60", results(session).row("A01").orElseThrow().result().panelScore().orElseThrow()
                .toPlainString());
        Label stale = robot.lookup("#staleWarning").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, stale::isVisible); // the console learnt of it by itself
        assertTrue(stale.getText().contains("结果已过期：A01 得分 85.00 → 84.60"), stale.getText());
    }

    /** Merged again, the results are current: the warning goes. */
    private void mergeAgain(FxRobot robot) throws Exception {
        robot.clickOn("#merge");
        Label stale = robot.lookup("#staleWarning").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stale.isVisible());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void closeAlert(FxRobot robot, String id) {
        DialogPane alert = robot.lookup(id).queryAs(DialogPane.class);
        robot.clickOn(alert.lookupButton(ButtonType.OK));
    }

    private void selectTab(FxRobot robot, int index) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void chooseCell(FxRobot robot, int row, String expertCode) {
        TableView matrix = robot.lookup("#matrix").queryAs(TableView.class);
        robot.interact(() -> {
            Object column = matrix.getColumns().stream()
                    .filter(c -> ((javafx.scene.control.TableColumn) c).getText().startsWith(expertCode + " "))
                    .findFirst().orElseThrow();
            matrix.getSelectionModel().clearAndSelect(row, (javafx.scene.control.TableColumn) column);
        });
    }

    private List<ScoreSheet> sheetsOf(long session, String expertCode, String applicantCode) {
        return db.read(s -> {
            StoredSession stored = StoredSession.load(s, session);
            long expert = stored.experts().stream().filter(e -> e.code().equals(expertCode)).findFirst().orElseThrow()
                    .id();
            long applicant = s.applicants().findByCode(session, applicantCode).orElseThrow().id();
            return s.sheets().forApplicant(applicant).stream().filter(x -> x.expertId() == expert).toList();
        });
    }

    private SessionResult results(long session) {
        return new com.parkreview.app.review.MergeService(db).results(session);
    }
}

package com.parkreview.app.ui;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.sheets.SheetMaker;
import com.parkreview.app.sheets.SheetRequest;
import com.parkreview.app.sheets.StoredSheets;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.reports.ReportService;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the client as an expert would, on the demonstration session, and saves what the window
 * shows at each step as a PNG for README.md. Needs a display (Xvfb):
 *
 * <pre>xvfb-run -a -s "-screen 0 1366x768x24" mvn -q -pl app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.parkreview.app.ui.ScreenshotTour -Dexec.args=docs/images</pre>
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        // a second argument "en" takes the same tour in English (to check the English screens)
        Locale.setDefault(args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        Path dir = Files.createTempDirectory("parkreview-tour");
        Database db = Database.open(DatabaseFile.of(dir.resolve("tour")), OpenOptions.creating());
        long session = new DemoSession(db).create();
        ScriptedFileDialogs files = new ScriptedFileDialogs();
        ClientSettings settings = new ClientSettings(Preferences.userRoot().node("com/parkreview/tour/" + System.nanoTime()));
        Database lastYear = Database.open(DatabaseFile.of(dir.resolve("2025年度评审")), OpenOptions.creating());
        lastYear.close();
        settings.opened(lastYear.file().file()); // a file opened before, among the links
        ClientContext context = new ClientContext(settings, files);
        FxToolkit.registerPrimaryStage();
        AtomicReference<Scene> scene = new AtomicReference<>();
        AtomicReference<ClientRoot> root = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            // as a start shows it: the window first, its database still opening
            root.set(new ClientRoot(context, stage));
            root.get().build();
            root.get().showOpening(db.file().file());
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            scene.set(stage.getScene());
        });
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        save(scene.get(), out.resolve("start-opening.png"));
        robot.interact(() -> {
            context.opening(java.util.concurrent.CompletableFuture.completedFuture(db));
            root.get().databaseOpened();
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(scene.get(), out.resolve("start-page.png"));

        robot.clickOn("#signIn");
        ComboBox<Expert> expert = robot.lookup("#expert").queryComboBox();
        robot.interact(() -> expert.getSelectionModel().select(2)); // E3 张伟: A06 half typed
        WaitForAsyncUtils.waitForFxEvents();
        save(scene.get(), out.resolve("sign-in.png"));
        robot.clickOn("#continueButton");
        TableView<?> table = robot.lookup("#table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(5));
        save(scene.get(), out.resolve("applicants.png"));
        robot.clickOn("#open");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#score-4_1").push(KeyCode.CONTROL, KeyCode.A).write("12").push(KeyCode.ENTER);
        robot.write("11.5").push(KeyCode.ENTER).write("4").push(KeyCode.TAB).write("3.5").push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        save(scene.get(), out.resolve("score-form.png"));

        robot.write("12").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        save(scene.get(), out.resolve("refused-value.png"));

        robot.clickOn("#printBlank");
        Thread.sleep(4000);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane preview = robot.lookup("#sheetPreview").queryAs(javafx.scene.control.DialogPane.class);
        save(preview.getScene(), out.resolve("print-preview.png"));

        robot.interact(() -> preview.getScene().getWindow().hide());

        // The secretary's console on the same session.
        robot.interact(() -> root.get().showConsole(session));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        save(scene.get(), out.resolve("progress-matrix.png"));
        robot.clickOn(robot.lookup(".tab").nth(2).queryAs(javafx.scene.Node.class));
        javafx.scene.control.ListView<?> applicants = robot.lookup("#applicants").queryListView();
        robot.interact(() -> applicants.getSelectionModel().select(2)); // A03: E5 far from the others
        WaitForAsyncUtils.waitForFxEvents();
        save(scene.get(), out.resolve("panel-view.png"));
        robot.clickOn(robot.lookup(".tab").nth(3).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        save(scene.get(), out.resolve("results.png"));

        // Pre-review: the materials checklist of A01, one required item unticked.
        robot.clickOn(robot.lookup(".tab").nth(0).queryAs(javafx.scene.Node.class));
        TableView<?> setupApplicants = robot.lookup((javafx.scene.Node n) -> n instanceof TableView
                && "applicants".equals(n.getId())).queryAs(TableView.class);
        robot.interact(() -> setupApplicants.getSelectionModel().select(0));
        save(scene.get(), out.resolve("setup.png"));
        robot.clickOn("#preReview");
        robot.clickOn("#material-FINANCIAL");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane preReview = robot.lookup("#preReviewDialog")
                .queryAs(javafx.scene.control.DialogPane.class);
        save(preReview.getScene(), out.resolve("pre-review.png"));
        robot.clickOn(preReview.lookupButton(javafx.scene.control.ButtonType.CANCEL));

        // A paper sheet checked by its code after the expert corrected a score.
        StoredSheets stored = db.read(s -> StoredSheets.load(s, session, java.time.LocalDate.now()));
        String code = new SheetMaker(new ReportService(), db, Actor.secretary("周敏")).make(stored,
                new SheetRequest(SheetRequest.Kind.EXPERT, java.util.Optional.of("A01"), java.util.Optional.of("E1")))
                .sheets().get(0).code().value();
        ScoringService scoring = new ScoringService(db);
        Actor e1 = Actor.expert("E1", "王建国");
        long sheet = db.read(s -> s.sheets().current(s.experts().findByCode(session, "E1").orElseThrow().id(),
                s.applicants().findByCode(session, "A01").orElseThrow().id())).orElseThrow().id();
        scoring.reopen(e1, sheet, "更正 2.1 的分数");
        scoring.commitScore(e1, sheet, "2.1", "4");
        scoring.sign(e1, sheet);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#verifySheetCode").write(code.substring(0, 4) + " " + code.substring(4, 8) + " "
                + code.substring(8));
        javafx.scene.control.DialogPane verify = robot.lookup("#verifySheetDialog")
                .queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(verify.lookupButton(verify.getButtonTypes().get(0)));
        javafx.scene.control.Label verdict = robot.lookup("#verifySheetVerdict").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !verdict.getText().isEmpty());
        Thread.sleep(300); // the dialog grows to the verdict
        save(verify.getScene(), out.resolve("verify-sheet.png"));
        robot.clickOn(verify.lookupButton(javafx.scene.control.ButtonType.CLOSE));

        // Expert E4 scored A05 and A06 on a laptop; the file comes back, with a tampered copy.
        Path laptopFile = dir.resolve("E4-laptop");
        List<Path> scoreFiles = new java.util.ArrayList<>();
        try (Database laptop = Database.open(DatabaseFile.of(laptopFile), OpenOptions.creating())) {
            new OfflineKits(laptop).open(Actor.commandLine(), new OfflineKits(db).issue(Actor.secretary("秘书"), session,
                    "E4"), Ed25519::newKeyPair);
            OfflineDay.signed(laptop, "A05", "58");
            OfflineDay.signed(laptop, "A06", "76.5");
            String file = ScoreFiles.export(laptop);
            scoreFiles.add(Files.writeString(dir.resolve("E4-刘芳.prscore"), file));
            com.fasterxml.jackson.databind.node.ObjectNode changed = ScoreFiles.tree(file);
            ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get("sheets").get(1).get("scores").get(9))
                    .put("score", "15");
            scoreFiles.add(Files.writeString(dir.resolve("E4-刘芳（改过）.prscore"), changed.toString()));
        }
        files.thenMany(scoreFiles);
        robot.clickOn("#importScores");
        robot.clickOn("#importChoose");
        TestWindows.settle(root.get().tasks());
        javafx.scene.control.ListView<?> imported = robot.lookup("#importResults").queryListView();
        save(imported.getScene(), out.resolve("score-import.png"));
        robot.interact(() -> imported.getScene().getWindow().hide());

        // The expert's laptop: the kit's database in expert mode.
        robot.interact(() -> root.get().openDatabase(java.util.Optional.of(DatabaseFile.of(laptopFile).file())));
        WaitForAsyncUtils.waitForFxEvents();
        save(scene.get(), out.resolve("expert-mode.png"));

        Platform.runLater(() -> scene.get().getWindow().hide());
        context.close();
        System.out.println("screenshots in " + out.toAbsolutePath() + " (session " + session + ")");
        Platform.exit();
        System.exit(0);
    }

    static void save(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> shot.set(scene.snapshot(null))).get();
        BufferedImage png = StepShots.rgb(shot.get());
        ImageIO.write(png, "png", file.toFile());
    }
}

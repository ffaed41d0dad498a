package com.parkreview.app.ui;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The corrections a secretary makes on the day, at a laptop's 1024 × 700, saved as PNGs for
 * README.md: an applicant loaded for editing in set-up, and Session › Properties. Needs a display:
 *
 * <pre>xvfb-run -a -s "-screen 0 1024x700x24" mvn -q -pl app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.parkreview.app.ui.CorrectionsTour -Dexec.args="docs/images zh"</pre>
 */
public final class CorrectionsTour {

    private CorrectionsTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        boolean english = args.length > 1 && args[1].equals("en");
        Locale.setDefault(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        String suffix = english ? "-en" : "";
        Path dir = Files.createTempDirectory("parkreview-corrections");
        Database db = Database.open(DatabaseFile.of(dir.resolve("tour")), OpenOptions.creating());
        long session = new DemoSession(db).create();
        ClientSettings settings = new ClientSettings(Preferences.userRoot().node("com/parkreview/tour/" + System.nanoTime()));
        ClientContext context = new ClientContext(settings, new ScriptedFileDialogs());
        FxToolkit.registerPrimaryStage();
        AtomicReference<Scene> scene = new AtomicReference<>();
        AtomicReference<ClientRoot> root = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            root.set(new ClientRoot(context, stage));
            root.get().build();
            root.get().showOpening(db.file().file());
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1024);
            stage.setHeight(700);
            stage.show();
            scene.set(stage.getScene());
        });
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            context.opening(CompletableFuture.completedFuture(db));
            root.get().databaseOpened();
            root.get().showConsole(session);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> applicants = robot.lookup((Node n) -> n instanceof TableView && "applicants".equals(n.getId()))
                .queryAs(TableView.class);
        robot.interact(() -> applicants.getSelectionModel().select(1));
        robot.clickOn("#editApplicant");
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotTour.save(scene.get(), out.resolve("setup-edit" + suffix + ".png"));
        robot.clickOn("#cancelApplicant");

        MenuBar menus = robot.lookup((Node n) -> n instanceof MenuBar).queryAs(MenuBar.class);
        MenuItem item = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "sessionProperties".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire); // the dialog waits for its answer: not from the robot's interact
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane properties = robot.lookup("#sessionProperties").queryAs(DialogPane.class);
        ScreenshotTour.save(properties.getScene(), out.resolve("session-properties" + suffix + ".png"));
        robot.clickOn(properties.lookupButton(ButtonType.CANCEL));
        robot.interact(() -> scene.get().getWindow().hide());
        db.close();
        System.exit(0);
    }
}

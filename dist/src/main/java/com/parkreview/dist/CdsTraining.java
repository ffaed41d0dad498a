package com.parkreview.dist;

import com.parkreview.app.LogSetup;
import com.parkreview.app.WindowOptions;
import com.parkreview.app.cli.ParkReviewCommand;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.ui.ParkReviewApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;

/**
 * The training run the installers' class-data-sharing archive is made from, run by the build on
 * the packaged runtime with {@code -XX:DumpLoadedClassList}: what a panel does on its first day,
 * in one process. The command line first (the version, the sessions of the user's database — the
 * demonstration database a first use places — and the results sheet printed to PDF and to XLSX),
 * then the window: it starts on that database, opens the demonstration session in the
 * secretary's console, and closes. Run it with a data folder of its own ({@code XDG_DATA_HOME},
 * {@code -Duser.home}) and a display (on Linux without one, the build uses Xvfb). Exits with
 * status 3 when the window did not reach the console, so that a broken training fails the build
 * instead of shipping a poorer archive.
 */
public final class CdsTraining {

    private static final long WINDOW_SECONDS = 120;

    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        LogSetup.toFolder(DatabaseFile.defaultFile().folder());
        ParkReviewCommand.WindowOpener noWindow = options -> {
            throw new IllegalStateException("the command line part opens no window");
        };
        command(noWindow, "--version");
        command(noWindow, "sessions");
        command(noWindow, "report", "--session", "1", "--sheet", "results", "--out", out.resolve("results.pdf").toString());
        command(noWindow, "report", "--session", "1", "--sheet", "results", "--out", out.resolve("results.xlsx").toString());

        CountDownLatch consoleShown = new CountDownLatch(1);
        Thread driver = new Thread(() -> drive(consoleShown), "training-driver");
        driver.setDaemon(true);
        driver.start();
        ParkReviewApplication.launchWindow(new WindowOptions(Optional.empty()));
        if (consoleShown.getCount() > 0) {
            System.err.println("training: the window closed before the console of the demonstration session showed");
            System.exit(3);
        }
        System.out.println("training: command line and window done");
        System.exit(0);
    }

    private static void command(ParkReviewCommand.WindowOpener opener, String... args) {
        int status = ParkReviewCommand.run(opener, args);
        if (status != 0) {
            System.err.println("training: parkreview " + String.join(" ", args) + " exited with " + status);
            System.exit(3);
        }
    }

    /** Waits for the start page's sessions, opens the first in the console, then closes the window. */
    private static void drive(CountDownLatch consoleShown) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
        try {
            while (System.nanoTime() < deadline && !onFxThread(CdsTraining::openConsole)) {
                Thread.sleep(200);
            }
            while (System.nanoTime() < deadline && !onFxThread(() -> find("#importScores").isPresent())) {
                Thread.sleep(200);
            }
            Thread.sleep(1500); // the console's first layout and refresh
            if (System.nanoTime() < deadline) {
                consoleShown.countDown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.runLater(Platform::exit);
    }

    private static boolean openConsole() {
        Optional<Node> button = find("#console");
        if (button.isEmpty() || button.get().isDisabled() || !(button.get() instanceof ButtonBase base)) {
            return false;
        }
        base.fire();
        return true;
    }

    private static Optional<Node> find(String selector) {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(scene -> scene != null).map(scene -> scene.lookup(selector))
                .filter(node -> node != null).findFirst();
    }

    private static boolean onFxThread(java.util.function.BooleanSupplier check) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        boolean[] result = new boolean[1];
        try {
            Platform.runLater(() -> {
                result[0] = check.getAsBoolean();
                done.countDown();
            });
        } catch (IllegalStateException toolkitNotUpYet) {
            return false;
        }
        return done.await(10, TimeUnit.SECONDS) && result[0];
    }
}

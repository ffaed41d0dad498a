package com.parkreview.app.ui;

import com.parkreview.app.cli.WindowOptions;
import com.parkreview.app.demo.DemoDatabase;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.reports.ReportService;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #launchWindow} opens the database before the toolkit starts and
 * hands it over once; {@link #start} only builds the window through the composition root.
 */
public final class ParkReviewApplication extends Application {

    private static final Logger LOG = Logger.getLogger(ParkReviewApplication.class.getName());

    private static final StartupPhases PHASES = new StartupPhases();

    private static CompletableFuture<ClientSettings> reading;
    private static CompletableFuture<Database> opening;
    private static ClientContext handedOver;
    private static StoreException failure;

    /**
     * Opens the database (the default one, holding the demonstration session on a first
     * start, or the one named with {@code --db}) and the window, until the window closes. The
     * user's settings are read and the database opened on a worker thread while the JavaFX
     * toolkit starts and the window is built: they do not depend on each other, and together they
     * are most of the start-up.
     */
    public static int launchWindow(WindowOptions options) {
        reading = CompletableFuture.supplyAsync(() -> {
            ClientSettings settings = ClientSettings.forUser();
            Locale.setDefault(settings.language()); // before the window is built: it is in this language
            PHASES.mark("settings read");
            return settings;
        });
        opening = reading.thenApply(settings -> open(options, settings));
        Application.launch(ParkReviewApplication.class);
        return failure == null ? 0 : 2;
    }

    private static Database open(WindowOptions options, ClientSettings settings) {
        Database database = options.database().isPresent()
                ? Database.open(DatabaseFile.of(options.database().get()), OpenOptions.existing())
                : DemoDatabase.openDefault(DatabaseFile.defaultFile());
        settings.opened(database.file().file());
        PHASES.mark("database open");
        return database;
    }

    @Override
    public void start(Stage stage) {
        PHASES.mark("toolkit up");
        handedOver = new ClientContext(reading.join(), FileDialogs.system());
        ClientRoot root = new ClientRoot(handedOver, stage);
        root.build();
        PHASES.mark("window built");
        try {
            handedOver.open(opening.join());
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof StoreException store)) {
                throw e;
            }
            failure = store;
            ErrorDialog.show(null, failure);
            Platform.exit();
            return;
        }
        root.showDatabase();
        PHASES.mark("start page filled");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setOnShown(e -> {
            PHASES.mark("window shown");
            Platform.runLater(() -> {
                long usable = StartupPhases.sinceJvmStart();
                LOG.info(PHASES.line());
                LOG.info(() -> String.format(Locale.ROOT, "first usable window %d ms after the JVM started", usable));
                preloadReports();
            });
        });
        stage.show();
    }

    /** The reports' one-time set-up, once the window is up: the first print preview comes quickly. */
    private static void preloadReports() {
        handedOver.tasks().run(() -> {
            new ReportService().preload();
            return null;
        }, done -> { }, error -> LOG.log(Level.WARNING, "reports preload failed", error));
    }

    @Override
    public void stop() {
        if (handedOver != null) {
            handedOver.close();
        }
    }
}

package com.parkreview.app.ui;

import com.parkreview.app.AppText;
import com.parkreview.app.WindowOptions;
import com.parkreview.app.demo.DemoDatabase;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.StorePlace;
import com.parkreview.reports.ReportService;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #launchWindow} reads the user's settings while the toolkit
 * starts; {@link #start} builds and shows the window through the composition root, and only
 * then opens the database.
 */
public final class ParkReviewApplication extends Application {

    private static final Logger LOG = Logger.getLogger(ParkReviewApplication.class.getName());

    private static final StartupPhases PHASES = new StartupPhases();

    private static WindowOptions options;
    private static CompletableFuture<ClientSettings> reading;
    private static ClientContext handedOver;
    private static volatile Throwable failure;

    /**
     * Opens the window on the database (the default one, holding the demonstration session on a
     * first start, or the one named with {@code --db}) until the window closes. The user's
     * settings are read on a worker thread while the JavaFX toolkit starts: the window is built
     * in their language.
     */
    public static int launchWindow(WindowOptions chosen) {
        if (NoDisplay.here()) {
            Locale.setDefault(chosen.language().orElse(ClientSettings.forUser().language()));
            System.err.println(AppText.of("window.noDisplay").text());
            return 2; // refused, as every command says it
        }
        StartupClasses.preloadInBackground();
        options = chosen;
        reading = CompletableFuture.supplyAsync(() -> {
            ClientSettings settings = ClientSettings.forUser();
            // before the window is built: it is in this language (--lang's for this run, else the one chosen last)
            Locale.setDefault(chosen.language().orElse(settings.language()));
            PHASES.mark("settings read");
            return settings;
        });
        Application.launch(ParkReviewApplication.class);
        return failure == null ? 0 : 2;
    }

    /**
     * The file the window starts on: the one named with {@code --db}, else the file used last when
     * the last place used was a file (an expert's own scoring database: a tester's walk 9 started
     * the laptop again after lunch on the demonstration session), else the user's default file.
     */
    private static DatabaseFile startingFile(ClientSettings settings) {
        return options.database().map(DatabaseFile::of)
                .or(() -> settings.lastFile().map(DatabaseFile::of))
                .orElseGet(DatabaseFile::defaultFile);
    }

    /** Where the window starts: the server named with {@code --db postgresql://…}, else the file. */
    private static StorePlace startingPlace(ClientSettings settings) {
        return options.server().<StorePlace>map(StorePlace.Server::new)
                .orElseGet(() -> new StorePlace.File(startingFile(settings).file()));
    }

    /** Connects to the server the window starts on, with the user's role (PGPASSWORD or ~/.pgpass). */
    private static OpenStore connect(ClientSettings settings, String address) {
        OpenStore server = ConnectToServer.open(address, Optional.empty(), Clock.systemDefaultZone());
        settings.opened(new StorePlace.Server(address));
        PHASES.mark("database open");
        return server;
    }

    private static Database open(ClientSettings settings) {
        DatabaseFile file = startingFile(settings);
        Database database;
        if (options.database().isPresent()) {
            database = Database.open(file, OpenOptions.existing());
        } else if (!file.file().equals(DatabaseFile.defaultFile().file())) {
            database = lastOrDefault(file);
        } else {
            database = DemoDatabase.openDefault(file);
        }
        settings.opened(database.file().file());
        PHASES.mark("database open");
        return database;
    }

    /** The file used last; the default one when it no longer opens (moved to another laptop, say). */
    private static Database lastOrDefault(DatabaseFile last) {
        try {
            return Database.open(last, OpenOptions.existing());
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "the database used last did not open; the default one instead", e);
            return DemoDatabase.openDefault(DatabaseFile.defaultFile());
        }
    }

    /**
     * Shows the window with the start page as the settings know it (the file, the files opened
     * lately), then opens the database on a worker thread. Opening it meanwhile would take the
     * second core from the window on a two-core laptop; anything that needs it before it is open
     * waits for it ({@link ClientContext#opening}).
     */
    @Override
    public void start(Stage stage) {
        PHASES.mark("toolkit up");
        ClientSettings settings = reading.join();
        handedOver = new ClientContext(settings, FileDialogs.system());
        ClientRoot root = new ClientRoot(handedOver, stage);
        root.build();
        root.showOpening(startingPlace(settings));
        PHASES.mark("window built");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setOnShown(e -> {
            PHASES.mark("window shown");
            Platform.runLater(() -> {
                long usable = StartupPhases.sinceJvmStart();
                openDatabase(root, settings, stage, usable);
            });
        });
        stage.show();
    }

    private static void openDatabase(ClientRoot root, ClientSettings settings, Stage stage, long usable) {
        WindowStart start = new WindowStart(handedOver, root, stage, () -> {
            root.databaseOpened();
            PHASES.mark("sessions listed");
            LOG.info(PHASES.line());
            LOG.info(() -> String.format(Locale.ROOT, "first usable window %d ms after the JVM started", usable));
            options.file().ifPresent(root::openGiven);
            preloadReports();
        }, error -> {
            failure = error;
            ErrorDialog.show(stage, failure);
            Platform.exit();
        });
        if (options.server().isPresent()) {
            start.onServer(options.server().get(), CompletableFuture.supplyAsync(() -> connect(settings,
                    options.server().get())));
        } else {
            start.onFile(CompletableFuture.supplyAsync(() -> open(settings)));
        }
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

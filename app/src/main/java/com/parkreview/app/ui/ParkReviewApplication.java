package com.parkreview.app.ui;

import com.parkreview.app.cli.WindowOptions;
import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.ui.common.ErrorDialog;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    private static CompletableFuture<ClientContext> opening;
    private static ClientContext handedOver;
    private static StoreException failure;

    /**
     * Opens the database (the default one, created with the demonstration session on a first
     * start, or the one named with {@code --db}) and the window, until the window closes. The
     * database opens on a worker thread while the JavaFX toolkit starts: the two do not depend on
     * each other, and together they are most of the start-up.
     */
    public static int launchWindow(WindowOptions options) {
        ClientSettings settings = ClientSettings.forUser();
        Locale.setDefault(settings.language());
        opening = CompletableFuture.supplyAsync(() -> open(options, settings));
        Application.launch(ParkReviewApplication.class);
        return failure == null ? 0 : 2;
    }

    private static ClientContext open(WindowOptions options, ClientSettings settings) {
        Database database = options.database().isPresent()
                ? Database.open(DatabaseFile.of(options.database().get()), OpenOptions.existing())
                : Database.open(DatabaseFile.defaultFile(), OpenOptions.creating());
        if (database.created()) {
            new DemoSession(database).create();
        }
        settings.opened(database.file().file());
        return new ClientContext(settings, database);
    }

    @Override
    public void start(Stage stage) {
        try {
            handedOver = opening.join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof StoreException store)) {
                throw e;
            }
            failure = store;
        }
        if (failure != null) {
            ErrorDialog.show(null, failure);
            Platform.exit();
            return;
        }
        new ClientRoot(handedOver, stage).show();
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setOnShown(e -> Platform.runLater(() -> {
            LOG.info(() -> String.format(Locale.ROOT, "first usable window %d ms after the JVM started",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
            // The reports' one-time set-up, now that the window is up: the first print preview comes quickly.
            handedOver.tasks().run(() -> {
                new com.parkreview.reports.ReportService().preload();
                return null;
            }, done -> { }, error -> LOG.log(java.util.logging.Level.WARNING, "reports preload failed", error));
        }));
        stage.show();
    }

    @Override
    public void stop() {
        if (handedOver != null) {
            handedOver.close();
        }
    }
}

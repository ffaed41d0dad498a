package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.app.ui.common.StorePlace;
import com.parkreview.app.ui.connect.ConnectViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The store the window starts on, opened off the FX thread while the window shows it opening. A
 * server that cannot be reached offers the newest database file on this computer, as File ›
 * Connect to server… does; anything else that cannot be opened is {@code failed} (the window says
 * why and closes).
 */
final class WindowStart {

    private final ClientContext context;
    private final ClientRoot root;
    private final Window owner;
    private final Runnable opened;
    private final Consumer<Throwable> failed;

    /** {@code opened} and {@code failed} run on the FX thread. */
    WindowStart(ClientContext context, ClientRoot root, Window owner, Runnable opened, Consumer<Throwable> failed) {
        this.context = context;
        this.root = root;
        this.owner = owner;
        this.opened = opened;
        this.failed = failed;
    }

    void onFile(CompletableFuture<Database> database) {
        context.opening(database);
        whenDone(database, failed);
    }

    void onServer(String address, CompletableFuture<OpenStore> connecting) {
        context.connecting(connecting);
        whenDone(connecting, cause -> lastFileInstead(address, cause).ifPresentOrElse(this::openInstead,
                () -> failed.accept(cause)));
    }

    private void whenDone(CompletableFuture<?> opening, Consumer<Throwable> refused) {
        opening.whenComplete((store, error) -> Platform.runLater(() -> {
            if (error == null) {
                opened.run();
            } else {
                refused.accept(error instanceof CompletionException ? error.getCause() : error);
            }
        }));
    }

    /** A server not reached, and a file on this computer the user chose to open instead. */
    private Optional<Path> lastFileInstead(String address, Throwable cause) {
        if (!(cause instanceof StoreException e) || e.kind() != StoreException.Kind.UNREACHABLE) {
            return Optional.empty();
        }
        ConnectViewModel.Refused refused = new ConnectViewModel(
                (a, p) -> ConnectToServer.open(a, p, Clock.systemDefaultZone()), new StorePlace.Server(address),
                context.settings().recent(), DatabaseFile.defaultFile().file()).unreachable(e);
        return refused.lastFile().isEmpty() ? Optional.empty()
                : ServerFlow.offerLastFile(owner, refused.message(), refused.lastFile());
    }

    private void openInstead(Path file) {
        root.showOpening(new StorePlace.File(file));
        CompletableFuture<Database> database = CompletableFuture.supplyAsync(() -> {
            Database opened = Database.open(DatabaseFile.of(file), OpenOptions.existing());
            context.settings().opened(opened.file().file());
            return opened;
        });
        context.openingInstead(database);
        whenDone(database, failed);
    }
}

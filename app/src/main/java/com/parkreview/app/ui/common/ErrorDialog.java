package com.parkreview.app.ui.common;

import com.parkreview.app.LogSetup;
import java.nio.file.Path;
import com.parkreview.app.files.DiskRefusal;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.scoring.ValidationException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What the user sees when something fails: a dialog in their language saying what happened and
 * what to do. The details go to the log in the data folder; never a stack trace on screen.
 */
public final class ErrorDialog {

    private static final Logger LOG = Logger.getLogger(ErrorDialog.class.getName());

    /** What the window does when the server it works on is no longer reached (set by its root). */
    private static volatile BiConsumer<Window, StoreException> serverLost;

    private ErrorDialog() {
    }

    /**
     * A server the window works on that can no longer be reached is answered by {@code handler}
     * (which says so and offers a database file on this computer) instead of a plain error.
     */
    public static void whenServerLost(BiConsumer<Window, StoreException> handler) {
        serverLost = handler;
    }

    /** The sentence for the user: the refusal's or the store's own, or a general one. */
    public static String message(Throwable error) {
        if (error instanceof ValidationException refusal) {
            return refusal.getMessage(UiText.locale());
        }
        if (error instanceof StoreException store) {
            return store.message(UiText.locale());
        }
        return DiskRefusal.in(error).map(disk -> disk.in(UiText.locale())).orElse(
                UiText.text("error.unexpected", LogSetup.file().map(Path::toString).orElse("—")));
    }

    /**
     * Runs what the user asked for; a refusal or a failure is shown over {@code owner} instead of
     * escaping.
     *
     * @return whether it ran through
     */
    public static boolean guard(Window owner, Runnable action) {
        return guard(owner, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** What the action answered; empty when it was refused or failed (and the user was told), or answered nothing. */
    public static <T> Optional<T> guard(Window owner, Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException e) {
            show(owner, e);
            return Optional.empty();
        }
    }

    /** The window {@code node} is shown in, if it is. */
    public static Window windowOf(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    public static void show(Window owner, Throwable error) {
        if (error instanceof StoreException lost && lost.kind() == StoreException.Kind.UNREACHABLE
                && serverLost != null) {
            LOG.log(Level.WARNING, "the server was lost", error);
            serverLost.accept(owner, lost);
            return;
        }
        if (!(error instanceof ValidationException)) {
            LOG.log(Level.WARNING, "shown to the user", error);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message(error), ButtonType.OK);
        alert.setTitle(UiText.text("app.title"));
        alert.setHeaderText(UiText.text(error instanceof ValidationException ? "error.refused" : "error.failed"));
        alert.getDialogPane().setId("errorDialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
    }
}

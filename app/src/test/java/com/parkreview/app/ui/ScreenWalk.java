package com.parkreview.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A walk through the window's screens and dialogs, in one language, at a laptop's 1024 × 700: at
 * each, what it shows cut short or out of sight ({@link CutText}), a dialog bigger than the
 * screen, and, in Chinese, every English word outside the allowed names ({@link ShownWords}).
 * Each finding names the screen and the language.
 */
final class ScreenWalk {

    static final double WIDTH = 1024;
    static final double HEIGHT = 700;

    private final String language;
    private final boolean chinese;
    private final Stage window;
    private final List<String> findings = new ArrayList<>();
    private final List<String> visited = new ArrayList<>();

    ScreenWalk(String language, boolean chinese, Stage window) {
        this.language = language;
        this.chinese = chinese;
        this.window = window;
    }

    /** What the walk found, one line each; empty when every screen shows its words in full. */
    List<String> findings() {
        return List.copyOf(findings);
    }

    /** The screens and dialogs checked, in order. */
    List<String> visited() {
        return List.copyOf(visited);
    }

    /** Checks what the window shows now, as the screen named. */
    void screen(String name) {
        settle();
        check(name, fx(window::getScene));
    }

    /**
     * Runs {@code opening} later on the FX thread (a dialog waits for its answer: not from the
     * robot's interact), waits for the dialog it opens and checks it.
     */
    DialogPane dialog(String name, Runnable opening) {
        Set<Window> before = fx(() -> Set.copyOf(Window.getWindows()));
        Platform.runLater(opening);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> newDialog(before).isPresent()));
        } catch (TimeoutException e) {
            throw new AssertionError(name + " [" + language + "]: no dialog opened", e);
        }
        DialogPane pane = fx(() -> newDialog(before).orElseThrow());
        settle();
        check(name, fx(pane::getScene));
        return pane;
    }

    /** Checks a dialog again, after something in it changed. */
    void again(String name, DialogPane pane) {
        settle();
        check(name, fx(pane::getScene));
    }

    /** Closes a dialog by its cancel or close button (OK when it has no other) and waits until it has gone. */
    void close(DialogPane pane) {
        answer(pane, fx(() -> pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                .orElse(ButtonType.OK)));
    }

    /** Presses a dialog's button and waits until the dialog has gone. */
    void answer(DialogPane pane, ButtonType type) {
        Window dialog = fx(() -> pane.getScene().getWindow());
        Set<Window> before = fx(() -> Set.copyOf(Window.getWindows()));
        Platform.runLater(() -> ((Button) pane.lookupButton(type)).fire());
        settle();
        // a form left with something typed in it asks first (DiscardGuard): that question is walked too, and answered yes
        Optional<DialogPane> asked = fx(() -> newDialog(before)).filter(p -> "discardChanges".equals(p.getId()));
        if (asked.isPresent()) {
            check("discard question", fx(asked.get()::getScene));
            Platform.runLater(() -> ((Button) asked.get().lookupButton(ButtonType.OK)).fire());
        }
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !dialog.isShowing()));
        } catch (TimeoutException e) {
            throw new AssertionError("the dialog did not close", e);
        }
        settle();
    }

    private Optional<DialogPane> newDialog(Set<Window> before) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w))
                .map(Window::getScene).filter(s -> s != null && s.getRoot() instanceof DialogPane)
                .map(s -> (DialogPane) s.getRoot()).findFirst();
    }

    private void check(String name, Scene scene) {
        String where = name + " [" + language + "]: ";
        visited.add(name);
        fx(() -> {
            CutText.in(scene.getRoot()).forEach(cut -> findings.add(where + cut));
            Window shown = scene.getWindow();
            if (shown != window && (shown.getWidth() > WIDTH + 0.5 || shown.getHeight() > HEIGHT + 0.5)) {
                findings.add(where + "(dialog " + shown.getWidth() + " × " + shown.getHeight()
                        + " px, larger than a 1024 × 700 screen)");
            }
            if (chinese) {
                ShownWords.english(scene).forEach(word -> findings.add(where + "English " + word));
            }
            return null;
        });
    }

    /** Until the FX thread has laid out and drawn what changed. */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    /** The value computed on the FX thread. */
    static <T> T fx(Callable<T> callable) {
        try {
            return WaitForAsyncUtils.asyncFx(callable).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs on the FX thread and waits for it. */
    static void run(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** The node of the window (or a dialog) by its CSS selector. */
    static <T extends Node> T find(Node in, String selector, Class<T> type) {
        return type.cast(fx(() -> Optional.ofNullable(in.lookup(selector))
                .orElseThrow(() -> new AssertionError("nothing matches " + selector))));
    }
}

package com.parkreview.app.ui;

import com.parkreview.app.ui.shell.MainWindowView;
import javafx.scene.Node;

/**
 * The window's screen area: one screen at a time, and what the screen shown asked to be done when
 * another replaces it (a running defense timer stopped, the console's session let go).
 */
final class Screens {

    private static final Runnable NOTHING = () -> { };

    private MainWindowView shell;
    private Runnable leaveScreen = NOTHING;

    /** The window's frame, made again when the language changes. */
    void attach(MainWindowView shell) {
        this.shell = shell;
    }

    MainWindowView shell() {
        return shell;
    }

    /** Leaves the screen shown, running what it asked for. */
    void leave() {
        leaveScreen.run();
        leaveScreen = NOTHING;
    }

    /** Shows a screen (leave the one before first). */
    void show(Node page) {
        shell.show(page);
    }

    /** Shows a screen that asks for {@code onLeave} when another replaces it. */
    void show(Node page, Runnable onLeave) {
        leaveScreen = onLeave;
        shell.show(page);
    }

    boolean isShowing(Node page) {
        return shell.isShowing(page);
    }
}

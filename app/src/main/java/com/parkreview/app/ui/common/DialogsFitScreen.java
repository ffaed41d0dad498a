package com.parkreview.app.ui.common;

import javafx.scene.Parent;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every dialog opens whole on a laptop's 1024 × 700: never taller or wider than the screen it opens
 * on, nor than the window it belongs to (a laptop's window fills its screen), and never with its
 * title or its buttons off the screen. A dialog made smaller scrolls its content; its buttons stay.
 */
public final class DialogsFitScreen {

    /** The smallest room a dialog is given, however small its window. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private DialogsFitScreen() {
    }

    /** From now on, each window that opens over another is fitted when shown. Once per program; on the FX thread. */
    public static void install() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage dialog && dialog.getOwner() != null) {
                        // resizable, so that a window manager never pins it at a size taken before its
                        // content was laid out (a tester's round 17: 初审 at 600 × 230, min = max, on Openbox)
                        dialog.setResizable(true);
                        // at once, no larger than the room (no frame is drawn past the screen: the headless
                        // screen of the tests fails on one); later again, as a dialog places itself once shown
                        dialog.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                            keepWithinRoom(dialog);
                            Platform.runLater(() -> fitNowAndWhenResized(dialog));
                        });
                    }
                }
            }
        });
    }

    /**
     * A dialog's content that scrolls once the dialog is made smaller than it (large text on a
     * laptop): the header and the buttons stay in sight, the content does not run under them.
     */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The dialog never grows past the room its screen and window give, whatever its content asks. */
    private static void keepWithinRoom(Stage dialog) {
        Rectangle2D room = room(dialog.getOwner());
        dialog.setMaxWidth(room.getWidth());
        dialog.setMaxHeight(room.getHeight());
        fit(dialog, dialog.getOwner());
    }

    /** Fits the dialog now, and again each time it grows (a dialog that sizes itself to new content). */
    private static void fitNowAndWhenResized(Stage dialog) {
        growToContent(dialog);
        fit(dialog, dialog.getOwner());
        if (dialog.getProperties().putIfAbsent(DialogsFitScreen.class, Boolean.TRUE) == null) {
            InvalidationListener refit = resized -> Platform.runLater(() -> {
                if (dialog.isShowing()) {
                    fit(dialog, dialog.getOwner());
                }
            });
            dialog.widthProperty().addListener(refit);
            dialog.heightProperty().addListener(refit);
        }
    }

    /**
     * A dialog shown smaller than its content asks (a window manager that placed it before its
     * layout: the 初审 checklist seen through a 50 px strip) is made as large as its content, which
     * {@link #fit} then keeps within the room.
     */
    private static void growToContent(Stage dialog) {
        if (dialog.getScene() == null || dialog.getScene().getRoot() == null) {
            return;
        }
        Parent root = dialog.getScene().getRoot();
        double frameWidth = Math.max(0, dialog.getWidth() - dialog.getScene().getWidth());
        double frameHeight = Math.max(0, dialog.getHeight() - dialog.getScene().getHeight());
        double width = Math.max(dialog.getScene().getWidth(), Math.min(root.prefWidth(-1), root.maxWidth(-1)));
        double height = root.prefHeight(width);
        if (width + frameWidth > dialog.getWidth() + 1) {
            dialog.setWidth(width + frameWidth);
        }
        if (height + frameHeight > dialog.getHeight() + 1) {
            dialog.setHeight(height + frameHeight);
        }
    }

    /** Moves and shrinks the dialog into the room its screen and its window give. */
    static void fit(Window dialog, Window owner) {
        Rectangle2D room = room(owner);
        if (dialog.getWidth() > room.getWidth()) {
            dialog.setWidth(room.getWidth());
        }
        if (dialog.getHeight() > room.getHeight()) {
            dialog.setHeight(room.getHeight());
        }
        dialog.setX(within(dialog.getX(), room.getMinX(), room.getMaxX() - dialog.getWidth()));
        dialog.setY(within(dialog.getY(), room.getMinY(), room.getMaxY() - dialog.getHeight()));
    }

    /**
     * Lets a dialog be wider than the 600 px the theme allows every dialog (AtlantaFX's
     * {@code .dialog-pane}): for a form, a page or two columns that need the room. Inline, since
     * the theme's rule would otherwise win over a value set in code.
     */
    public static void allowWide(DialogPane pane) {
        pane.setStyle("-fx-max-width: 100000px;");
    }

    /** The screen's visible area under the window, cut to the window unless that leaves less than the minimum. */
    public static Rectangle2D room(Window owner) {
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double minX = Math.max(screen.getMinX(), owner.getX());
        double minY = Math.max(screen.getMinY(), owner.getY());
        double maxX = Math.min(screen.getMaxX(), owner.getX() + owner.getWidth());
        double maxY = Math.min(screen.getMaxY(), owner.getY() + owner.getHeight());
        if (maxX - minX < MIN_WIDTH || maxY - minY < MIN_HEIGHT) {
            return screen;
        }
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    private static double within(double value, double low, double high) {
        return Math.max(low, Math.min(value, high));
    }
}

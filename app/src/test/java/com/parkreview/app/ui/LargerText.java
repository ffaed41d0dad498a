package com.parkreview.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The window as a laptop at 150 % display scaling shows it, as near as a headless screen allows:
 * every font size the app's stylesheet names (the root's 14 px, which the theme's controls follow,
 * and the classes' own 12, 15, 22 px…) 1.5 times as large, on the same 1024 × 700 logical screen.
 * Monocle has no output scale of its own, and one would not change the layout in logical pixels:
 * the text grows, and with it every control sized by its text; paddings and gaps the theme gives
 * in pixels stay as they are.
 */
final class LargerText {

    static final double FACTOR = 1.5;

    private static final Pattern FONT_SIZE = Pattern.compile("(-fx-font-size:\\s*)([0-9.]+)px");

    private LargerText() {
    }

    /** The app's stylesheet with every font size in pixels made {@link #FACTOR} times as large, as a data URL. */
    static String stylesheet() {
        String css;
        try (InputStream in = Theme.class.getResourceAsStream("app.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Matcher size = FONT_SIZE.matcher(css);
        StringBuilder larger = new StringBuilder();
        while (size.find()) {
            String px = String.format(Locale.ROOT, "%.1f", Double.parseDouble(size.group(2)) * FACTOR);
            size.appendReplacement(larger, Matcher.quoteReplacement(size.group(1) + px + "px"));
        }
        size.appendTail(larger);
        return "data:text/css," + URLEncoder.encode(larger.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * From now on every window's scene ends its stylesheets with {@link #stylesheet}: the window's
     * own now, and each dialog's as it opens (a dialog takes its owner's stylesheets, not always).
     * On the FX thread; running what it returns stops it for windows opened later.
     */
    static Runnable everywhere(Scene window) {
        String larger = stylesheet();
        window.getStylesheets().add(larger);
        ListChangeListener<Window> opened = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(added -> added.sceneProperty().subscribe(scene -> {
                    if (scene != null && !scene.getStylesheets().contains(larger)) {
                        scene.getStylesheets().add(larger);
                    }
                }));
            }
        };
        Window.getWindows().addListener(opened);
        return () -> Window.getWindows().removeListener(opened);
    }
}

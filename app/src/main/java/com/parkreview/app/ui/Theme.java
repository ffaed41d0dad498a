package com.parkreview.app.ui;

import atlantafx.base.theme.PrimerLight;
import com.parkreview.reports.ReportService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Screen;

/**
 * The look: AtlantaFX's Primer Light, ParkReview's own stylesheet of semantic classes on top,
 * and — where the system has no Chinese font — the CJK font the reports bundle, so that Chinese
 * never shows as boxes.
 */
final class Theme {

    private static final Logger LOG = Logger.getLogger(Theme.class.getName());

    /** Families that carry Simplified Chinese on the usual systems. */
    private static final List<String> CJK_HINTS = List.of("yahei", "simsun", "simhei", "dengxian", "pingfang",
            "heiti", "songti", "hiragino sans gb", "noto sans cjk", "noto serif cjk", "noto sans sc", "source han",
            "wenquanyi", "wqy", "droid sans fallback", "ar pl", "fangsong", "kaiti");

    private static Optional<String> fallbackFamily;

    private Theme() {
    }

    /**
     * Makes the theme the one every control starts with. Before the first control is made: the
     * first one otherwise loads JavaFX's own theme, only to have it replaced.
     */
    static void install() {
        // The theme's binary form: parsing its 190 KB of CSS costs a noticeable part of the start-up.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    /**
     * The window's scene, in the look {@link #install} set up: 1280×720, or the screen's usable
     * area where that is smaller (a 1024×700 screen), so that no part of the window starts off
     * the screen.
     */
    static Scene scene(Parent root) {
        Rectangle2D usable = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, usable.getWidth()), Math.min(720, usable.getHeight()));
        scene.getStylesheets().add(Theme.class.getResource("app.css").toExternalForm());
        cjkFallback().ifPresent(family -> scene.getStylesheets().add("data:text/css,"
                + URLEncoder.encode(".root { -fx-font-family: \"" + family + "\"; } "
                        // a chart's axis names its font itself: without this its Chinese labels show as boxes
                        + ".axis { -fx-tick-label-font: 0.85em \"" + family + "\"; }", StandardCharsets.UTF_8)
                        .replace("+", "%20")));
        return scene;
    }

    /** The bundled font's family when the system has none for Chinese; loaded once. */
    static synchronized Optional<String> cjkFallback() {
        if (fallbackFamily == null) {
            fallbackFamily = systemHasCjk(Font.getFamilies()) ? Optional.empty() : loadBundled();
        }
        return fallbackFamily;
    }

    static boolean systemHasCjk(List<String> families) {
        return families.stream().map(f -> f.toLowerCase(Locale.ROOT))
                .anyMatch(f -> CJK_HINTS.stream().anyMatch(f::contains));
    }

    private static Optional<String> loadBundled() {
        try (InputStream in = new ReportService().bundledFont()) {
            Font font = Font.loadFont(in, 14);
            if (font == null) {
                LOG.warning("the bundled CJK font could not be loaded");
                return Optional.empty();
            }
            LOG.info(() -> "no CJK font on this system: using the bundled " + font.getFamily());
            return Optional.of(font.getFamily());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the bundled CJK font could not be read", e);
            return Optional.empty();
        }
    }
}

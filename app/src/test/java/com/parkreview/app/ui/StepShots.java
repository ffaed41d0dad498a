package com.parkreview.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the screen as a user sees it at each step of a test — the window and any dialog
 * over it — as PNGs numbered in order. Into {@code target/<name>} unless the system property
 * {@code parkreview.stepShots} names another folder (README's pictures are made that way).
 */
final class StepShots {

    private final Path folder;
    private int taken;

    StepShots(String name) {
        String chosen = System.getProperty("parkreview.stepShots");
        this.folder = chosen == null || chosen.isBlank() ? Path.of("target", name) : Path.of(chosen);
    }

    /** The window's area of the screen, dialogs included, saved as {@code NN-step.png}; returns the file. */
    Path take(FxRobot robot, Stage window, String step) {
        WaitForAsyncUtils.waitForFxEvents();
        // in two halves: Monocle's headless robot cannot capture its whole screen at once, and the window fills it
        double half = Math.floor(window.getHeight() / 2);
        Image top = robot.capture(new Rectangle2D(window.getX(), window.getY(), window.getWidth(), half)).getImage();
        Image bottom = robot.capture(new Rectangle2D(window.getX(), window.getY() + half, window.getWidth(),
                window.getHeight() - half)).getImage();
        BufferedImage whole = new BufferedImage((int) top.getWidth(), (int) (top.getHeight() + bottom.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        whole.getGraphics().drawImage(rgb(top), 0, 0, null);
        whole.getGraphics().drawImage(rgb(bottom), 0, (int) top.getHeight(), null);
        Path file = folder.resolve(String.format("%02d-%s.png", ++taken, step));
        try {
            Files.createDirectories(folder);
            ImageIO.write(whole, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A JavaFX image as an RGB image ImageIO writes. */
    static BufferedImage rgb(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return png;
    }
}

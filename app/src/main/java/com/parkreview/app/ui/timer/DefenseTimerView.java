package com.parkreview.app.ui.timer;

import com.parkreview.app.ui.common.UiText;
import java.awt.Toolkit;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * The defense clock in a corner of the score form. Binds the view model, ticks it once a second,
 * and at the end of a phase gives one gentle signal: the card glows for a few seconds and the
 * system beeps once.
 */
public final class DefenseTimerView {

    @FXML
    private VBox box;
    @FXML
    private Label phase;
    @FXML
    private Label remaining;
    @FXML
    private ProgressBar progress;
    @FXML
    private Button startPause;

    private DefenseTimerViewModel model;
    private final Timeline clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1),
            e -> model.tick(Duration.ofSeconds(1))));

    public void bind(DefenseTimerViewModel model) {
        this.model = model;
        clock.setCycleCount(Animation.INDEFINITE);
        phase.textProperty().bind(model.phaseTextProperty());
        remaining.textProperty().bind(model.remainingTextProperty());
        progress.progressProperty().bind(model.progressProperty());
        model.overtimeProperty().addListener((obs, old, now) -> toggle("overtime", now));
        model.runningProperty().addListener((obs, old, now) -> {
            startPause.setText(UiText.text(now ? "timer.pause" : "timer.start"));
            if (now) {
                clock.play();
            } else {
                clock.stop();
            }
        });
        startPause.setText(UiText.text("timer.start"));
        model.signalsProperty().addListener((obs, old, now) -> signal());
    }

    /** Stops the clock when the form is left. */
    public void stop() {
        clock.stop();
    }

    @FXML
    private void startPause() {
        if (model.runningProperty().get()) {
            model.pause();
        } else {
            model.start();
        }
    }

    @FXML
    private void next() {
        model.nextPhase();
    }

    @FXML
    private void reset() {
        model.reset();
    }

    private void signal() {
        toggle("signal", true);
        PauseTransition glow = new PauseTransition(javafx.util.Duration.seconds(4));
        glow.setOnFinished(e -> toggle("signal", false));
        glow.play();
        try {
            Toolkit.getDefaultToolkit().beep();
        } catch (RuntimeException | Error noSound) {
            // no sound on this machine: the glow is the signal
        }
    }

    private void toggle(String styleClass, boolean on) {
        box.getStyleClass().remove(styleClass);
        if (on) {
            box.getStyleClass().add(styleClass);
        }
    }
}

package com.parkreview.app.ui.timer;

import com.parkreview.app.review.DefenseTiming;
import com.parkreview.app.ui.common.UiText;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The defense clock: the applicant's presentation, then questions and answers, each with its
 * configured length. The view ticks it; at the end of a phase it signals once, gently.
 */
public final class DefenseTimerViewModel {

    /** Where the defense is. */
    public enum Phase { READY, PRESENTATION, QA, OVER }

    private final DefenseTiming timing;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper remainingText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper phaseText = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper overtime = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Integer> signals = new ReadOnlyObjectWrapper<>(0);
    private Duration elapsed = Duration.ZERO;

    public DefenseTimerViewModel(DefenseTiming timing) {
        this.timing = timing;
        refresh();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** {@code 12:05} left in the phase, or {@code +0:40} past its end. */
    public ReadOnlyStringProperty remainingTextProperty() {
        return remainingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseTextProperty() {
        return phaseText.getReadOnlyProperty();
    }

    /** How much of the phase has passed, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The phase's time is up and it goes on. */
    public ReadOnlyBooleanProperty overtimeProperty() {
        return overtime.getReadOnlyProperty();
    }

    /** Counts the end-of-phase signals given; the view plays one each time it goes up. */
    public ReadOnlyObjectProperty<Integer> signalsProperty() {
        return signals.getReadOnlyProperty();
    }

    /** Starts the presentation, or goes on after a pause. */
    public void start() {
        if (phase.get() == Phase.READY) {
            phase.set(Phase.PRESENTATION);
            elapsed = Duration.ZERO;
        }
        if (phase.get() != Phase.OVER) {
            running.set(true);
        }
        refresh();
    }

    public void pause() {
        running.set(false);
        refresh();
    }

    /** Presentation → questions → over, whatever the clock says. */
    public void nextPhase() {
        phase.set(switch (phase.get()) {
            case READY -> Phase.PRESENTATION;
            case PRESENTATION -> Phase.QA;
            case QA, OVER -> Phase.OVER;
        });
        elapsed = Duration.ZERO;
        running.set(phase.get() != Phase.OVER && running.get());
        refresh();
    }

    public void reset() {
        phase.set(Phase.READY);
        running.set(false);
        elapsed = Duration.ZERO;
        refresh();
    }

    /** Time passes (the view calls this from its clock). */
    public void tick(Duration passed) {
        if (!running.get()) {
            return;
        }
        Duration length = length();
        boolean wasWithin = elapsed.compareTo(length) < 0;
        elapsed = elapsed.plus(passed);
        if (wasWithin && elapsed.compareTo(length) >= 0) {
            signals.set(signals.get() + 1);
        }
        refresh();
    }

    private Duration length() {
        return switch (phase.get()) {
            case PRESENTATION -> Duration.ofMinutes(timing.presentationMinutes());
            case QA -> Duration.ofMinutes(timing.qaMinutes());
            case READY, OVER -> Duration.ZERO;
        };
    }

    private void refresh() {
        Duration length = length();
        Duration left = length.minus(elapsed);
        overtime.set(phase.get() != Phase.READY && phase.get() != Phase.OVER && left.isNegative());
        remainingText.set(phase.get() == Phase.READY
                ? clock(Duration.ofMinutes(timing.presentationMinutes()))
                : left.isNegative() ? "+" + clock(left.negated()) : clock(left));
        progress.set(length.isZero() ? 0 : Math.min(1, (double) elapsed.toMillis() / length.toMillis()));
        phaseText.set(UiText.text("timer.phase." + phase.get().name(), timing.presentationMinutes(), timing.qaMinutes()));
    }

    private static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}

package com.parkreview.app.ui.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.DefenseTiming;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DefenseTimerViewModelTest {

    private final DefenseTimerViewModel timer = new DefenseTimerViewModel(new DefenseTiming(15, 10));

    @Test
    void countsDownThePresentationOnlyWhileRunning() {
        assertEquals("15:00", timer.remainingTextProperty().get());
        timer.tick(Duration.ofMinutes(1));
        assertEquals("15:00", timer.remainingTextProperty().get(), "not started: time does not pass");
        timer.start();
        timer.tick(Duration.ofSeconds(65));
        assertEquals("13:55", timer.remainingTextProperty().get());
        timer.pause();
        timer.tick(Duration.ofMinutes(5));
        assertEquals("13:55", timer.remainingTextProperty().get());
    }

    @Test
    void signalsOnceWhenAPhaseEndsThenShowsOvertime() {
        timer.start();
        timer.tick(Duration.ofMinutes(14));
        assertEquals(0, timer.signalsProperty().get());
        timer.tick(Duration.ofMinutes(1));
        assertEquals(1, timer.signalsProperty().get());
        timer.tick(Duration.ofSeconds(40));
        assertEquals(1, timer.signalsProperty().get(), "one signal, however long the overtime");
        assertTrue(timer.overtimeProperty().get());
        assertEquals("+0:40", timer.remainingTextProperty().get());
        assertEquals(1.0, timer.progressProperty().get());
    }

    @Test
    void questionsFollowThePresentationWithTheirOwnLength() {
        timer.start();
        timer.nextPhase();
        assertEquals(DefenseTimerViewModel.Phase.QA, timer.phaseProperty().get());
        assertEquals("10:00", timer.remainingTextProperty().get());
        assertFalse(timer.overtimeProperty().get());
        timer.tick(Duration.ofMinutes(10));
        assertEquals(1, timer.signalsProperty().get());
        timer.nextPhase();
        assertEquals(DefenseTimerViewModel.Phase.OVER, timer.phaseProperty().get());
        assertFalse(timer.runningProperty().get());
    }

    @Test
    void resetGoesBackToTheStart() {
        timer.start();
        timer.tick(Duration.ofMinutes(3));
        timer.reset();
        assertEquals(DefenseTimerViewModel.Phase.READY, timer.phaseProperty().get());
        assertEquals("15:00", timer.remainingTextProperty().get());
    }
}

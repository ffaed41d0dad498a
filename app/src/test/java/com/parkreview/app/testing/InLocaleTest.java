package com.parkreview.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Declared before ApplicationExtension, the locale is already set when {@code @Start} builds the
 * window, so its texts are in that language too, not only what the test reads later.
 */
@InLocale("zh")
@ExtendWith(ApplicationExtension.class)
class InLocaleTest {

    private Locale whenTheWindowWasBuilt;

    @Start
    void start(Stage stage) {
        whenTheWindowWasBuilt = Locale.getDefault();
    }

    @Test
    void theWindowIsBuiltInTheTestsLanguage() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, whenTheWindowWasBuilt);
        assertEquals(Locale.SIMPLIFIED_CHINESE, Locale.getDefault());
    }
}

package com.parkreview.app.ui.console;

import com.parkreview.app.testing.InLocale;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console in Chinese, the language of every screen by default. */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith(ApplicationExtension.class)
class ConsoleFitsInChineseTest extends ConsoleFits {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }
}

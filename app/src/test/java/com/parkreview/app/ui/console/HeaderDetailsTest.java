package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.TestWindows;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A tester's round 24: a session made without a venue was headed "2026 年度 · — · · 设置中 · 预算 — 万元". */
@InLocale("zh")
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class HeaderDetailsTest extends ConsoleWindowTest {

    private long session;

    @Start
    void start(Stage stage) {
        db = TestSessions.freshDatabase(dir);
        session = new SessionSetup(db).createSession(TestSessions.SECRETARY, new SessionDetails("无会场批次", 2026,
                Optional.empty(), "", Optional.empty(), null), ProgrammeSettings.SHIJINGSHAN);
        root = TestWindows.open(stage, db, FileDialogs.system(), 1024, 700);
    }

    @Test
    void aDetailLeftBlankIsLeftOutOfTheHeader(FxRobot robot) {
        robot.interact(() -> root.showConsole(session));
        FlowPane subtitle = robot.lookup((Node n) -> n instanceof FlowPane && "subtitle".equals(n.getId()))
                .queryAs(FlowPane.class);
        String shown = subtitle.getChildren().stream().map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertEquals("2026 年度 · — · 设置中 · 预算 — 万元", shown);
    }
}

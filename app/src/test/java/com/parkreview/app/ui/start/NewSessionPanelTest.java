package com.parkreview.app.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.Panel;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.server.AddPanel;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.app.server.InitServer;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.PostgresServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The New-session form's panel (issue 20): on a server, a secretary of several panels must choose
 * one before OK, and the session is made in it; of one panel, it is theirs; on a file there is no
 * panel row and the session belongs to none.
 */
@InLocale("en")
class NewSessionPanelTest {

    private static final Actor SECRETARY = Actor.secretary("王秘书");

    @TempDir
    Path dir;

    @Test
    void aSecretaryOfSeveralPanelsChoosesOneAndTheSessionIsMadeInIt() {
        try (OpenStore server = ConnectToServer.open(PostgresServer.freshDatabase(), Optional.empty(), Clock.systemUTC())) {
            new InitServer(SECRETARY).run(server);
            new AddPanel(SECRETARY).run(server, "P1", "第一评审组");
            Panel second = new AddPanel(SECRETARY).run(server, "P2", "第二评审组");
            NewSessionViewModel form = named();
            form.panel().offer(server.read(s -> s.panels().mine())); // the test's superuser sits on every panel

            assertTrue(form.panel().shown());
            assertEquals("Choose the panel the session belongs to: you are a secretary of several.",
                    form.problemProperty().get(), "no OK before a panel is chosen");
            form.panel().chosenProperty().set(second);
            assertEquals("", form.problemProperty().get());
            long id = form.create(new SessionSetup(server), SECRETARY);
            assertEquals(Optional.of("P2"), server.read(s -> s.panels().ofSession(id)).map(Panel::code));
        }
    }

    @Test
    void onAFileThereIsNoPanelToChoose() {
        try (Database file = Database.open(DatabaseFile.of(dir.resolve("panel")), OpenOptions.creating())) {
            NewSessionViewModel form = named();
            form.panel().offer(file.read(s -> s.panels().mine()));
            assertFalse(form.panel().shown());
            assertEquals("", form.problemProperty().get());
            long id = form.create(new SessionSetup(file), SECRETARY);
            assertEquals(Optional.empty(), file.read(s -> s.panels().ofSession(id)));
        }
    }

    @Test
    void aSecretaryOfOnePanelHasItChosen() {
        NewSessionViewModel form = named();
        Panel only = new Panel("P1", "第一评审组", "parkreview_x_panel_p1");
        form.panel().offer(List.of(only));
        assertEquals(only, form.panel().chosenProperty().get());
        assertEquals("", form.problemProperty().get());
    }

    private static NewSessionViewModel named() {
        NewSessionViewModel form = new NewSessionViewModel();
        form.nameProperty().set("2027年度评审");
        return form;
    }
}

package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.Recusal;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.LeavesNoDatabase;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.app.ui.ClientRoot;
import com.parkreview.app.ui.TestWindows;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An expert who scores on paper declares a conflict of interest on the sign-in sheet; the
 * secretary records it from the progress matrix, with the reason as the expert wrote it.
 */
@InLocale("zh") // declared first: set before ApplicationExtension's @Start builds the window
@ExtendWith({ApplicationExtension.class, LeavesNoDatabase.class})
class DeclaredConflictTest {

    @TempDir
    Path dir;

    private Database db;
    private long session;
    private ClientRoot root;

    @Start
    void start(Stage stage) throws Exception {
        db = TestSessions.freshDatabase(dir);
        session = new DemoSession(db).create();
        root = TestWindows.open(stage, db, com.parkreview.app.ui.common.FileDialogs.system());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void theSecretaryRecordsAConflictDeclaredOnPaperAndTheExpertNoLongerCountsForThatApplicant(FxRobot robot) {
        robot.interact(() -> root.showConsole(session));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));

        choose(robot, "A01", "E1"); // signed: a conflict found out now sets the sheet aside, and the prompt says so
        robot.clickOn("#recordRecusal");
        DialogPane late = robot.lookup("#recusalDialog").queryAs(DialogPane.class);
        String said = robot.from(late).lookup(".label").queryAll().stream().map(n -> ((javafx.scene.control.Label) n)
                .getText()).filter(t -> t.contains("已签署")).findFirst().orElse("");
        assertTrue(said.contains("原样保留但不再计入"), "the signed sheet's fate is told first: " + said);
        robot.clickOn(late.lookupButton(ButtonType.CANCEL));
        long e1 = db.read(s -> s.experts().findByCode(session, "E1")).orElseThrow().id();
        assertTrue(db.read(s -> s.experts().recusals(session)).stream().noneMatch(r -> r.expertId() == e1),
                "cancelled: nothing recorded");

        choose(robot, "A06", "E5"); // not signed yet
        robot.clickOn("#recordRecusal");
        DialogPane dialog = robot.lookup("#recusalDialog").queryAs(DialogPane.class);
        assertTrue(dialog.lookupButton(ButtonType.OK).isDisabled(), "a conflict is recorded with its reason");
        robot.clickOn("#recusalReason").write("签到表声明：本人曾任该单位财务顾问");
        robot.clickOn(dialog.lookupButton(ButtonType.OK));

        long e5 = db.read(s -> s.experts().findByCode(session, "E5")).orElseThrow().id();
        long a06 = db.read(s -> s.applicants().findByCode(session, "A06")).orElseThrow().id();
        List<Recusal> recusals = db.read(s -> s.experts().recusals(session)).stream()
                .filter(r -> r.expertId() == e5 && r.applicantId() == a06).toList();
        assertEquals(1, recusals.size());
        assertEquals("签到表声明：本人曾任该单位财务顾问", recusals.get(0).reason());
        assertEquals("已回避", cellText(robot, "A06", "E5"));
        choose(robot, "A06", "E5");
        assertTrue(robot.lookup("#recordRecusal").queryButton().isDisabled(), "a recused cell cannot be recused again");
        String secretary = "秘书 演示秘书"; // the session's secretary, not the computer's account (round 8)
        List<HistoryEntry> history = db.read(s -> s.history().forEntity("expert", String.valueOf(e5)));
        assertTrue(history.stream().anyMatch(h -> h.actor().equals(secretary) && h.field().startsWith("recusal")),
                "the history keeps who recorded it: " + history);
    }

    // --- helpers ---------------------------------------------------------------------------------

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choose(FxRobot robot, String applicantCode, String expertCode) {
        TableView matrix = robot.lookup("#matrix").queryAs(TableView.class);
        robot.interact(() -> {
            int row = rowOf(matrix, applicantCode);
            matrix.getSelectionModel().clearAndSelect(row, column(matrix, expertCode));
        });
    }

    @SuppressWarnings("rawtypes")
    private static TableColumn column(TableView matrix, String expertCode) {
        return (TableColumn) matrix.getColumns().stream()
                .filter(c -> ((TableColumn) c).getText().startsWith(expertCode + " ")).findFirst().orElseThrow();
    }

    @SuppressWarnings("rawtypes")
    private static int rowOf(TableView matrix, String applicantCode) {
        for (int i = 0; i < matrix.getItems().size(); i++) {
            if (((ProgressViewModel.Row) matrix.getItems().get(i)).applicant().code().equals(applicantCode)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + applicantCode);
    }

    @SuppressWarnings("rawtypes")
    private static String cellText(FxRobot robot, String applicantCode, String expertCode) {
        TableView matrix = robot.lookup("#matrix").queryAs(TableView.class);
        int row = rowOf(matrix, applicantCode);
        return String.valueOf(column(matrix, expertCode).getCellData(row));
    }
}

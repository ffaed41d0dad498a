package com.parkreview.app.ui.start;

import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.ui.common.StorePlace;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The start page. Binds and forwards. */
public final class StartPageView {

    /** What the page asks for. */
    public interface Actions {
        void signIn(Optional<Long> sessionId);

        void newSession();

        void openConsole(Optional<Long> sessionId);

        void openDatabase(Optional<Path> file);

        /** A file or a server from the recent list, opened again. */
        void openRecent(StorePlace place);

        /** The expert opens a kit from the secretary into a new database of their own. */
        void openKit();

        /** The expert writes the signed score file (in expert mode). */
        void exportScores();
    }

    private final Actions actions;

    @FXML
    private Label database;
    @FXML
    private ListView<SessionSummary> sessions;
    @FXML
    private StackPane sessionsArea;
    @FXML
    private VBox recent;
    @FXML
    private Button signIn;
    @FXML
    private Button console;
    @FXML
    private Button newSession;
    @FXML
    private Label expertMode;
    @FXML
    private Button exportScores;

    public StartPageView(Actions actions) {
        this.actions = actions;
    }

    public void bind(StartPageViewModel model) {
        database.setText(model.databaseText());
        sessions.setItems(model.sessions());
        sessions.setPlaceholder(new Label(model.noSessionsText()));
        sessions.setCellFactory(list -> new ListCell<>() {
            {
                // the name on one line, where the session stands on the next; a long name wraps
                // within the list instead of running past its right edge
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(SessionSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : StartPageViewModel.describe(item));
            }
        });
        sessions.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                signIn();
            }
        });
        if (!model.sessions().isEmpty()) {
            sessions.getSelectionModel().selectFirst();
        }
        sessionsArea.getChildren().setAll(model.opening() ? openingNotice(model.noSessionsText()) : sessions);
        recent.getChildren().setAll(recentLinks(model.recent()));
        signIn.disableProperty().bind(sessions.getSelectionModel().selectedItemProperty().isNull());
        console.disableProperty().bind(sessions.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(model::expertMode)));
        newSession.setDisable(model.expertMode() || model.opening());
        expertMode.setText(model.expertModeText());
        for (Node node : List.of(expertMode, exportScores)) {
            node.setVisible(model.expertMode());
            node.setManaged(model.expertMode());
        }
    }

    /** Where the list will be, while the database opens: a list control's frame with its notice. */
    private static Node openingNotice(String text) {
        StackPane box = new StackPane(new Label(text));
        box.getStyleClass().add("session-list-opening");
        return box;
    }

    /** Each a link: a file by its name over its folder, a server by its address over what it is. */
    private List<Node> recentLinks(List<StorePlace> places) {
        if (places.isEmpty()) {
            Label none = new Label(UiText.text("start.noRecent"));
            none.getStyleClass().add("muted");
            return List.of(none);
        }
        return places.stream().<Node>map(place -> {
            Hyperlink link = new Hyperlink(StartPageViewModel.linkText(place));
            link.setMnemonicParsing(false);
            link.setOnAction(e -> actions.openRecent(place));
            Label below = new Label(StartPageViewModel.linkNote(place));
            below.getStyleClass().addAll("muted", "small");
            for (Labeled text : List.of(link, below)) { // a server's address is long: it wraps, never cut
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
            }
            return new VBox(link, below);
        }).toList();
    }

    @FXML
    private void signIn() {
        SessionSummary chosen = sessions.getSelectionModel().getSelectedItem();
        actions.signIn(Optional.ofNullable(chosen).map(SessionSummary::id));
    }

    @FXML
    private void console() {
        actions.openConsole(Optional.ofNullable(sessions.getSelectionModel().getSelectedItem()).map(SessionSummary::id));
    }

    @FXML
    private void newSession() {
        actions.newSession();
    }

    @FXML
    private void openKit() {
        actions.openKit();
    }

    @FXML
    private void exportScores() {
        actions.exportScores();
    }

    @FXML
    private void openFile() {
        actions.openDatabase(Optional.empty());
    }
}

package com.parkreview.app.ui.connect;

import com.parkreview.app.ui.common.UiText;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * File › Connect to server…: the server's address with the form it takes, and a password that
 * may stay empty. Binds and forwards; connecting is the caller's, off the FX thread.
 */
public final class ConnectDialog {

    private static final double TEXT_WIDTH = 560;

    private ConnectDialog() {
    }

    /** Whether the user asked to connect (the address and password are in the model). */
    public static boolean show(Window owner, ConnectViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(UiText.text("connect.title"));
        dialog.setHeaderText(UiText.text("connect.heading"));
        dialog.getDialogPane().setId("connectDialog");
        TextField address = new TextField();
        address.setId("connectAddress");
        address.setPrefColumnCount(36);
        address.textProperty().bindBidirectional(model.addressProperty());
        PasswordField password = new PasswordField();
        password.setId("connectPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label problem = note(model.problemProperty().get(), "problem");
        problem.setId("connectProblem");
        problem.setVisible(!problem.getText().isEmpty());
        problem.setManaged(problem.isVisible());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, name(UiText.text("connect.address")), address);
        form.add(note(model.hint(), "muted"), 1, 1);
        form.addRow(2, name(UiText.text("connect.password")), password);
        form.add(note(UiText.text("connect.passwordNote"), "muted"), 1, 3);
        form.add(problem, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType connect = new ButtonType(UiText.text("connect.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        connectButton.setDefaultButton(true);
        connectButton.disableProperty().bind(model.connectable().not());
        Node first = problem.isVisible() ? password : address;
        Platform.runLater(first::requestFocus);
        return dialog.showAndWait().filter(connect::equals).isPresent();
    }

    /** A field's name: whole, however narrow the dialog. */
    private static Label name(String text) {
        Label name = new Label(text);
        name.setMinWidth(Region.USE_PREF_SIZE);
        return name;
    }

    /** A line of explanation under a field: wraps rather than being cut. */
    private static Label note(String text, String style) {
        Label note = new Label(text);
        note.getStyleClass().addAll(style, "small");
        note.setWrapText(true);
        note.setMaxWidth(TEXT_WIDTH);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }
}

package com.parkreview.app.ui;

import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.app.ui.common.Busy;
import com.parkreview.app.ui.common.StorePlace;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.connect.ConnectDialog;
import com.parkreview.app.ui.connect.ConnectViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * File › Connect to server… and a server picked from the recent list: the connection is made on
 * the worker; connected, the window works on the server's store as on a file opened; refused, the
 * store open stays open and unchanged and the user is told why (a refused login asks for the
 * password, a server that cannot be reached offers the last database file on this computer).
 */
final class ServerFlow {

    private final ClientContext context;
    private final Window owner;
    private final Runnable switched;
    private final Consumer<Path> openFile;
    private final ConnectViewModel.Connector connector =
            (address, password) -> ConnectToServer.open(address, password, Clock.systemDefaultZone());

    /** {@code switched} shows the window on the new store; {@code openFile} opens a database file. */
    ServerFlow(ClientContext context, Window owner, Runnable switched, Consumer<Path> openFile) {
        this.context = context;
        this.owner = owner;
        this.switched = switched;
        this.openFile = openFile;
    }

    /** File › Connect to server…: the dialog, prefilled with the server connected to last. */
    void connect() {
        ConnectViewModel model = model();
        if (ConnectDialog.show(owner, model)) {
            attempt(model, model.addressProperty().get(), model.passwordProperty().get());
        }
    }

    /** A server from the recent list: connected to without asking, unless the login is refused. */
    void reconnect(StorePlace.Server server) {
        attempt(model(), server.address(), "");
    }

    private ConnectViewModel model() {
        return new ConnectViewModel(connector, context.workspace().place(), context.settings().recent(),
                DatabaseFile.defaultFile().file());
    }

    private void attempt(ConnectViewModel model, String address, String password) {
        Busy.run(context.tasks(), owner, UiText.text("connect.busy", address.strip()),
                () -> model.connect(address, password), outcome -> {
                    if (outcome instanceof ConnectViewModel.Connected connected) {
                        connected(connected);
                    } else {
                        refused(model, address, (ConnectViewModel.Refused) outcome);
                    }
                });
    }

    private void connected(ConnectViewModel.Connected connected) {
        context.connectedTo(connected.store());
        context.settings().opened(connected.place());
        switched.run();
    }

    private void refused(ConnectViewModel model, String address, ConnectViewModel.Refused refused) {
        if (refused.askPassword()) {
            model.askAgain(address, refused.message());
            if (ConnectDialog.show(owner, model)) {
                attempt(model, model.addressProperty().get(), model.passwordProperty().get());
            }
            return;
        }
        offerLastFile(owner, refused.message(), refused.lastFile()).ifPresent(openFile);
    }

    /**
     * The server the window works on no longer answers (the network or the server went down): the
     * user is told, and offered the newest database file on this computer to go on with; nothing is
     * opened unless they choose it. The next action on the server tries it again.
     */
    void lost(Window over, StoreException unreachable) {
        ConnectViewModel.Refused refused = model().unreachable(unreachable);
        offerLastFile(over == null ? owner : over, refused.message(), refused.lastFile()).ifPresent(openFile);
    }

    /**
     * A server not reached: the message, and the database file on this computer to open instead if
     * there is one ("Open that file", or Close). Returns the file when the user chose it.
     */
    static Optional<Path> offerLastFile(Window owner, String message, Optional<Path> lastFile) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(UiText.text("app.title"));
        alert.setHeaderText(UiText.text("connect.failed"));
        alert.getDialogPane().setId("connectRefused");
        ButtonType openLast = new ButtonType(UiText.text("connect.openLastFile"), ButtonBar.ButtonData.OK_DONE);
        lastFile.ifPresent(file -> alert.getButtonTypes().setAll(openLast, ButtonType.CLOSE));
        return alert.showAndWait().filter(openLast::equals).flatMap(chosen -> lastFile);
    }
}

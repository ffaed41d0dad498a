package com.parkreview.app.ui.connect;

import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.StorePlace;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File › Connect to server…: the server's address (never with a password) and a password, which
 * may stay empty (the driver then reads {@code PGPASSWORD} or {@code ~/.pgpass}). Connecting is
 * done off the FX thread ({@link #connect}); what failed is said in the user's language, a login
 * refused asks for the password again, and a server that cannot be reached offers the last
 * database file on this computer.
 */
public final class ConnectViewModel {

    /** How the window connects: {@code ConnectToServer.open} with the system clock. */
    @FunctionalInterface
    public interface Connector {
        OpenStore connect(String address, Optional<char[]> password);
    }

    /** What a connection attempt came to. */
    public sealed interface Outcome {
    }

    /** Connected: the window switches to the server's store, remembered by its address. */
    public record Connected(OpenStore store, StorePlace.Server place) implements Outcome {
    }

    /**
     * Not connected, and why, in the user's language. {@code askPassword}: the login was refused,
     * the dialog asks again; {@code lastFile}: the server cannot be reached, this file can be
     * worked on instead.
     */
    public record Refused(String message, boolean askPassword, Optional<Path> lastFile) implements Outcome {
    }

    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Connector connector;
    private final StorePlace openNow;
    private final List<StorePlace> recent;
    private final Path defaultFile;

    /**
     * {@code openNow}: the store the window is on (it stays open if connecting fails);
     * {@code recent}: the files and servers opened lately; {@code defaultFile}: the user's default
     * database file, offered when no recent file is.
     */
    public ConnectViewModel(Connector connector, StorePlace openNow, List<StorePlace> recent, Path defaultFile) {
        this.connector = Objects.requireNonNull(connector);
        this.openNow = openNow;
        this.recent = List.copyOf(recent);
        this.defaultFile = defaultFile;
        recent.stream().filter(StorePlace.Server.class::isInstance).findFirst()
                .ifPresent(server -> address.set(server.text()));
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last attempt failed, shown in the dialog when it asks again; empty at first. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The form of an address, shown under the field. */
    public String hint() {
        return UiText.text("connect.hint");
    }

    /** Connect is offered once an address is typed. */
    public BooleanBinding connectable() {
        return Bindings.createBooleanBinding(() -> !address.get().isBlank(), address);
    }

    /** The dialog asks again, after a refused login, for the address given: its password. */
    public void askAgain(String addressGiven, String why) {
        address.set(addressGiven);
        password.set("");
        problem.set(why);
    }

    /**
     * Connects to {@code addressGiven} (on the worker: it may wait for the network), with the
     * password if one is given. Anything refused is answered, not thrown.
     */
    public Outcome connect(String addressGiven, String passwordGiven) {
        String typed = addressGiven.strip();
        Optional<char[]> secret = passwordGiven.isEmpty() ? Optional.empty() : Optional.of(passwordGiven.toCharArray());
        try {
            OpenStore store = connector.connect(typed, secret);
            return new Connected(store, new StorePlace.Server(store.where()));
        } catch (StoreException e) {
            return switch (e.kind()) {
                case WRONG_PASSWORD -> new Refused(ErrorDialog.message(e), true, Optional.empty());
                case UNREACHABLE -> unreachable(e);
                default -> new Refused(ErrorDialog.message(e), false, Optional.empty());
            };
        } catch (RuntimeException e) {
            return new Refused(ErrorDialog.message(e), false, Optional.empty());
        }
    }

    /**
     * The server's message, and where the user can work meanwhile: the file open now stays open;
     * from a server, the last database file on this computer is offered if there is one. Also
     * what the window says when its server is not reached at its start or while it works on it.
     */
    public Refused unreachable(StoreException e) {
        Optional<Path> last = lastFile();
        String meanwhile = openNow instanceof StorePlace.File ? UiText.text("connect.staysOnFile", openNow.text())
                : last.map(file -> UiText.text("connect.lastFile", file)).orElseGet(() -> UiText.text("connect.noLocalFile"));
        return new Refused(ErrorDialog.message(e) + "\n\n" + meanwhile, false, last);
    }

    /**
     * On a server, the newest file opened lately that is still there, else the default database file
     * if it is there; nothing while a file is open (the window stays on it).
     */
    public Optional<Path> lastFile() {
        if (openNow instanceof StorePlace.File) {
            return Optional.empty();
        }
        Stream<Path> recentFiles = recent.stream().filter(StorePlace.File.class::isInstance)
                .map(place -> ((StorePlace.File) place).path());
        return Stream.concat(recentFiles, Stream.ofNullable(defaultFile))
                .filter(Files::isRegularFile)
                .findFirst();
    }
}

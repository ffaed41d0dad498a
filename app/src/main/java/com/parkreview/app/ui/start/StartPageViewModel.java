package com.parkreview.app.ui.start;

import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.common.StorePlace;
import com.parkreview.app.ui.common.UiText;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The start page: the sessions in the open store and the files and servers opened lately. */
public final class StartPageViewModel {

    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ObservableList<StorePlace> recent = FXCollections.observableArrayList();
    private final String databaseText;
    private final Optional<ExpertMode> expertMode;

    private final boolean opening;

    /** {@code open}: where the store is (a file or a server); {@code recent}: the places opened lately. */
    public StartPageViewModel(StoreAccess store, StorePlace open, List<StorePlace> recent) {
        this(store.read(s -> s.expertMode().current()), store.read(s -> s.sessions().list()), open, recent, false);
    }

    private StartPageViewModel(Optional<ExpertMode> expertMode,
            List<SessionSummary> stored, StorePlace open, List<StorePlace> recent, boolean opening) {
        this.expertMode = expertMode;
        this.opening = opening;
        sessions.setAll(stored);
        this.recent.setAll(recent.stream().filter(p -> !p.equals(open)).toList());
        databaseText = UiText.text("start.database", open.text());
    }

    /**
     * The page while its database is still opening, from what the settings know: the file's
     * name and the files opened lately. Its sessions are listed once the database is open.
     */
    public static StartPageViewModel opening(StorePlace database, List<StorePlace> recent) {
        return new StartPageViewModel(Optional.empty(), List.of(), database, recent, true);
    }

    /** The database is still opening: its sessions are not known yet, and no session can be made. */
    public boolean opening() {
        return opening;
    }

    /** What the session list says when it is empty. */
    public String noSessionsText() {
        return UiText.text(opening ? "start.opening" : "start.noSessions");
    }

    public ObservableList<SessionSummary> sessions() {
        return sessions;
    }

    /** The files and servers opened lately, but the one open now. */
    public ObservableList<StorePlace> recent() {
        return recent;
    }

    /** A recent place's link: a file's name, a server's address. */
    public static String linkText(StorePlace place) {
        return place instanceof StorePlace.File file ? String.valueOf(file.path().getFileName()) : place.text();
    }

    /** What is written under a recent place's link: a file's folder, or that it is a server. */
    public static String linkNote(StorePlace place) {
        return place instanceof StorePlace.File file ? String.valueOf(file.path().getParent())
                : UiText.text("start.server");
    }

    public String databaseText() {
        return databaseText;
    }

    /** This database is an expert's own copy from a kit: the console is not here, the score file is. */
    public boolean expertMode() {
        return expertMode.isPresent();
    }

    /** Whose copy it is and the key that signs the score file, or empty for the secretary's database. */
    public String expertModeText() {
        return expertMode.map(m -> {
            String name = sessions.isEmpty() ? "" : sessions.get(0).name();
            return UiText.text("start.expertMode", m.expertCode(), name, m.fingerprint());
        }).orElse("");
    }

    /** A session as a line of the list: year, name, status and how far the sheets are. */
    public static String describe(SessionSummary s) {
        return UiText.text("start.sessionLine", String.valueOf(s.year()), s.name(), UiText.text("session.status." + s.status().name()),
                s.applicants(), s.experts(), s.signedSheets());
    }
}

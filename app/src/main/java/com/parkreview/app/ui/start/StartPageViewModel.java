package com.parkreview.app.ui.start;

import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The start page: the sessions in the open database and the files opened lately. */
public final class StartPageViewModel {

    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final String databaseText;

    public StartPageViewModel(StoreAccess store, Path database, List<Path> recent) {
        List<SessionSummary> stored = store.read(s -> s.sessions().list());
        sessions.setAll(stored);
        recentFiles.setAll(recent.stream().filter(p -> !p.equals(database)).toList());
        databaseText = UiText.text("start.database", database);
    }

    public ObservableList<SessionSummary> sessions() {
        return sessions;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public String databaseText() {
        return databaseText;
    }

    /** A session as a line of the list: year, name, status and how far the sheets are. */
    public static String describe(SessionSummary s) {
        return UiText.text("start.sessionLine", String.valueOf(s.year()), s.name(), UiText.text("session.status." + s.status().name()),
                s.applicants(), s.experts(), s.signedSheets());
    }
}

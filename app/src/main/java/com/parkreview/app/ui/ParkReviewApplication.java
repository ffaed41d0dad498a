package com.parkreview.app.ui;

import com.parkreview.app.cli.WindowOptions;
import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.SessionSummary;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window. For now: the database opened and its review sessions. The database is opened by
 * {@link #launchWindow} before the toolkit starts and handed over once; {@code start} only
 * builds the UI.
 */
public final class ParkReviewApplication extends Application {

    private static Database database;
    private static StoreException failure;

    /** Opens the database (the default one is created, with the demonstration session, on a first start). */
    public static int launchWindow(WindowOptions options) {
        try {
            database = options.database().isPresent()
                    ? Database.open(DatabaseFile.of(options.database().get()), OpenOptions.existing())
                    : Database.open(DatabaseFile.defaultFile(), OpenOptions.creating());
            if (database.created()) {
                new DemoSession(database).create();
            }
        } catch (StoreException e) {
            failure = e;
        }
        Application.launch(ParkReviewApplication.class);
        if (database != null) {
            database.closeWithBackup();
        }
        return failure == null ? 0 : 2;
    }

    @Override
    public void start(Stage stage) {
        if (failure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, failure.message(Locale.getDefault()));
            alert.setHeaderText("ParkReview");
            alert.showAndWait();
            return;
        }
        List<SessionSummary> sessions = database.read(store -> store.sessions().list());
        ListView<String> list = new ListView<>();
        sessions.forEach(s -> list.getItems().add(s.year() + "  " + s.name() + "  （申报单位 " + s.applicants()
                + "，专家 " + s.experts() + "，已签署 " + s.signedSheets() + "）"));
        Label title = new Label("ParkReview 园区运营评审");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        VBox header = new VBox(4, title, new Label("数据库：" + database.file()));
        BorderPane root = new BorderPane(list, header, null, null, null);
        BorderPane.setMargin(header, new Insets(12));
        stage.setTitle("ParkReview 园区运营评审");
        stage.setScene(new Scene(root, 1100, 640));
        stage.show();
    }
}

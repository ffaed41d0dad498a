package com.parkreview.app.ui;

import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Table1;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The window: for now the built-in rubric, Table 1, that every sheet is scored on. */
public final class ParkReviewApplication extends Application {

    @Override
    public void start(Stage stage) {
        Label title = new Label("ParkReview 园区运营评审 · " + Table1.NAME);
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        BorderPane root = new BorderPane(rubricTable(), title, null, null, null);
        BorderPane.setMargin(title, new Insets(12));
        stage.setTitle("ParkReview 园区运营评审");
        stage.setScene(new Scene(root, 1100, 640));
        stage.show();
    }

    private static TreeTableView<String[]> rubricTable() {
        TreeItem<String[]> rootItem = new TreeItem<>(new String[] {"", "", ""});
        for (Dimension dimension : Table1.rubric().dimensions()) {
            TreeItem<String[]> d = new TreeItem<>(new String[] {dimension.code(), dimension.name(),
                    dimension.max().toPlainString()});
            d.setExpanded(true);
            for (Indicator indicator : dimension.indicators()) {
                d.getChildren().add(new TreeItem<>(new String[] {indicator.code(), indicator.fullText(),
                        indicator.max().toPlainString()}));
            }
            rootItem.getChildren().add(d);
        }
        TreeTableView<String[]> table = new TreeTableView<>(rootItem);
        table.setShowRoot(false);
        table.getColumns().add(column("编号", 0, 120));
        table.getColumns().add(column("指标", 1, 880));
        table.getColumns().add(column("分值", 2, 80));
        return table;
    }

    private static TreeTableColumn<String[], String> column(String title, int index, double width) {
        TreeTableColumn<String[], String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue()[index]));
        column.setPrefWidth(width);
        return column;
    }
}

package com.parkreview.app.ui.start;

import com.parkreview.app.ui.common.Converters;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.ScorePrecision;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The new-session form inside its dialog. Binds and forwards. */
public final class NewSessionView {

    @FXML
    private Label programme;
    @FXML
    private TextField name;
    @FXML
    private TextField year;
    @FXML
    private DatePicker date;
    @FXML
    private TextField venue;
    @FXML
    private TextField budget;
    @FXML
    private ComboBox<ScorePrecision> precision;
    @FXML
    private ComboBox<AggregationRule> rule;
    @FXML
    private Label problem;

    public void bind(NewSessionViewModel model) {
        programme.setText(model.programmeText());
        name.textProperty().bindBidirectional(model.nameProperty());
        year.textProperty().bindBidirectional(model.yearProperty());
        date.valueProperty().bindBidirectional(model.dateProperty());
        venue.textProperty().bindBidirectional(model.venueProperty());
        budget.textProperty().bindBidirectional(model.budgetProperty());
        precision.getItems().setAll(ScorePrecision.HALF, ScorePrecision.WHOLE, ScorePrecision.TENTH);
        precision.setConverter(Converters.showing(ScorePrecision::label));
        precision.valueProperty().bindBidirectional(model.precisionProperty());
        rule.getItems().setAll(AggregationRule.values());
        rule.setConverter(Converters.showing(r -> UiText.text("newSession.rule." + r.id())));
        rule.valueProperty().bindBidirectional(model.ruleProperty());
        problem.textProperty().bind(model.problemProperty());
    }
}

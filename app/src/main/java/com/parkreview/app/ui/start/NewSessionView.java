package com.parkreview.app.ui.start;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.ui.common.Converters;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import com.parkreview.app.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The new-session form inside its dialog. Binds and forwards; chooses the rubric file. */
public final class NewSessionView {

    private final FileDialogs files;
    private NewSessionViewModel model;

    public NewSessionView(FileDialogs files) {
        this.files = files;
    }

    @FXML
    private ComboBox<ProgrammeSettings> programme;
    @FXML
    private Label rubric;
    @FXML
    private Label rubricProblem;
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
    private TextField expertPoints;
    @FXML
    private TextField indicatorPercent;
    @FXML
    private TextField presentation;
    @FXML
    private TextField qa;
    @FXML
    private Label problem;

    public void bind(NewSessionViewModel model) {
        this.model = model;
        programme.getItems().setAll(NewSessionViewModel.PROGRAMMES);
        programme.setConverter(Converters.showing(p -> UiText.text("newSession.programmeLine", p.name(),
                p.annualCap().toWanString(), p.supportYearsLimit())));
        programme.valueProperty().bindBidirectional(model.programmeProperty());
        rubric.textProperty().bind(model.rubricTextProperty());
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
        expertPoints.textProperty().bindBidirectional(model.expertPointsProperty());
        indicatorPercent.textProperty().bindBidirectional(model.indicatorPercentProperty());
        presentation.textProperty().bindBidirectional(model.presentationMinutesProperty());
        qa.textProperty().bindBidirectional(model.qaMinutesProperty());
        problem.textProperty().bind(model.problemProperty());
    }

    @FXML
    private void chooseRubric() {
        Optional<Path> file = files.open(rubric.getScene().getWindow(), UiText.text("newSession.rubricChoose"),
                FileDialogs.Kind.of(UiText.text("newSession.rubricFilter"), "*.json"));
        if (file.isPresent()) {
            try {
                model.useRubricFile(file.get());
                rubricProblem.setText("");
            } catch (InputRejectedException e) {
                rubricProblem.setText(e.message(Locale.getDefault()));
            }
        }
    }

    @FXML
    private void builtInRubric() {
        model.useBuiltInRubric();
        rubricProblem.setText("");
    }
}

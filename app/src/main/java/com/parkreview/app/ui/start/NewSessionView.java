package com.parkreview.app.ui.start;

import com.parkreview.app.setup.EditSession;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.review.Panel;
import com.parkreview.app.ui.common.Converters;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import com.parkreview.app.ui.common.FileDialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

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
    private Label programmeTerms;
    @FXML
    private TextArea citation;
    @FXML
    private TextField cap;
    @FXML
    private Label capNote;
    @FXML
    private FlowPane tiers;
    @FXML
    private Button rubricFile;
    @FXML
    private Button rubricBuiltIn;
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
    private TextField secretary;
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
    private Label panelLabel;
    @FXML
    private ComboBox<Panel> panel;

    public void bind(NewSessionViewModel model) {
        this.model = model;
        programme.getItems().setAll(NewSessionViewModel.PROGRAMMES);
        programme.setConverter(Converters.showing(p -> UiText.text("newSession.programmeLine", p.name(),
                p.annualCap().toWanString(), p.supportYearsLimit())));
        programme.valueProperty().bindBidirectional(model.programmeProperty());
        // the box shows the programme's name, its terms wrap beneath: whole at any text size
        programme.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ProgrammeSettings item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        programmeTerms.textProperty().bind(programme.valueProperty().map(p -> UiText.text("newSession.programmeTerms",
                p.annualCap().toWanString(), p.supportYearsLimit())).orElse(""));
        citation.textProperty().bindBidirectional(model.terms().citationProperty());
        cap.textProperty().bindBidirectional(model.terms().capProperty());
        capNote.textProperty().bind(model.capNoteBinding());
        capNote.visibleProperty().bind(capNote.textProperty().isNotEmpty());
        capNote.managedProperty().bind(capNote.visibleProperty());
        showTiers();
        model.terms().tiers().addListener((ListChangeListener<ProgrammeTermsViewModel.TierRow>) c -> showTiers());
        secretary.textProperty().bindBidirectional(model.secretaryProperty());
        rubric.textProperty().bind(model.rubricTextProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        year.textProperty().bindBidirectional(model.yearProperty());
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : day.toString();
            }

            @Override
            public LocalDate fromString(String text) { // a refused text stays as typed; the form says why
                return model.typedDate(text).orElse(text == null || text.isBlank() ? null : date.getValue());
            }
        });
        date.getEditor().textProperty().bindBidirectional(model.dateTextProperty());
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
        bindPanel(model.panel());
    }

    /**
     * For a stored session: what a session keeps from the day it was made (programme, citation,
     * tiers, rubric) is shown but cannot be changed here.
     */
    /** The panel row: shown on a server for a secretary of a panel, a choice when they sit on several. */
    private void bindPanel(PanelChoiceViewModel choice) {
        for (var node : List.of(panelLabel, panel)) {
            node.setVisible(choice.shown());
            node.setManaged(choice.shown());
        }
        panel.setItems(choice.offered());
        panel.valueProperty().bindBidirectional(choice.chosenProperty());
        panel.setConverter(new StringConverter<>() {
            @Override
            public String toString(Panel p) {
                return PanelChoiceViewModel.shown(p);
            }

            @Override
            public Panel fromString(String text) {
                return null;
            }
        });
        panel.setDisable(choice.offered().size() < 2);
    }

    public void lockProgramme() {
        programme.setDisable(true);
        citation.setEditable(false);
        tiers.setDisable(true);
        rubricFile.setDisable(true);
        rubricBuiltIn.setDisable(true);
    }

    /** What scoring has fixed, greyed: the step once kits went out, the rule and thresholds once a sheet is signed. */
    public void lockScored(EditSession.Fixed fixed) {
        precision.setDisable(fixed.precision());
        rule.setDisable(fixed.ruleAndThresholds());
        expertPoints.setDisable(fixed.ruleAndThresholds());
        indicatorPercent.setDisable(fixed.ruleAndThresholds());
    }

    /** Each tier as a name, where it starts and its share in per cent: [优秀] ≥ 80 分 [100] %. */
    private void showTiers() {
        tiers.getChildren().clear();
        for (ProgrammeTermsViewModel.TierRow row : model.terms().tiers()) {
            TextField label = new TextField();
            label.setPrefColumnCount(5);
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.textProperty().bindBidirectional(row.labelProperty());
            TextField percent = new TextField();
            percent.setPrefColumnCount(3);
            percent.setMinWidth(Region.USE_PREF_SIZE);
            percent.textProperty().bindBidirectional(row.percentProperty());
            Label range = new Label(row.range());
            range.setMinWidth(Region.USE_PREF_SIZE);
            Label unit = new Label("%");
            unit.setMinWidth(Region.USE_PREF_SIZE);
            HBox tier = new HBox(4, label, range, percent, unit);
            tier.setAlignment(Pos.CENTER_LEFT);
            tiers.getChildren().add(tier);
        }
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
                rubricProblem.setText(e.message(UiText.locale()));
            }
        }
    }

    @FXML
    private void builtInRubric() {
        model.useBuiltInRubric();
        rubricProblem.setText("");
    }
}

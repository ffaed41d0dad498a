package com.parkreview.app.ui.console;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.ui.common.Converters;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.UiText;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The set-up tab. Binds and forwards; the pre-review is asked in a small dialog. */
public final class SetupView {

    private final FileDialogs files;
    private SetupViewModel model;

    public SetupView(FileDialogs files) {
        this.files = files;
    }

    @FXML
    private TableView<SetupViewModel.ApplicantLine> applicants;
    @FXML
    private TableColumn<SetupViewModel.ApplicantLine, String> aOrder;
    @FXML
    private TableColumn<SetupViewModel.ApplicantLine, String> aCode;
    @FXML
    private TableColumn<SetupViewModel.ApplicantLine, String> aName;
    @FXML
    private TableColumn<SetupViewModel.ApplicantLine, String> aUscc;
    @FXML
    private TableColumn<SetupViewModel.ApplicantLine, String> aApplied;
    @FXML
    private TableColumn<SetupViewModel.ApplicantLine, String> aSlot;
    @FXML
    private TableColumn<SetupViewModel.ApplicantLine, String> aPreReview;
    @FXML
    private TableColumn<SetupViewModel.ApplicantLine, String> aSupport;
    @FXML
    private TextField code;
    @FXML
    private TextField name;
    @FXML
    private TextField uscc;
    @FXML
    private TextField contact;
    @FXML
    private TextField phone;
    @FXML
    private TextField applied;
    @FXML
    private TextField received;
    @FXML
    private TextField slot;
    @FXML
    private Button addApplicant;
    @FXML
    private Button preReview;
    @FXML
    private Label usccProblem;
    @FXML
    private Label periodWarning;
    @FXML
    private TableView<Expert> experts;
    @FXML
    private TableColumn<Expert, String> eCode;
    @FXML
    private TableColumn<Expert, String> eName;
    @FXML
    private TableColumn<Expert, String> eOrganisation;
    @FXML
    private TableColumn<Expert, String> eRole;
    @FXML
    private TableColumn<Expert, String> ePledge;
    @FXML
    private TextField expertCode;
    @FXML
    private TextField expertName;
    @FXML
    private TextField organisation;
    @FXML
    private ComboBox<ExpertRole> role;
    @FXML
    private CheckBox leader;
    @FXML
    private Button addExpert;

    private java.util.function.Consumer<java.util.List<Expert>> kitHandout = experts -> { };

    /** Where "hand out kits" goes: the experts chosen, or the whole panel when none is. */
    public void onHandOutKits(java.util.function.Consumer<java.util.List<Expert>> handout) {
        this.kitHandout = handout;
    }

    public void bind(SetupViewModel model) {
        this.model = model;
        applicants.setItems(model.applicants());
        aOrder.setCellValueFactory(c -> text(String.valueOf(c.getValue().applicant().defenseOrder())));
        aCode.setCellValueFactory(c -> text(c.getValue().applicant().code()));
        aName.setCellValueFactory(c -> text(c.getValue().applicant().name()));
        aUscc.setCellValueFactory(c -> text(c.getValue().applicant().uscc().value()));
        aApplied.setCellValueFactory(c -> text(c.getValue().applicant().appliedFor().map(m -> m.toWanString()).orElse("")));
        aSlot.setCellValueFactory(c -> text(c.getValue().applicant().slotStart().map(Object::toString).orElse("")));
        aPreReview.setCellValueFactory(c -> text(c.getValue().preReviewText()));
        aSupport.setCellValueFactory(c -> text(c.getValue().supportedYears().isEmpty() ? ""
                : c.getValue().supportedYears().stream().map(String::valueOf).collect(Collectors.joining("、"))
                        + (c.getValue().periodExceeded() ? "  ⚠" : "")));
        code.textProperty().bindBidirectional(model.codeProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        uscc.textProperty().bindBidirectional(model.usccProperty());
        contact.textProperty().bindBidirectional(model.contactProperty());
        phone.textProperty().bindBidirectional(model.phoneProperty());
        applied.textProperty().bindBidirectional(model.appliedProperty());
        received.textProperty().bindBidirectional(model.receivedProperty());
        slot.textProperty().bindBidirectional(model.slotProperty());
        usccProblem.textProperty().bind(model.usccProblemProperty());
        periodWarning.textProperty().bind(model.periodWarningProperty());
        addApplicant.disableProperty().bind(model.applicantProblemProperty().isNotEmpty());
        preReview.disableProperty().bind(applicants.getSelectionModel().selectedItemProperty().isNull());

        experts.setItems(model.experts());
        eCode.setCellValueFactory(c -> text(c.getValue().code()));
        eName.setCellValueFactory(c -> text(c.getValue().name() + (c.getValue().groupLeader() ? "（组长）" : "")));
        eOrganisation.setCellValueFactory(c -> text(c.getValue().organisation()));
        eRole.setCellValueFactory(c -> text(c.getValue().role().label()));
        ePledge.setCellValueFactory(c -> text(c.getValue().pledgeConfirmedAt().isPresent() ? "✓" : ""));
        expertCode.textProperty().bindBidirectional(model.expertCodeProperty());
        expertName.textProperty().bindBidirectional(model.expertNameProperty());
        organisation.textProperty().bindBidirectional(model.organisationProperty());
        role.getItems().setAll(ExpertRole.values());
        role.setConverter(Converters.showing(ExpertRole::label));
        role.valueProperty().bindBidirectional(model.roleProperty());
        leader.selectedProperty().bindBidirectional(model.leaderProperty());
        addExpert.disableProperty().bind(model.expertCodeProperty().isEmpty().or(model.expertNameProperty().isEmpty()));
    }

    @FXML
    private void addApplicant() {
        guarded(model::addApplicant);
    }

    @FXML
    private void addExpert() {
        guarded(model::addExpert);
    }

    @FXML
    private void importApplicants() {
        chooseTable().ifPresent(file -> report(model.importApplicants(file)));
    }

    @FXML
    private void importExperts() {
        chooseTable().ifPresent(file -> report(model.importExperts(file)));
    }

    @FXML
    private void handOutKits() {
        java.util.List<Expert> chosen = java.util.List.copyOf(experts.getSelectionModel().getSelectedItems());
        kitHandout.accept(chosen.isEmpty() ? java.util.List.copyOf(model.experts()) : chosen);
    }

    @FXML
    private void preReview() {
        Applicant applicant = applicants.getSelectionModel().getSelectedItem().applicant();
        PreReviewDialog.ask(applicants.getScene().getWindow(), applicant)
                .ifPresent(review -> guarded(() -> model.preReview(applicant, review)));
    }

    private Optional<java.nio.file.Path> chooseTable() {
        return files.open(applicants.getScene().getWindow(), UiText.text("setup.import"),
                FileDialogs.Kind.of(UiText.text("setup.tableFiles"), "*.csv", "*.xlsx"));
    }

    private void report(SetupViewModel.ImportOutcome outcome) {
        Alert alert;
        if (outcome.accepted()) {
            alert = new Alert(Alert.AlertType.INFORMATION, UiText.text("setup.imported", outcome.imported()), ButtonType.OK);
        } else {
            TextArea problems = new TextArea(String.join("\n", outcome.problems()));
            problems.setEditable(false);
            problems.setWrapText(true);
            problems.setId("importProblems");
            alert = new Alert(Alert.AlertType.WARNING, UiText.text("setup.importRefused", outcome.problems().size()),
                    ButtonType.OK);
            alert.getDialogPane().setExpandableContent(problems);
            alert.getDialogPane().setExpanded(true);
        }
        alert.getDialogPane().setId("importResult");
        alert.initOwner(applicants.getScene().getWindow());
        alert.showAndWait();
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            ErrorDialog.show(applicants.getScene().getWindow(), e);
        }
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    /** The pre-review of one applicant: passed, or failed with its reason and a note. */
    static final class PreReviewDialog {
        private PreReviewDialog() {
        }

        static Optional<PreReview> ask(javafx.stage.Window owner, Applicant applicant) {
            javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle(UiText.text("prereview.title", applicant.code(), applicant.name()));
            ComboBox<PreReview.Result> result = new ComboBox<>();
            result.getItems().setAll(PreReview.Result.values());
            result.setConverter(Converters.showing(r -> UiText.text("prereview." + r.name())));
            result.setValue(applicant.preReview().result());
            result.setId("preReviewResult");
            dialog.getDialogPane().setId("preReviewDialog");
            ComboBox<PreReview.FailReason> reason = new ComboBox<>();
            reason.getItems().setAll(PreReview.FailReason.values());
            reason.setConverter(Converters.showing(r -> UiText.text("prereview.reason." + r.name())));
            reason.setValue(applicant.preReview().reason().orElse(null));
            reason.disableProperty().bind(result.valueProperty().isNotEqualTo(PreReview.Result.FAILED));
            TextField note = new TextField(applicant.preReview().note());
            javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
            grid.setHgap(10);
            grid.setVgap(8);
            grid.addRow(0, new Label(UiText.text("prereview.materials")),
                    new Label(UiText.text("prereview.materialsList")));
            grid.addRow(1, new Label(UiText.text("prereview.result")), result);
            grid.addRow(2, new Label(UiText.text("prereview.reasonLabel")), reason);
            grid.addRow(3, new Label(UiText.text("prereview.note")), note);
            dialog.getDialogPane().setContent(grid);
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PreReview(result.getValue(),
                    result.getValue() == PreReview.Result.FAILED ? Optional.ofNullable(reason.getValue()) : Optional.empty(),
                    note.getText()));
        }
    }
}

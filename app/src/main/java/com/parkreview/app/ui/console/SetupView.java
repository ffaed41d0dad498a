package com.parkreview.app.ui.console;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.ui.common.Converters;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.TableColumns;
import com.parkreview.app.ui.common.UiText;
import java.util.Optional;
import java.util.stream.Collectors;
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
    private TableColumn<SetupViewModel.ApplicantLine, String> aMaterials;
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
    private TableColumn<Expert, String> eRecusals;
    @FXML
    private Label panelNote;
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
        TableColumns.showText(aOrder, row -> String.valueOf(row.applicant().defenseOrder()));
        TableColumns.showText(aCode, row -> row.applicant().code());
        TableColumns.showText(aName, row -> row.applicant().name());
        TableColumns.showText(aUscc, row -> row.applicant().uscc().value());
        TableColumns.showText(aApplied, row -> row.applicant().appliedFor().map(m -> m.toWanString()).orElse(""));
        TableColumns.showText(aSlot, row -> row.applicant().slotStart().map(Object::toString).orElse(""));
        TableColumns.showText(aPreReview, row -> row.preReviewText());
        TableColumns.showText(aMaterials, row -> row.materialsText());
        TableColumns.showText(aSupport, row -> row.supportedYears().isEmpty() ? ""
                : (row.periodExceeded() ? "⚠ " : "") // first, so that a narrow column still shows it
                        + row.supportedYears().stream().map(String::valueOf).collect(Collectors.joining("、")));
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
        TableColumns.showText(eCode, row -> row.code());
        TableColumns.showText(eName, row -> row.name() + (row.groupLeader() ? UiText.text("setup.leaderMark") : ""));
        TableColumns.showText(eOrganisation, row -> row.organisation());
        TableColumns.showText(eRole, row -> UiText.text("role." + row.role().name()));
        TableColumns.showText(eRecusals, row -> model.recusedFrom(row));
        panelNote.textProperty().bind(model.panelNoteProperty());
        TableColumns.showText(ePledge, row -> row.pledgeConfirmedAt().isPresent() ? "✓" : "");
        expertCode.textProperty().bindBidirectional(model.expertCodeProperty());
        expertName.textProperty().bindBidirectional(model.expertNameProperty());
        organisation.textProperty().bindBidirectional(model.organisationProperty());
        role.getItems().setAll(ExpertRole.values());
        role.setConverter(Converters.showing(r -> UiText.text("role." + r.name())));
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
        guarded(() -> {
            if (PreReviewDialog.show(applicants.getScene().getWindow(), model.preReviewOf(applicant))) {
                model.changed();
            }
        });
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
        ErrorDialog.guard(ErrorDialog.windowOf(applicants), action);
    }

    /** The pre-review of one applicant: the materials checklist, then passed, or failed with its reason and a note. */
    static final class PreReviewDialog {
        private PreReviewDialog() {
        }

        /** Shows the dialog; returns whether the pre-review was recorded. */
        static boolean show(javafx.stage.Window owner, PreReviewViewModel model) {
            Applicant applicant = model.applicant();
            javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle(UiText.text("prereview.title", applicant.code(), applicant.name()));
            dialog.setHeaderText(UiText.text("prereview.title", applicant.code(), applicant.name()));
            dialog.getDialogPane().setId("preReviewDialog");
            javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
            grid.setHgap(10);
            grid.setVgap(6);
            Label materials = new Label(UiText.text("prereview.materials"));
            materials.getStyleClass().add("section-title");
            grid.addRow(0, materials);
            int row = 1;
            for (PreReviewViewModel.Line line : model.lines()) {
                javafx.scene.control.CheckBox received = new javafx.scene.control.CheckBox(line.label());
                received.setWrapText(true); // a long name wraps: "(必需)" / "(required)" stays in sight
                received.setPrefWidth(340);
                received.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                received.setId("material-" + line.material().name());
                received.selectedProperty().bindBidirectional(line.received());
                TextField note = new TextField();
                note.setId("materialNote-" + line.material().name());
                note.setPromptText(UiText.text("prereview.note"));
                note.setPrefColumnCount(22);
                note.textProperty().bindBidirectional(line.note());
                grid.addRow(row++, received, note);
            }
            ComboBox<PreReview.Result> result = new ComboBox<>();
            result.getItems().setAll(PreReview.Result.values());
            result.setConverter(Converters.showing(r -> UiText.text("prereview." + r.name())));
            result.valueProperty().bindBidirectional(model.resultProperty());
            result.setId("preReviewResult");
            ComboBox<PreReview.FailReason> reason = new ComboBox<>();
            reason.getItems().setAll(PreReview.FailReason.values());
            reason.setConverter(Converters.showing(r -> UiText.text("prereview.reason." + r.name())));
            reason.valueProperty().bindBidirectional(model.reasonProperty());
            reason.setId("preReviewReason");
            reason.disableProperty().bind(result.valueProperty().isNotEqualTo(PreReview.Result.FAILED));
            TextField note = new TextField();
            note.textProperty().bindBidirectional(model.noteProperty());
            note.setId("preReviewNote");
            grid.addRow(row++, new Label(UiText.text("prereview.result")), result);
            grid.addRow(row++, new Label(UiText.text("prereview.reasonLabel")), reason);
            grid.addRow(row, new Label(UiText.text("prereview.note")), note);
            Label problem = new Label();
            problem.setId("preReviewProblem");
            problem.getStyleClass().add("problem");
            problem.setWrapText(true);
            problem.setMaxWidth(600);
            problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            problem.textProperty().bind(model.problemProperty());
            dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(10, grid, problem));
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
            ok.disableProperty().bind(model.problemProperty().isNotEmpty());
            boolean[] saved = {false};
            ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                try {
                    model.save();
                    saved[0] = true;
                } catch (RuntimeException error) {
                    e.consume(); // stays open: nothing was recorded, the secretary corrects and tries again
                    ErrorDialog.show(dialog.getDialogPane().getScene().getWindow(), error);
                }
            });
            dialog.showAndWait();
            return saved[0];
        }
    }
}

package com.parkreview.app.ui.console;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.setup.SetupTemplate;
import com.parkreview.app.ui.common.Confirm;
import com.parkreview.app.ui.common.Converters;
import com.parkreview.app.ui.common.EnterPresses;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.FileDialogs;
import com.parkreview.app.ui.common.FitOrScroll;
import com.parkreview.app.ui.common.ReasonPrompt;
import com.parkreview.app.ui.common.TableColumns;
import com.parkreview.app.ui.common.UiText;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The set-up tab. Binds and forwards; the pre-review is asked in a small dialog ({@link PreReviewDialog}). */
public final class SetupView {

    private final SetupTableFiles tables;
    private SetupViewModel model;

    public SetupView(FileDialogs files) {
        this.tables = new SetupTableFiles(files);
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
    @FXML private Label entryProblem;
    @FXML private Label entryNotes;
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
    @FXML
    private Button editApplicant;
    @FXML
    private Button removeApplicant;
    @FXML
    private Button cancelApplicant;
    @FXML
    private Button editExpert;
    @FXML
    private Button removeExpert;
    @FXML
    private Button cancelExpert;
    @FXML
    private Label expertProblem;

    private Consumer<List<Expert>> kitHandout = experts -> { };

    /** Where "hand out kits" goes: the experts chosen, or the whole panel when none is. */
    public void onHandOutKits(Consumer<List<Expert>> handout) {
        this.kitHandout = handout;
    }

    public void bind(SetupViewModel model) {
        this.model = model;
        applicants.setItems(model.applicants());
        TableColumns.showText(aOrder, row -> String.valueOf(row.applicant().defenseOrder()));
        TableColumns.showText(aCode, row -> row.applicant().code());
        TableColumns.showWrappedText(aName, row -> row.applicant().name());
        TableColumns.showText(aUscc, row -> row.applicant().uscc().value());
        TableColumns.showText(aApplied, row -> row.applicant().appliedFor().map(m -> m.toWanString()).orElse(""));
        applicants.getColumns().add(applicants.getColumns().indexOf(aApplied) + 1, TableColumns.text( // rule 6's deduction (round 24)
                UiText.text("setup.receivedColumn"), 106, row -> row.applicant().receivedThisYear().toWanString()));
        TableColumns.showText(aSlot, row -> row.applicant().slotStart().map(Object::toString).orElse(""));
        TableColumns.showWrappedText(aPreReview, row -> row.preReviewText());
        TableColumns.showWrappedText(aMaterials, row -> row.materialsText());
        TableColumns.showWrappedText(aSupport, row -> row.supportedYears().isEmpty() ? ""
                : (row.periodExceeded() ? "⚠ " : "") // first, so that a narrow column still shows it
                        + row.supportedYears().stream().map(String::valueOf).collect(Collectors.joining("、")));
        ApplicantEntryViewModel entry = model.applicantEntry();
        code.textProperty().bindBidirectional(entry.codeProperty());
        name.textProperty().bindBidirectional(entry.nameProperty());
        uscc.textProperty().bindBidirectional(entry.usccProperty());
        contact.textProperty().bindBidirectional(entry.contactProperty());
        phone.textProperty().bindBidirectional(entry.phoneProperty());
        applied.textProperty().bindBidirectional(entry.appliedProperty());
        received.textProperty().bindBidirectional(entry.receivedProperty());
        slot.textProperty().bindBidirectional(entry.slotProperty());
        entryProblem.textProperty().bind(entry.entryProblemProperty());
        entryNotes.textProperty().bind(entry.entryNotesProperty());
        addApplicant.disableProperty().bind(entry.applicantProblemProperty().isNotEmpty());
        preReview.disableProperty().bind(applicants.getSelectionModel().selectedItemProperty().isNull());

        experts.setItems(model.experts());
        TableColumns.showText(eCode, row -> row.code());
        TableColumns.showWrappedText(eName, row -> row.name() + (row.groupLeader() ? UiText.text("setup.leaderMark") : ""));
        TableColumns.showWrappedText(eOrganisation, row -> row.organisation());
        TableColumns.showText(eRole, row -> UiText.text("role." + row.role().name()));
        TableColumns.showText(eRecusals, row -> model.recusedFrom(row));
        panelNote.textProperty().bind(model.panelNoteProperty());
        TableColumns.showText(ePledge, row -> row.pledgeConfirmedAt().isPresent() ? "✓" : "");
        ExpertEntryViewModel expert = model.expertEntry();
        expertCode.textProperty().bindBidirectional(expert.codeProperty());
        expertName.textProperty().bindBidirectional(expert.nameProperty());
        organisation.textProperty().bindBidirectional(expert.organisationProperty());
        role.getItems().setAll(ExpertRole.values());
        role.setConverter(Converters.showing(r -> UiText.text("role." + r.name())));
        role.valueProperty().bindBidirectional(expert.roleProperty());
        leader.selectedProperty().bindBidirectional(expert.leaderProperty());
        addExpert.disableProperty().bind(expert.problemProperty().isNotEmpty());
        expertProblem.textProperty().bind(Bindings.createStringBinding(() -> expert.problemProperty().get().strip(),
                expert.problemProperty()));
        bindEditing(model.editing());
        List.of(addApplicant, addExpert).forEach(EnterPresses::buttonOfItsForm);
        FitOrScroll.apply(applicants);
        FitOrScroll.apply(experts);
    }

    /** Edit loads the chosen row into the form, whose Add becomes Save (with Cancel); Remove asks first. */
    private void bindEditing(SetupEditingViewModel editing) {
        editApplicant.disableProperty().bind(applicants.getSelectionModel().selectedItemProperty().isNull());
        removeApplicant.disableProperty().bind(applicants.getSelectionModel().selectedItemProperty().isNull());
        editExpert.disableProperty().bind(experts.getSelectionModel().selectedItemProperty().isNull());
        removeExpert.disableProperty().bind(experts.getSelectionModel().selectedItemProperty().isNull());
        addApplicant.textProperty().bind(Bindings.when(editing.editingApplicant())
                .then(UiText.text("setup.save")).otherwise(UiText.text("setup.add")));
        addExpert.textProperty().bind(Bindings.when(editing.editingExpert())
                .then(UiText.text("setup.save")).otherwise(UiText.text("setup.add")));
        cancelApplicant.setOnAction(e -> editing.cancelApplicant());
        cancelExpert.setOnAction(e -> editing.cancelExpert());
        cancelApplicant.visibleProperty().bind(editing.editingApplicant());
        cancelApplicant.managedProperty().bind(editing.editingApplicant());
        cancelExpert.visibleProperty().bind(editing.editingExpert());
        cancelExpert.managedProperty().bind(editing.editingExpert());
    }

    @FXML
    private void editApplicant() {
        model.editing().editApplicant(applicants.getSelectionModel().getSelectedItem().applicant());
    }

    @FXML
    private void editExpert() {
        model.editing().editExpert(experts.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void removeApplicant() {
        Applicant gone = applicants.getSelectionModel().getSelectedItem().applicant();
        if (Confirm.ask(window(), UiText.text("setup.removeApplicantConfirm", gone.code(), gone.name()), "confirmRemove")) {
            guarded(() -> model.removeApplicant(gone));
        }
    }

    @FXML
    private void removeExpert() {
        Expert gone = experts.getSelectionModel().getSelectedItem();
        if (Confirm.ask(window(), UiText.text("setup.removeExpertConfirm", gone.code(), gone.name()), "confirmRemove")) {
            guarded(() -> model.removeExpert(gone));
        }
    }

    /** The reason a correction needs once scoring started ("" before); empty when the user cancelled. */
    private Optional<String> reason(String what) {
        if (!model.editing().reasonNeeded()) {
            return Optional.of("");
        }
        return ReasonPrompt.ask(window(), UiText.text("setup.reasonTitle"),
                UiText.text("setup.reasonPrompt", what), "changeReason", "changeReasonText");
    }

    @FXML
    private void addApplicant() {
        if (model.editing().editingApplicant().get()) {
            reason(model.applicantEntry().codeProperty().get()).ifPresent(why -> guarded(() -> model.saveApplicant(why)));
        } else {
            guarded(model::addApplicant);
        }
        code.requestFocus(); // Add greys as the fields empty: the next applicant is typed from the first field
    }

    @FXML
    private void addExpert() {
        if (model.editing().editingExpert().get()) {
            reason(model.expertEntry().codeProperty().get()).ifPresent(why -> guarded(() -> model.saveExpert(why)));
        } else {
            guarded(model::addExpert);
        }
        expertCode.requestFocus();
    }

    @FXML
    private void importApplicants() {
        tables.importApplicants(window(), model);
    }

    @FXML
    private void importExperts() {
        tables.importExperts(window(), model);
    }

    @FXML
    private void saveTemplate(ActionEvent event) { // the button's userData names the table
        tables.saveTemplate(window(), SetupTemplate.Kind.valueOf((String) ((Button) event.getSource()).getUserData()));
    }

    @FXML
    private void handOutKits() {
        List<Expert> chosen = List.copyOf(experts.getSelectionModel().getSelectedItems());
        kitHandout.accept(chosen.isEmpty() ? List.copyOf(model.experts()) : chosen);
    }

    @FXML
    private void preReview() {
        Applicant applicant = applicants.getSelectionModel().getSelectedItem().applicant();
        guarded(() -> {
            if (PreReviewDialog.show(window(), model.preReviewOf(applicant))) {
                model.changed();
            }
        });
    }

    private Window window() {
        return applicants.getScene().getWindow();
    }

    private void guarded(Runnable action) {
        ErrorDialog.guard(ErrorDialog.windowOf(applicants), action);
    }
}

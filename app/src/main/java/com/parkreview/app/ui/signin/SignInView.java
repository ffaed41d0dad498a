package com.parkreview.app.ui.signin;

import com.parkreview.app.review.Expert;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.ui.common.Converters;
import com.parkreview.app.ui.common.UiText;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The sign-in screen. Binds and forwards. */
public final class SignInView {

    private final Consumer<SignInViewModel> onSignIn;
    private final Runnable onBack;
    private SignInViewModel model;

    @FXML
    private ComboBox<SessionSummary> session;
    @FXML
    private ComboBox<Expert> expert;
    @FXML
    private CheckBox pledge;
    @FXML
    private GridPane conflicts;
    @FXML
    private Button continueButton;
    @FXML
    private Label reasonsMissing;

    /**
     * @param onSignIn what to do once the form is complete and the expert signs in
     * @param onBack what to do when the page is left without signing in: the start page
     */
    public SignInView(Consumer<SignInViewModel> onSignIn, Runnable onBack) {
        this.onSignIn = onSignIn;
        this.onBack = onBack;
    }

    public void bind(SignInViewModel model) {
        this.model = model;
        session.setItems(model.sessions());
        session.setConverter(Converters.showing(s -> s.year() + "  " + s.name()));
        session.valueProperty().bindBidirectional(model.sessionProperty());
        expert.setItems(model.experts());
        expert.setConverter(Converters.showing(e -> e.code() + "  " + e.name() + "  " + e.organisation() + "  " + UiText.text("role." + e.role().name())
                + (e.groupLeader() ? UiText.text("setup.leaderMark") : "")));
        expert.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Expert item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : expert.getConverter().toString(item));
            }
        });
        expert.valueProperty().bindBidirectional(model.expertProperty());
        pledge.selectedProperty().bindBidirectional(model.pledgedProperty());
        pledge.disableProperty().bind(model.expertProperty().isNull().or(model.pledgedBeforeProperty()));
        pledge.textProperty().bind(Bindings.when(model.pledgedBeforeProperty())
                .then(UiText.text("signin.pledge.confirmedBefore")).otherwise(UiText.text("signin.pledge.confirm")));
        model.conflicts().addListener((ListChangeListener<SignInViewModel.ConflictRow>) c -> showConflicts());
        showConflicts();
        continueButton.disableProperty().bind(model.canSignInProperty().not());
        reasonsMissing.textProperty().bind(model.reasonsMissingProperty());
        reasonsMissing.visibleProperty().bind(reasonsMissing.textProperty().isNotEmpty());
        reasonsMissing.managedProperty().bind(reasonsMissing.visibleProperty());
    }

    private void showConflicts() {
        conflicts.getChildren().clear();
        int row = 0;
        for (SignInViewModel.ConflictRow conflict : model.conflicts()) {
            CheckBox declared = new CheckBox(conflict.applicant().code() + "  " + conflict.applicant().name());
            declared.setId("conflict-" + conflict.applicant().code());
            declared.setMinWidth(Region.USE_PREF_SIZE); // the applicant's name whole; the reason's field gives way
            declared.selectedProperty().bindBidirectional(conflict.declaredProperty());
            TextField reason = new TextField();
            reason.setId("reason-" + conflict.applicant().code());
            reason.setPromptText(UiText.text("signin.conflict.reason"));
            reason.setPrefColumnCount(28);
            reason.textProperty().bindBidirectional(conflict.reasonProperty());
            reason.disableProperty().bind(conflict.declaredProperty().not());
            if (conflict.alreadyDeclared()) {
                declared.setDisable(true);
                reason.setEditable(false);
            }
            conflicts.addRow(row++, declared, reason,
                    new Label(conflict.alreadyDeclared() ? UiText.text("signin.conflict.recorded") : ""));
        }
    }

    @FXML
    private void signIn() {
        onSignIn.accept(model);
    }

    @FXML
    private void back() {
        onBack.run();
    }
}

package com.parkreview.app.ui;

import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.scoring.ValidationException;
import java.util.function.ToIntFunction;
import com.parkreview.app.setup.EditSession;
import com.parkreview.app.AppText;
import com.parkreview.app.ui.common.Confirm;
import com.parkreview.app.ui.common.DiscardGuard;
import com.parkreview.app.ui.common.DialogsFitScreen;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.ReasonPrompt;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.ViewLoader;
import com.parkreview.app.ui.start.NewSessionView;
import com.parkreview.app.ui.start.NewSessionViewModel;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The session's form in a dialog: a new session, or Session › Properties of a stored one. */
final class SessionForm {

    private SessionForm() {
    }

    /** A new session's form: whether the user pressed OK (only possible with nothing wrong in the form). */
    static boolean askNew(FlowParts parts, String title, NewSessionViewModel model) {
        return ask(parts, title, model, Optional.empty(), Optional.empty()).ok();
    }

    /** Whether OK was pressed, and what the form showed when it first opened. */
    private record Asked(boolean ok, Optional<List<Object>> firstShown) {
    }

    /**
     * {@code fixed}: when correcting a stored session, what scoring has fixed in it (what the session
     * keeps from the day it was made is locked too); empty for a new session.
     */
    private static Asked ask(FlowParts parts, String title, NewSessionViewModel model, Optional<EditSession.Fixed> fixed,
            Optional<List<Object>> firstShown) {
        boolean correcting = fixed.isPresent();
        ViewLoader.Loaded<NewSessionView> form = parts.loader().load(NewSessionView.class);
        form.controller().bind(model);
        if (correcting) {
            form.controller().lockProgramme();
            form.controller().lockScored(fixed.get());
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(parts.owner());
        dialog.setTitle(title);
        dialog.getDialogPane().setId(correcting ? "sessionProperties" : "newSessionDialog");
        // the form scrolls where the screen is lower than it (1024×700): the buttons stay on the screen
        ScrollPane content = DialogsFitScreen.scrolling(form.root());
        dialog.getDialogPane().getStyleClass().add("form-dialog"); // room on the left too, as a dialog with a header has
        Rectangle2D room = DialogsFitScreen.room(parts.owner());
        dialog.getDialogPane().setPrefSize(Math.min(980, room.getWidth() - 24), Math.min(900, room.getHeight() - 24));
        DialogsFitScreen.allowWide(dialog.getDialogPane());
        // what is wrong stays in sight under the form, above OK, however far the form is scrolled
        Label problem = new Label();
        problem.getStyleClass().add(model.unchangedBinding().get() ? "note" : "problem");
        // "nothing changed yet" is a note, not an error: muted, where a real problem is red
        model.unchangedBinding().addListener((obs, was, now) -> problem.getStyleClass()
                .set(problem.getStyleClass().indexOf(was ? "note" : "problem"), now ? "note" : "problem"));
        problem.setId("sessionFormProblem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemProperty());
        VBox.setVgrow(content, Priority.ALWAYS);
        dialog.getDialogPane().setContent(new VBox(8, content, problem));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(model.problemProperty().isNotEmpty());
        DiscardGuard.install(dialog, firstShown); // Esc or ✕ on a filled form asks first
        // a cap above the programme's or the budget is allowed, but asked for by amount: one zero too
        // many proposed ten times the legal maximum to every applicant with no amount applied for (walk 9)
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            String note = model.capNoteBinding().get();
            if (!note.isEmpty() && !Confirm.ask(dialog.getDialogPane().getScene().getWindow(),
                    UiText.text("newSession.capConfirm", note), "capConfirm")) {
                e.consume();
            }
        });
        boolean ok = dialog.showAndWait().filter(ButtonType.OK::equals).isPresent();
        return new Asked(ok, DiscardGuard.firstShown(dialog));
    }

    /**
     * Session › Properties: the form, then, once scoring has started, the reason; a reason not given
     * goes back to the form as it was typed (a tester's walk 9 pressed Esc there and lost every edit).
     *
     * @return the reason ("" when none is needed), or empty when the form was cancelled
     */
    static Optional<String> askCorrection(FlowParts parts, NewSessionViewModel model, boolean reasonNeeded,
            EditSession.Fixed fixed) {
        String title = UiText.text("sessionProperties.title");
        Optional<List<Object>> firstShown = Optional.empty();
        while (true) {
            Asked asked = ask(parts, title, model, Optional.of(fixed), firstShown);
            if (!asked.ok()) {
                return Optional.empty();
            }
            firstShown = asked.firstShown();
            Optional<String> reason = reasonNeeded ? ReasonPrompt.ask(parts.owner(), title,
                    UiText.text("sessionProperties.reasonPrompt"), "changeReason", "changeReasonText") : Optional.of("");
            if (reason.isPresent()) {
                return reason;
            }
        }
    }

    /**
     * Session › Properties until the correction is saved or the form cancelled: a correction refused
     * (a score step fixed once kits went out) shows why, then the form again as it was typed, where
     * the refusal used to close it and every other correction typed went with it (round 17: the venue).
     *
     * @param save saves with the reason given; returns the kits handed out before the change
     */
    static void correctUntilSaved(FlowParts parts, NewSessionViewModel model, boolean reasonNeeded,
            EditSession.Fixed fixed, ToIntFunction<String> save) {
        while (true) {
            Optional<String> why = askCorrection(parts, model, reasonNeeded, fixed);
            if (why.isEmpty()) {
                return;
            }
            try {
                tellKitsAsItWas(parts, save.applyAsInt(why.get()));
                return;
            } catch (ValidationException refused) {
                ErrorDialog.show(parts.owner(), refused);
            } catch (RuntimeException e) {
                ErrorDialog.show(parts.owner(), e);
                return;
            }
        }
    }

    /** After Session › Properties: the kits that now show the session as it was, if any ({@code EditSession#edit}). */
    static void tellKitsAsItWas(FlowParts parts, int kits) {
        if (kits > 0) {
            InfoDialog.show(parts.owner(), UiText.text("sessionProperties.title"), AppText.of("setup.kitsAsItWas", kits).text());
        }
    }
}

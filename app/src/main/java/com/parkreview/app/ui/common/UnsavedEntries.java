package com.parkreview.app.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window closing (its ✕, File › Exit) while a form of the window still holds something
 * typed and not yet added: an applicant or an expert on the set-up tab (a tester's round 5 typed a
 * whole applicant, closed the window, and it was gone without a question). Such a form is marked
 * with the style class {@value #FORM}; what was added or saved is never asked about.
 *
 * <p>A screen whose fields are stored as they are left (the score form) is {@linkplain #watch
 * watched} instead: at close it stores what is typed, and only what it could not store (a score
 * rule 2 refuses) is asked about; a round 5 tester's score typed without Enter was lost silently.
 */
public final class UnsavedEntries {

    /** The style class of a form whose typed text is not yet stored. */
    public static final String FORM = "entry-form";

    private static final String STORES_AT_CLOSE = "parkreview.storesAtClose";

    private UnsavedEntries() {
    }

    /** Whether the window may close: nothing typed and not added, or the user says to close anyway. */
    public static boolean mayClose(Stage window) {
        return may(window, "window.unsavedScores", "window.unsavedEntry");
    }

    /**
     * Whether the screen shown may be left for another (the start page, a paper sheet, another
     * session or database): the screen shown is made again when it comes back, so a form typed in
     * and not added was dropped without a question (a tester's round 21: ← 开始页, and a paper sheet
     * opened from the progress tab, each lost a half-typed applicant).
     */
    public static boolean mayLeave(Window window) {
        return may(window, "window.unsavedScoresLeave", "window.unsavedEntryLeave");
    }

    private static boolean may(Window window, String scoresQuestion, String entryQuestion) {
        if (window == null || window.getScene() == null) {
            return true;
        }
        Node root = window.getScene().getRoot();
        List<String> notStored = storeTyped(root);
        if (!notStored.isEmpty()) {
            return Confirm.ask(window, UiText.text(scoresQuestion, String.join(UiText.text("list.separator"),
                    notStored)), "unsavedScores");
        }
        return !typedIn(root) || Confirm.ask(window, UiText.text(entryQuestion), "unsavedEntry");
    }

    /**
     * Marks a screen that stores its typed fields when the window closes: {@code storeTyped} stores
     * them and names each one it could not store, for the question.
     */
    public static void watch(Node screen, StoresAtClose storeTyped) {
        screen.getProperties().put(STORES_AT_CLOSE, storeTyped);
    }

    private static List<String> storeTyped(Node root) {
        return root.lookupAll("*").stream().map(node -> node.getProperties().get(STORES_AT_CLOSE))
                .filter(StoresAtClose.class::isInstance).map(StoresAtClose.class::cast)
                .flatMap(screen -> screen.storeTyped().stream()).toList();
    }

    /** A screen's own storing of what is typed in it, at close. */
    @FunctionalInterface
    public interface StoresAtClose {
        /** Stores what is typed; returns what could not be stored, each named for the question. */
        List<String> storeTyped();
    }

    static boolean typedIn(Node root) {
        return root.lookupAll("." + FORM).stream().flatMap(form -> form.lookupAll("*").stream())
                .anyMatch(node -> node instanceof TextInputControl text && text.getText() != null
                        && !text.getText().isBlank());
    }
}

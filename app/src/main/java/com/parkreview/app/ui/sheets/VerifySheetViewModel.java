package com.parkreview.app.ui.sheets;

import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.sheets.SheetCheck;
import com.parkreview.app.sheets.SheetVerification;
import com.parkreview.scoring.LocalizedText;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A paper sheet checked against the stored data by the verification code printed on it (校验码):
 * the code as typed off the paper, then the verdict, what the sheet is and, when the data changed
 * since it was printed, each change in words. Typing another code clears the previous answer, so
 * a verdict on screen is always the verdict for the code in the field.
 */
public final class VerifySheetViewModel {

    private final SheetVerification verification;
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Optional<SheetCheck.Verdict>> verdict =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ObservableList<String> changes = FXCollections.observableArrayList();

    public VerifySheetViewModel(SheetVerification verification) {
        this.verification = verification;
        code.addListener((obs, was, now) -> clear());
    }

    public StringProperty codeProperty() {
        return code;
    }

    /** The verdict for the code in the field, or empty before it is checked. */
    public ReadOnlyObjectProperty<Optional<SheetCheck.Verdict>> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** What changed since the sheet was printed, one sentence each. */
    public ObservableList<String> changes() {
        return FXCollections.unmodifiableObservableList(changes);
    }

    /** Checks the code in the field against the database, here and now. */
    public void check() {
        String typed = code.get();
        show(typed, lookUp(typed));
    }

    /**
     * The check of a code, on any thread: a code printed elsewhere is looked for among every
     * current expert sheet, which takes a moment in a large database.
     */
    public SheetCheck lookUp(String typed) {
        return verification.check(typed);
    }

    /** Shows the answer for the code typed, unless another code has been typed since. */
    public void show(String typed, SheetCheck check) {
        if (!typed.equals(code.get())) {
            return;
        }
        Locale locale = UiText.locale();
        explanation.set(check.explanation().in(locale));
        changes.setAll(check.changes().stream().map((LocalizedText change) -> change.in(locale)).toList());
        verdict.set(Optional.of(check.verdict()));
    }

    private void clear() {
        verdict.set(Optional.empty());
        explanation.set("");
        changes.clear();
    }
}

package com.parkreview.app.ui.console;

import com.parkreview.app.review.PaperComparison;
import com.parkreview.app.review.PaperResolution;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.ReasonPrompt;
import com.parkreview.app.ui.common.UiText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Under a second entry that differs: one row per indicator, both values, and the secretary's two
 * choices after reading the paper (keep the first entry's value, or the second's), each asking
 * for the reason the history keeps.
 */
final class SettleRows {

    private SettleRows() {
    }

    static void fill(VBox rows, SecondEntryViewModel model, DialogPane pane) {
        rows.getChildren().clear();
        if (!model.settles()) {
            return;
        }
        for (PaperComparison.Difference difference : model.differences()) {
            String code = difference.indicatorCode();
            Label what = new Label(UiText.text("secondEntry.difference", code, text(difference.first()),
                    text(difference.second())));
            what.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, what, choice(model, pane, difference, PaperResolution.Keep.FIRST),
                    choice(model, pane, difference, PaperResolution.Keep.SECOND));
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
    }

    private static Button choice(SecondEntryViewModel model, DialogPane pane, PaperComparison.Difference difference,
            PaperResolution.Keep keep) {
        String key = keep == PaperResolution.Keep.FIRST ? "secondEntry.keepFirst" : "secondEntry.keepSecond";
        Button button = new Button(UiText.text(key));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId("settle-" + difference.indicatorCode().replace('.', '_') + "-" + keep.name().toLowerCase(Locale.ROOT));
        button.setOnAction(e -> ReasonPrompt.ask(pane.getScene().getWindow(), UiText.text("secondEntry.settleTitle"),
                UiText.text("secondEntry.settlePrompt", difference.indicatorCode(),
                        text(keep == PaperResolution.Keep.FIRST ? difference.first() : difference.second())),
                "settleReason", "settleReasonText")
                .ifPresent(reason -> ErrorDialog.guard(pane.getScene().getWindow(),
                        () -> {
                            model.settle(difference, keep, reason);
                        })));
        return button;
    }

    private static String text(Optional<BigDecimal> score) {
        return score.map(BigDecimal::toPlainString).orElse("—");
    }
}

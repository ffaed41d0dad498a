package com.parkreview.app.sheets;

import com.parkreview.app.review.PrintedSheet;
import com.parkreview.scoring.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "does this paper sheet still match?": the verdict, the printed sheet found by its
 * code, the explanation (what the sheet is, printed when and by whom, or why nothing was found)
 * and, when it no longer matches, each difference in words ("indicator 4.1 of expert E5's sheet
 * for A03: was 12, is now 11.5."). The client shows the same in a dialog as the command line prints.
 */
public record SheetCheck(Verdict verdict, Optional<PrintedSheet> printed, LocalizedText explanation,
        List<LocalizedText> changes) {

    public enum Verdict {
        /** The sheet was printed from this database and the data stored now gives the same content. */
        MATCHES,
        /** The sheet was printed from this database, but the data stored now gives other content. */
        CHANGED,
        /**
         * The sheet was printed from this database, but its history no longer holds the entry that
         * recorded the printing: cut back or rewritten since (what else differs is listed too).
         */
        HISTORY_CUT,
        /** No sheet with this code was printed from this database. */
        UNKNOWN,
        /** What was typed is not a verification code. */
        NOT_A_CODE
    }

    public SheetCheck {
        printed = printed == null ? Optional.empty() : printed;
        changes = List.copyOf(changes);
    }
}

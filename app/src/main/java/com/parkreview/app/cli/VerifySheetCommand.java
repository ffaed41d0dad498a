package com.parkreview.app.cli;

import com.parkreview.app.review.OpenStore;
import com.parkreview.app.sheets.SheetCheck;
import com.parkreview.app.sheets.SheetVerification;
import com.parkreview.scoring.LocalizedText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verify-sheet CODE}: does the paper sheet with this code still match the stored data? */
@Command(name = "verify-sheet", mixinStandardHelpOptions = true,
        description = {"Find a printed sheet by its verification code (校验码) and check it against the data stored now.",
                "Exit status 0: it matches; 3: it does not (what changed is listed), or the history no longer holds",
                "the entry that recorded its printing (cut back or rewritten); 2: no sheet with that code."})
final class VerifySheetCommand extends DatabaseCommand {

    @Parameters(arity = "1..*", paramLabel = "CODE",
            description = "The code as printed, e.g. e41be3571bdf; upper case, spaces and dashes are fine (e41b e357 1bdf); "
                    + "or the text of the sheet's QR code as a scanner reads it (it also tells where the history stood).")
    List<String> code;

    @Override
    int run(OpenStore db) {
        SheetCheck check = new SheetVerification(db).check(String.join(" ", code));
        Locale locale = Locale.getDefault();
        switch (check.verdict()) {
            case MATCHES -> {
                out().println(check.explanation().in(locale));
                return ExitCodes.OK;
            }
            case CHANGED, HISTORY_CUT -> {
                print(err(), check, locale);
                return ExitCodes.CHECK_FAILED;
            }
            default -> {
                err().println(check.explanation().in(locale));
                return ExitCodes.REFUSED;
            }
        }
    }

    private static void print(PrintWriter to, SheetCheck check, Locale locale) {
        to.println(check.explanation().in(locale));
        for (LocalizedText change : check.changes()) {
            to.println("  - " + change.in(locale));
        }
    }
}

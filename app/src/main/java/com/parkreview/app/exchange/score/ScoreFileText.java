package com.parkreview.app.exchange.score;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.JsonDocuments;
import com.parkreview.app.review.DeclaredRecusal;
import com.parkreview.app.review.ReturnedScores;
import com.parkreview.app.review.ReturnedSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A score file checked (form and signature) and said in lines: whose it is, each signed sheet
 * with its total, each recusal. The command line's {@code score verify} prints them; the window
 * shows them for a file it was started on.
 */
public final class ScoreFileText {

    private ScoreFileText() {
    }

    /** The file's lines, in the default language; a file refused says why in the exception. */
    public static List<String> lines(Path file) throws InputRejectedException {
        ReturnedScores scores = ScoreFile.read(file.getFileName().toString(), JsonDocuments.readBytes(file));
        List<String> lines = new ArrayList<>();
        lines.add(AppText.of("cli.scoreIntact", file.getFileName(), scores.expertCode(), scores.expertName(),
                scores.key().fingerprint(), scores.sessionName(), String.valueOf(scores.sessionYear()),
                scores.kitId(), scores.exportedAt()).text());
        for (ReturnedSheet sheet : scores.sheets()) {
            lines.add("  " + AppText.of("cli.scoreSheet", sheet.applicantCode(),
                    sheet.total().stripTrailingZeros().toPlainString(), sheet.signedAt()).text());
        }
        for (DeclaredRecusal recusal : scores.recusals()) {
            lines.add("  " + AppText.of("cli.scoreRecusal", recusal.applicantCode(), recusal.reason()).text());
        }
        return lines;
    }

    /** The lines as one text. */
    public static String describe(Path file) throws InputRejectedException {
        return String.join("\n", lines(file));
    }
}

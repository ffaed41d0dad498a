package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.laptop.ExportScores;
import com.parkreview.app.review.DeclaredRecusal;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.ReturnedScores;
import com.parkreview.app.review.ReturnedSheet;
import com.parkreview.app.review.ScoreReturns;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code score export}: on the expert's laptop, the signed score file to hand to the secretary. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the expert's signed sheets and recusals as a signed score file (.prscore).",
                "Sheets not signed yet are not in the file; they are listed."})
final class ScoreExportCommand extends DatabaseCommand {

    @Option(names = "--out", required = true, paramLabel = "SCORE", description = "The score file to write (E1.prscore).")
    private Path out;

    @Override
    int run(OpenStore db) {
        ScoreReturns.Prepared prepared = ExportScores.export(db, out);
        ReturnedScores scores = prepared.scores();
        out().println(AppText.of("cli.scoreWritten", out, scores.expertCode(), scores.sheets().size(),
                codes(scores.sheets().stream().map(ReturnedSheet::applicantCode).toList()),
                scores.recusals().size(),
                codes(scores.recusals().stream().map(DeclaredRecusal::applicantCode).toList())).text());
        out().println(AppText.of("cli.fingerprint", scores.key().fingerprint()).text());
        if (!prepared.notSigned().isEmpty()) {
            List<String> lines = prepared.notSigned().stream()
                    .map(n -> AppText.of("cli.notSignedOne", n.applicantCode(), n.scored(), n.indicators()).text())
                    .toList();
            err().println(AppText.of("cli.notSigned", String.join("; ", lines)).text());
        }
        return ExitCodes.OK;
    }
}

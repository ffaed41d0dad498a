package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.JsonDocuments;
import com.parkreview.app.exchange.score.ScoreFile;
import com.parkreview.app.review.DeclaredRecusal;
import com.parkreview.app.review.ReturnedScores;
import com.parkreview.app.review.ReturnedSheet;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code score verify}: checks score files without a database: their form and signature. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check score files without a database: the form and the signature; shows whose they are.",
                "Exit status 0: every file intact; 2: a file refused, with the reason.",
                "不使用数据库校验评分文件：格式与签名；显示文件属于哪位专家。"})
final class ScoreVerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCORE", description = "The score files (.prscore).")
    private List<Path> files;

    @Override
    public Integer call() {
        int status = ExitCodes.OK;
        for (Path file : files) {
            try {
                ReturnedScores scores = ScoreFile.read(file.getFileName().toString(), JsonDocuments.readBytes(file));
                spec.commandLine().getOut().println(AppText.of("cli.scoreIntact", file.getFileName(),
                        scores.expertCode(), scores.expertName(), scores.key().fingerprint(), scores.sessionName(),
                        String.valueOf(scores.sessionYear()), scores.kitId(), scores.exportedAt().toString()).text());
                for (ReturnedSheet sheet : scores.sheets()) {
                    spec.commandLine().getOut().println("  " + AppText.of("cli.scoreSheet", sheet.applicantCode(),
                            sheet.total().stripTrailingZeros().toPlainString(), sheet.signedAt().toString()).text());
                }
                for (DeclaredRecusal recusal : scores.recusals()) {
                    spec.commandLine().getOut().println("  " + AppText.of("cli.scoreRecusal", recusal.applicantCode(),
                            recusal.reason()).text());
                }
            } catch (InputRejectedException e) {
                spec.commandLine().getErr().println(e.message(Locale.getDefault()));
                status = ExitCodes.REFUSED;
            }
        }
        return status;
    }
}

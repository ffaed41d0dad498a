package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.score.ScoreFileImport;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ImportOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score import}: the secretary imports experts' score files, each in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import experts' score files into the secretary's database. Each file is verified and "
                + "imported whole or not at all; a file refused leaves the database as it was.",
                "Exit status 0: every file imported; 2: a file refused (the others are imported), with the reason.",
                "将专家的评分文件导入秘书的数据库。每个文件先校验，再整体导入或整体不导入；被拒绝的文件不改变数据库。"})
final class ScoreImportCommand extends DatabaseCommand {

    @Parameters(arity = "1..*", paramLabel = "SCORE", description = "The score files (.prscore).")
    private List<Path> files;

    @Option(names = "--re-review", description = {"The files answer a re-review: a different signed sheet is "
            + "superseded (kept) by the imported one as the next round.",
            "文件是对重新评审的答复：内容不同的已签名评分表被导入的评分表替代（原表保留），作为下一轮。"})
    private boolean reReview;

    @Option(names = "--session", paramLabel = "ID",
            description = "Refuse files whose kit belongs to another session than this one.")
    private Long session;

    @Override
    int run(Database db) {
        ScoreFileImport importer = new ScoreFileImport(db, Actor.commandLine());
        int status = ExitCodes.OK;
        for (Path file : files) {
            try {
                ImportOutcome outcome = importer.importFile(file, reReview, Optional.ofNullable(session));
                out().println(AppText.of("cli.imported", file.getFileName(), outcome.expertCode(), outcome.expertName(),
                        outcome.key().fingerprint(), AppText.of(outcome.keyPinnedNow() ? "cli.keyPinned" : "cli.keyKnown"),
                        codes(outcome.imported()), codes(outcome.unchanged()), codes(outcome.superseded()),
                        codes(outcome.recusals()), codes(outcome.recusalsUnchanged())).text());
            } catch (InputRejectedException e) {
                err().println(AppText.of("cli.importRefused", e.message(Locale.getDefault())).text());
                status = ExitCodes.REFUSED;
            }
        }
        return status;
    }
}

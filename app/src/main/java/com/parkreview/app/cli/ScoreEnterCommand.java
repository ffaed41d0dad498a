package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.PaperComparison;
import com.parkreview.app.review.PaperEntry;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.TypedSheet;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code score enter}: experts' signed paper sheets typed in by the secretary's staff. The first
 * entry stores and signs the sheets; the second, by another person who never sees the first, is
 * compared with it, and a sheet counts only when both agree (a later entry by a third person,
 * from the paper, settles a difference).
 */
@Command(name = "enter", mixinStandardHelpOptions = true,
        description = {"Type in experts' signed paper sheets: a first entry, then --second by another person; a sheet counts when both agree."})
final class ScoreEnterCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--typist", required = true, paramLabel = "NAME", description = "Who types it in (kept in the history).")
    private String typist;

    @ArgGroup(multiplicity = "1")
    private TypedSheets.Source source;

    @Option(names = "--opinion", paramLabel = "TEXT",
            description = "The expert's written opinion (评价意见) for a first entry, e.g. 见签字的纸质评分表.")
    private String opinion;

    @Option(names = "--second", description = "The second entry, by another person, compared with the first.")
    private boolean second;

    @Override
    int run(OpenStore db) throws InputRejectedException {
        List<TypedSheet> sheets = TypedSheets.read(db, session, source, opinion);
        PaperEntry paper = new PaperEntry(db);
        if (typist.isBlank()) { // said as this option, not as --secretary (round 15)
            throw new ValidationException(AppText.of("cli.typistNeeded"));
        }
        Actor actor = Actor.secretary(typist);
        if (!second) {
            for (ScoreSheet sheet : paper.enterWhole(actor, sheets)) {
                out().println(AppText.of("cli.paperFirst", TypedSheets.label(db, sheet.expertId(), sheet.applicantId()),
                        sheet.total().toPlainString()).text());
            }
            out().println(AppText.of("cli.paperSecondNext", session).text());
            return ExitCodes.OK;
        }
        List<PaperComparison> compared = paper.secondEntries(actor, sheets);
        boolean allMatch = true;
        for (int i = 0; i < sheets.size(); i++) {
            String label = TypedSheets.label(db, sheets.get(i).expertId(), sheets.get(i).applicantId());
            String line = AppText.of("cli.sheetSays", label, compared.get(i).text()).text();
            if (compared.get(i).matches()) {
                out().println(line);
            } else {
                err().println(line);
                allMatch = false;
            }
        }
        return allMatch ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}

package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.setup.CloseSession;
import com.parkreview.scoring.LocalizedText;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code session close}: ends a session on its current merged results; nothing in it changes afterwards. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = {"Close a session: only once it is merged and its results are current. Afterwards nothing in it "
                + "changes; reading, printing, verify and backup still work."})
final class SessionCloseCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--secretary", required = true, paramLabel = "NAME",
            description = "The secretary who closes it (评审秘书), kept in the history.")
    private String secretary;

    @Option(names = "--as-it-stands", description = {"Close although closing decides applicants as unfinished or "
            + "leaves summaries without the group leader's joint opinion (named when refused without this)."})
    private boolean asItStands;

    @Override
    int run(OpenStore db) {
        Optional<LocalizedText> unfinished = new CloseSession(db).whatItDecides(session);
        CloseSession.Closed closed = new CloseSession(db).close(new CloseSession.Request(session, secretary, asItStands));
        out().println(AppText.of("cli.sessionClosed", closed.sessionId(), closed.name(), closed.closedBy(),
                closed.mergedAt(), closed.mergedBy()).text());
        out().println(AppText.of("cli.supportYearsRecorded", closed.supportYears()).text());
        unfinished.ifPresent(text -> out().println(text.text()));
        return ExitCodes.OK;
    }
}

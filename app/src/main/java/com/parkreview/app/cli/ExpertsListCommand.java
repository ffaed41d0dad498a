package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.ReviewRules;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code experts list}: a session's panel, one expert per line, tab-separated. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List a session's panel."})
final class ExpertsListCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Override
    int run(OpenStore db) {
        List<Expert> panel = db.read(s -> {
            ReviewRules.session(s, session);
            return s.experts().list(session);
        });
        out().println(AppText.of("cli.expertsHeader").text());
        for (Expert e : panel) {
            out().printf("%s\t%s\t%s\t%s\t%s%n", e.code(), e.role().label(), e.groupLeader() ? "是" : "否", e.name(),
                    e.organisation());
        }
        return ExitCodes.OK;
    }
}

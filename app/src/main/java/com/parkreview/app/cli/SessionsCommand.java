package com.parkreview.app.cli;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.SessionSummary;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code sessions}: the sessions held in a database. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"List the review sessions in a database.", "列出数据库中的评审批次。"})
final class SessionsCommand extends DatabaseCommand {

    @Override
    int run(Database db) {
        List<SessionSummary> sessions = db.read(store -> store.sessions().list());
        out().println("id\tyear\tdate\tstatus\tapplicants\texperts\tsigned\tname");
        for (SessionSummary s : sessions) {
            out().printf("%d\t%d\t%s\t%s\t%d\t%d\t%d\t%s%n", s.id(), s.year(),
                    s.date().map(Object::toString).orElse(""), s.status(), s.applicants(), s.experts(),
                    s.signedSheets(), s.name());
        }
        return ExitCodes.OK;
    }
}

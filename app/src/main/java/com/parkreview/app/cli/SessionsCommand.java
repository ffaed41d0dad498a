package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.results.ResultsStanding;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.Store;
import com.parkreview.scoring.LocalizedTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code sessions}: the sessions held in a database. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"List the review sessions in a database."})
final class SessionsCommand extends DatabaseCommand {

    @Override
    int run(OpenStore db) {
        List<SessionSummary> sessions = db.read(store -> store.sessions().list());
        Map<Long, String> panels = db.read(store -> panels(store, sessions));
        ResultsStanding standing = new ResultsStanding(db);
        // on a programme office's server with panels, which panel each session belongs to, last
        out().println(AppText.of("cli.sessionsHeader").text()
                + (panels.isEmpty() ? "" : "\t" + AppText.of("cli.sessionsPanel").text()));
        for (SessionSummary s : sessions) {
            ResultsStanding.Standing results = standing.of(s.id());
            out().printf("%d\t%d\t%s\t%s\t%d\t%d\t%d\t%s\t%s%s%n", s.id(), s.year(),
                    s.date().map(d -> LocalizedTime.day(d, Locale.getDefault())).orElse(""), shown(s.status()),
                    s.applicants(), s.experts(), s.signedSheets(),
                    AppText.of("cli.resultsState." + results.state().name()).text(), s.name(),
                    panels.isEmpty() ? "" : "\t" + panels.getOrDefault(s.id(), "—"));
            if (results.outOfDate()) {
                err().println(AppText.of("cli.sessionResults", String.valueOf(s.id()), results.words()).in(Locale.getDefault()));
            }
        }
        return ExitCodes.OK;
    }

    /** Each session's panel code, for the sessions that have one (none on a file). */
    private static Map<Long, String> panels(Store store, List<SessionSummary> sessions) {
        Map<Long, String> panels = new HashMap<>();
        for (SessionSummary s : sessions) {
            store.panels().ofSession(s.id()).ifPresent(panel -> panels.put(s.id(), panel.code()));
        }
        return panels;
    }

    /** A status as the list shows it, in the user's language (a closed session, DECIDED as stored, is CLOSED). */
    private static String shown(SessionStatus status) {
        return AppText.of("cli.sessionStatus." + status.name()).text();
    }
}

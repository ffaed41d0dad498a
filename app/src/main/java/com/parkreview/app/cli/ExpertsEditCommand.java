package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.setup.EditExpert;
import com.parkreview.scoring.ValidationException;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code experts edit}: corrects the fields given of one expert; the others stay as they are. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Correct an expert: only the fields given change. Once scoring has started, give --reason."})
final class ExpertsEditCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--expert", required = true, paramLabel = "CODE", description = "The expert's code now (E1).")
    private String expert;

    @Option(names = "--code", paramLabel = "CODE", description = "A new code (only before a kit or a sheet carries it).")
    private String code;

    @Option(names = "--name", paramLabel = "TEXT", description = "The expert's name (姓名).")
    private String name;

    @Option(names = "--organisation", paramLabel = "TEXT", description = "The expert's organisation (单位).")
    private String organisation;

    @Option(names = "--role", paramLabel = "产业专家|财务专家", description = "The role: 产业专家 (industry) or 财务专家 (finance).")
    private String role;

    @Option(names = "--leader", paramLabel = "是|否", description = "Whether the expert is the group leader (组长): 是 / 否 (yes / no).")
    private String leader;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; needed once scoring has started, kept in the history.")
    private String reason;

    @Override
    int run(OpenStore db) {
        Expert now = SessionLookup.expert(db, session, expert);
        ExpertRole newRole = role == null ? now.role() : ExpertRole.parse(role).orElseThrow(() ->
                new ValidationException(AppText.of("cli.option", "--role", AppText.of("setup.role", role))));
        NewExpert changed = new NewExpert(code == null ? now.code() : code, name == null ? now.name() : name,
                organisation == null ? now.organisation() : organisation, newRole,
                leader == null ? now.groupLeader() : yes(leader));
        new EditExpert(db).edit(Actor.commandLine(), now, changed, reason);
        out().println(AppText.of("cli.expertCorrected", changed.code(), changed.name()).text());
        if (now.groupLeader() && !changed.groupLeader()) { // said now, not when the summary is printed (round 20 F13)
            boolean leaderLeft = db.read(s -> s.experts().list(session)).stream().anyMatch(Expert::groupLeader);
            if (!leaderLeft) {
                err().println(AppText.of("cli.panelWithoutLeader", changed.code()).text());
            }
        }
        return ExitCodes.OK;
    }

    private static boolean yes(String typed) {
        String value = typed.strip().toLowerCase(Locale.ROOT);
        if (Set.of("是", "yes", "y", "1", "true").contains(value)) {
            return true;
        }
        if (Set.of("否", "no", "n", "0", "false").contains(value)) {
            return false;
        }
        throw new ValidationException(AppText.of("cli.option", "--leader", AppText.of("setup.yesNo", typed)));
    }
}

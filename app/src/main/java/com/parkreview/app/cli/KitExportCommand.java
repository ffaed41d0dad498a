package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.kit.KitExport;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.OpenStore;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kit export}: the secretary's kit for one expert of a session. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export an expert's kit (.prkit) for scoring offline; its id is recorded with the session."})
final class KitExportCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--expert", required = true, paramLabel = "E", description = "The expert's code in the session (E1).")
    private String expert;

    @Option(names = "--out", required = true, paramLabel = "KIT", description = "The kit file to write (E1.prkit).")
    private Path out;

    @Override
    int run(OpenStore db) throws Exception {
        ExpertKit kit = new KitExport(db).toFile(Actor.commandLine(), session, expert, out);
        out().println(AppText.of("cli.kitWritten", out, kit.expertCode(), kit.expert().name(), kit.session().name(),
                kit.applicants().size(), kit.kitId()).text());
        return ExitCodes.OK;
    }
}

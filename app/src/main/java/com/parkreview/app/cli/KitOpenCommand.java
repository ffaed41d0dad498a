package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.laptop.OpenKit;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.OpenStore;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code kit open}: on the expert's laptop, the kit opened into the expert's own database. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Open a kit into the expert's own database (created if missing), in expert mode: only that "
                + "expert's sheets can be edited. Makes the expert's signing key and shows its fingerprint."})
final class KitOpenCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "KIT", description = "The kit file (.prkit) from the secretary.")
    private Path kitFile;

    private OpenKit.Opened opened;

    /** The kit is read first: a refused kit never creates a database file ({@link OpenKit}). */
    @Override
    Database open() throws InputRejectedException {
        if (database.db == null) {
            throw new ParameterException(spec.commandLine(), AppText.of("kit.openNeedsDb").text());
        }
        opened = OpenKit.open(new OpenKit.Request(kitFile, database.newFile(), database.options(OpenOptions.creating()),
                OpenKit.Target.NEW_OR_SAME_KIT));
        return opened.database();
    }

    @Override
    int run(OpenStore db) {
        ExpertKit kit = opened.kit();
        out().println(AppText.of("cli.kitOpened", kit.kitId(), kit.session().name(), String.valueOf(kit.session().year()),
                kit.expertCode(), kit.expert().name(), kit.applicants().size(), db.where()).text());
        out().println(AppText.of("cli.fingerprint", opened.mode().fingerprint()).text());
        return ExitCodes.OK;
    }
}

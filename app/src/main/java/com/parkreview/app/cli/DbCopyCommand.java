package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.server.CopyDatabase;
import com.parkreview.scoring.ValidationException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db copy}: a whole database into a new file or a server's empty database, verified on both sides. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copy a whole database: a panel's file into a server's empty database, or a server's "
                + "database into a new file. Both sides are verified; the source is not changed."})
final class DbCopyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FROM",
            description = "The database copied: a file (.mv.db), or a server's postgresql://host/database.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "TO",
            description = "Where the copy goes: a file that does not exist yet, or a server's database that holds "
                    + "nothing yet.")
    String to;

    @Option(names = "--from-password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "The source's password: an encrypted file's, or the server role's (asked when given "
                    + "without a value; a server's is also read from PGPASSWORD or ~/.pgpass).")
    char[] fromPassword;

    @Option(names = "--to-password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "The copy's password: a new file is encrypted with it; a server role's is used to "
                    + "connect (asked when given without a value).")
    char[] toPassword;

    @Override
    public Integer call() {
        try {
            CopyDatabase.Copied copied = new CopyDatabase(Actor.commandLine(), Clock.systemDefaultZone())
                    .run(new CopyDatabase.Request(from, given(fromPassword), to, given(toPassword)));
            spec.commandLine().getOut().println(AppText.of("cli.copied", copied.from(), copied.to(),
                    copied.sessions(), copied.source().entries(), intact(copied.source()),
                    copied.copy().entries(), intact(copied.copy())).in(Locale.getDefault()));
            return copied.copy().intact() ? ExitCodes.OK : ExitCodes.REFUSED;
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.message(Locale.getDefault()));
            return ExitCodes.REFUSED;
        } catch (ValidationException e) {
            spec.commandLine().getErr().println(e.getMessage(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
    }

    private static String intact(ChainCheck check) {
        return AppText.of(check.intact() ? "cli.copyIntact" : "cli.copyBroken").in(Locale.getDefault());
    }

    private static Optional<char[]> given(char[] password) {
        return password != null && password.length > 0 ? Optional.of(password) : Optional.empty();
    }
}

package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.HistoryVerification;
import com.parkreview.app.review.MismatchAdvice;
import com.parkreview.app.review.OpenStore;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code verify}: re-computes the history chain and compares the stored sheets with it. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the change history: every entry's hash chain, and the sheets against it.",
                "Exit status 0: intact; 3: a mismatch, reported, or a file found damaged or older than its"
                        + " history marker says; 4: the history intact, but its marker was found missing or not"
                        + " ParkReview's at an open since the last verify, so whether an older copy was put in the"
                        + " file's place could not be checked."})
final class VerifyCommand extends DatabaseCommand {

    @Override
    int run(OpenStore db) {
        HistoryVerification.Result result = new HistoryVerification(db).run();
        ChainCheck check = result.check();
        if (check.empty()) {
            err().println(AppText.of("cli.verifyEmpty", db.where()).in(Locale.getDefault()));
            return ExitCodes.CHECK_FAILED;
        }
        if (check.intact()) {
            out().println(AppText.of("cli.verifyIntact", check.entries()).in(Locale.getDefault()));
            // the doubt about the marker was said on err before the command's output (DatabaseOptions)
            return result.whollyIntact() ? ExitCodes.OK : ExitCodes.NOT_WHOLLY_CHECKED;
        }
        err().println(AppText.of("cli.verifyBroken", check.entries(), check.breakCount()).in(Locale.getDefault()));
        check.breaks().forEach(found -> err().println("  " + found.what().in(Locale.getDefault())));
        if (check.more() > 0) {
            err().println("  " + AppText.of("cli.verifyMore", check.more()).in(Locale.getDefault()));
        }
        err().println(MismatchAdvice.of(db).in(Locale.getDefault()));
        return ExitCodes.CHECK_FAILED;
    }

    /**
     * A file found damaged, rolled back or with a schema changed when opened is what verify looks for:
     * a check that failed (round 26 got 2 for a constraint missing).
     */
    @Override
    int statusOf(StoreException e) {
        boolean schemaChanged = e.kind() == StoreException.Kind.SCHEMA
                && Set.of("store.foreignSchema", "store.schemaMissing", "store.schemaMissingNoBackup").contains(e.text().key());
        return e.kind() == StoreException.Kind.CORRUPT || schemaChanged ? ExitCodes.CHECK_FAILED : super.statusOf(e);
    }
}

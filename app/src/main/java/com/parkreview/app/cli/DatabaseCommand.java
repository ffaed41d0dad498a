package com.parkreview.app.cli;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.OpenStore;
import com.parkreview.scoring.ValidationException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A sub-command that works on a database: opens it, runs, closes it, and turns a store failure,
 * a refused value or a refused file into its message and exit status 2.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Override
    public final Integer call() throws Exception {
        try (OpenStore db = open()) {
            return run(db);
        } catch (InputRejectedException e) {
            err().println(e.message(Locale.getDefault()));
            return ExitCodes.REFUSED;
        } catch (StoreException e) {
            err().println(e.message(Locale.getDefault()));
            return statusOf(e);
        } catch (ValidationException e) {
            err().println(e.getMessage(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
    }

    /** The database the command works on: an existing one, unless the command says otherwise. */
    OpenStore open() throws InputRejectedException {
        return database.open(err());
    }

    abstract int run(OpenStore db) throws Exception;

    /** The exit status of a store failure: refused, unless the command is a check that found it. */
    int statusOf(StoreException e) {
        return ExitCodes.REFUSED;
    }

    /** Applicant codes as a line of output: "A01 A03", or "—" for none. */
    static String codes(List<String> codes) {
        return codes.isEmpty() ? "—" : String.join(" ", codes);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

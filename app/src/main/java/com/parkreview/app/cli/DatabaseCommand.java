package com.parkreview.app.cli;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.scoring.ValidationException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A sub-command that works on a database: opens it, runs, closes it, and turns a store failure
 * or a refused value into its message and exit status 2.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Override
    public final Integer call() throws Exception {
        try (Database db = database.open()) {
            return run(db);
        } catch (StoreException e) {
            err().println(e.message(Locale.getDefault()));
            return ExitCodes.REFUSED;
        } catch (ValidationException e) {
            err().println(e.getMessage(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
    }

    abstract int run(Database db) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

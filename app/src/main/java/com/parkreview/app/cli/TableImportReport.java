package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.setup.TableImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** What an import of applicants or experts prints: the codes added, or every problem and that nothing was added. */
final class TableImportReport {

    private TableImportReport() {
    }

    static int print(TableImport done, Path file, PrintWriter out, PrintWriter err) {
        if (!done.accepted()) {
            for (InputProblem problem : done.problems()) {
                err.println(problem.message(Locale.getDefault()));
            }
            err.println(AppText.of("cli.tableRefused", file, done.problems().size()).text());
            return ExitCodes.REFUSED;
        }
        out.println(AppText.of("cli.tableImported", file, done.codes().size(), DatabaseCommand.codes(done.codes())).text());
        return ExitCodes.OK;
    }
}

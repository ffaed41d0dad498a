package com.parkreview.app.cli;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.setup.ImportExperts;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code experts import FILE}: the panel from a table, all rows or none. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add the experts of a table (CSV or XLSX, the template's header): every row, or none when any row is wrong."})
final class ExpertsImportCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Parameters(paramLabel = "FILE", description = "专家组.csv or .xlsx (see: template experts --out FILE).")
    private Path file;

    @Override
    int run(OpenStore db) {
        return TableImportReport.print(new ImportExperts(db).importFile(Actor.commandLine(), session, file), file,
                out(), err());
    }
}

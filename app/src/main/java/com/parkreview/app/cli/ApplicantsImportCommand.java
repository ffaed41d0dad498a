package com.parkreview.app.cli;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.setup.ImportApplicants;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code applicants import FILE}: the programme office's table of applicants into a session, all rows or none. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add the applicants of a table (CSV or XLSX, the template's header): every row, or none when any row is wrong."})
final class ApplicantsImportCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Parameters(paramLabel = "FILE", description = "申报单位.csv or .xlsx (see: template applicants --out FILE).")
    private Path file;

    @Override
    int run(OpenStore db) {
        return TableImportReport.print(new ImportApplicants(db).importFile(Actor.commandLine(), session, file), file,
                out(), err());
    }
}

package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.sheets.PrintSheets;
import com.parkreview.app.sheets.SheetRequest;
import com.parkreview.reports.ReportService;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report}: the formal sheets of a stored session, as PDF (or the results as XLSX). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Print a session's sheets to PDF: blank, expert, summary, results, signin, or the whole pack."})
final class ReportCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    long session;

    @Option(names = "--sheet", required = true, paramLabel = "blank|expert|summary|results|signin|pack",
            description = "Which sheets.")
    String sheet;

    @Option(names = "--applicant", paramLabel = "A", description = "One applicant (its code, e.g. A01).")
    String applicant;

    @Option(names = "--expert", paramLabel = "E", description = "One expert (its code, e.g. E1); expert sheets only.")
    String expert;

    @Option(names = "--all", description = "Every applicant (and expert): the default when none is named.")
    boolean all;

    @Option(names = "--pdfa", description = "PDF/A-2a (tagged, accessible), for archiving; with --each, every file.")
    boolean pdfa;

    @Option(names = "--each", description = "One PDF per sheet, in the folder --out names.")
    boolean each;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf|FILE.xlsx|FOLDER",
            description = "Where to write; an existing file is replaced only once the new one is whole.")
    Path out;

    @Override
    int run(OpenStore db) {
        SheetRequest.Kind kind = SheetRequest.Kind.of(sheet)
                .orElseThrow(() -> new ValidationException(AppText.of("cli.sheetKind", sheet)));
        if (all && (applicant != null || expert != null)) {
            throw new ValidationException(AppText.of("cli.allAndNamed"));
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!each && !name.endsWith(".pdf") && !name.endsWith(".xlsx")) {
            throw new ValidationException(AppText.of("cli.reportOut", out));
        }
        PrintSheets printing = new PrintSheets(db, new ReportService());
        SheetRequest request = new SheetRequest(kind, Optional.ofNullable(applicant), Optional.ofNullable(expert));
        PrintSheets.Format format = PrintSheets.Format.of(out, pdfa);
        PrintSheets.Printed printed;
        if (each) { // each file's codes recorded once it is written
            PrintSheets.SavedEach saved = printing.printEach(Actor.commandLine(), session, request, out, pdfa);
            saved.files().forEach(out()::println);
            printed = saved.printed();
        } else {
            printed = printing.print(Actor.commandLine(), session, request, out, format); // recorded once written
        }
        printed.printout().notRecorded().ifPresent(notice -> err().println(notice.in(Locale.getDefault())));
        printed.sheets().forEach(s -> out().println(s.name() + "  " + s.code().value()));
        return ExitCodes.OK;
    }
}

package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.files.ResultFile;
import com.parkreview.app.setup.SessionSettingsTemplate;
import com.parkreview.app.setup.SetupTemplate;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code template applicants|experts --out FILE}: an empty table for the programme office, CSV or
 * XLSX; {@code template session --out FILE}: a session's settings file for {@code session create --settings}.
 * A file already there is never written over: it may be the table filled in (a tester's round 4).
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write an empty table of applicants or experts (CSV or XLSX by the name) with the Chinese header the import reads; "
                + "or, with session, a session's settings file for session create --settings."})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "applicants|experts|session", description = "Which table, or session: a session's settings file.")
    private String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write, e.g. 申报单位.xlsx or 专家组.csv; a file already there is not written over.")
    private Path out;

    @Override
    public Integer call() {
        try {
            boolean session = kind.strip().toLowerCase(Locale.ROOT).equals("session");
            if (session) {
                ResultFile.checkEnding(out, ".txt", "files.aSettingsFile", "设置.txt");
            }
            ResultFile.check(out); // a database, a folder, a name too long: said first, as every result file
            if (Files.exists(out)) { // the window's save dialog asks; here no one can be asked
                throw new ValidationException(AppText.of("cli.templateExists", out));
            }
            if (session) {
                SessionSettingsTemplate.write(out);
                spec.commandLine().getOut().println(AppText.of("cli.settingsTemplateWritten", out).text());
                return ExitCodes.OK;
            }
            SetupTemplate.Kind which = switch (kind.strip().toLowerCase(Locale.ROOT)) {
                case "applicants" -> SetupTemplate.Kind.APPLICANTS;
                case "experts" -> SetupTemplate.Kind.EXPERTS;
                default -> throw new ValidationException(AppText.of("cli.templateKind", kind));
            };
            SetupTemplate.write(which, out);
            spec.commandLine().getOut().println(AppText.of("cli.templateWritten", out,
                    String.join(",", which.header())).text());
            return ExitCodes.OK;
        } catch (ValidationException e) {
            spec.commandLine().getErr().println(e.getMessage(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
    }
}

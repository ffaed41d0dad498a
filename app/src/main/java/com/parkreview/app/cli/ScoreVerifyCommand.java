package com.parkreview.app.cli;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.score.ScoreFileText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code score verify}: checks score files without a database: their form and signature. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check score files without a database: the form and the signature; shows whose they are.",
                "Exit status 0: every file intact; 2: a file refused, with the reason."})
final class ScoreVerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCORE", description = "The score files (.prscore).")
    private List<Path> files;

    @Override
    public Integer call() {
        int status = ExitCodes.OK;
        for (Path file : files) {
            try {
                ScoreFileText.lines(file).forEach(spec.commandLine().getOut()::println);
            } catch (InputRejectedException e) {
                spec.commandLine().getErr().println(e.message(Locale.getDefault()));
                status = ExitCodes.REFUSED;
            }
        }
        return status;
    }
}

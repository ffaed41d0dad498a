package com.parkreview.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code parkreview} command: without a sub-command it opens the window; the sub-commands
 * run without a display.
 */
@Command(name = "parkreview", mixinStandardHelpOptions = true,
        versionProvider = ParkReviewCommand.Version.class,
        description = {"ParkReview 园区运营评审: expert panels scoring park operators for district funding.",
                "Without a sub-command, opens the application window."},
        subcommands = {MergeCommand.class, SessionsCommand.class, VerifyCommand.class, BackupCommand.class,
                RestoreCommand.class, ReportCommand.class, VerifySheetCommand.class, KitCommand.class, ScoreCommand.class,
                CommandLine.HelpCommand.class})
public final class ParkReviewCommand implements Callable<Integer> {

    private final WindowOpener openWindow;

    /** Opens the window on the database chosen, until it closes; returns the exit status. */
    @FunctionalInterface
    public interface WindowOpener {
        int open(WindowOptions options) throws Exception;
    }

    @Option(names = "--db", paramLabel = "FILE",
            description = "Open the window on this database file instead of the user's default.")
    private java.nio.file.Path db;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of messages: zh (简体中文) or en. Default: the system's.")
    void setLanguage(String language) {
        switch (language) {
            case "zh" -> Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            case "en" -> Locale.setDefault(Locale.ENGLISH);
            default -> throw new CommandLine.ParameterException(new CommandLine(this),
                    "--lang: '" + language + "' is not a language here; use zh or en.");
        }
    }

    /** @param openWindow what running without a sub-command does: open the window, until it closes */
    public ParkReviewCommand(WindowOpener openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() throws Exception {
        return openWindow.open(new WindowOptions(java.util.Optional.ofNullable(db)));
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ParkReviewCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ParkReview " + (version == null ? "development" : version)};
        }
    }

    /** The command line wired for use: parse errors exit with status 2, as refused input does. */
    public static CommandLine commandLine(WindowOpener openWindow) {
        CommandLine line = new CommandLine(new ParkReviewCommand(openWindow));
        line.setExitCodeExceptionMapper(e -> ExitCodes.FAILED);
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            java.util.logging.Logger.getLogger(ParkReviewCommand.class.getName())
                    .log(java.util.logging.Level.SEVERE, "command failed: " + parsed.originalArgs(), e);
            command.getErr().println(com.parkreview.app.AppText.of("cli.unexpected").text());
            return ExitCodes.FAILED;
        });
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCodes.REFUSED;
        });
        return line;
    }
}

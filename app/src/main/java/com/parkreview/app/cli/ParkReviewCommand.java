package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.RememberedLanguage;
import com.parkreview.app.WindowOptions;
import com.parkreview.app.files.DiskRefusal;
import com.parkreview.app.server.ConnectToServer;
import com.parkreview.scoring.LocalizedText;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code parkreview} command: without a sub-command it opens the window; the sub-commands
 * run without a display.
 */
@Command(name = "parkreview", mixinStandardHelpOptions = true, resourceBundle = ParkReviewCommand.HELP,
        versionProvider = ParkReviewCommand.Version.class,
        description = {"ParkReview 园区运营评审: expert panels scoring park operators for district funding.",
                "Without a sub-command, opens the application window."},
        subcommands = {SessionsCommand.class, SessionCommand.class, TemplateCommand.class, ApplicantsCommand.class,
                ExpertsCommand.class, MergeCommand.class, VerifyCommand.class, BackupCommand.class,
                RestoreCommand.class, DbCommand.class, ServerCommand.class, ReportCommand.class, VerifySheetCommand.class, KitCommand.class,
                ScoreCommand.class, FlagsCommand.class, SupportCommand.class, CommandLine.HelpCommand.class})
public final class ParkReviewCommand implements Callable<Integer> {

    /** The help texts' bundle: English in the annotations, Chinese in {@code help_zh.properties}. */
    static final String HELP = "com.parkreview.app.cli.help";

    private final WindowOpener openWindow;

    /** Opens the window on the database chosen, until it closes; returns the exit status. */
    @FunctionalInterface
    public interface WindowOpener {
        int open(WindowOptions options) throws Exception;
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Open the window on this database file, or on a server's postgresql://host/database, "
                    + "instead of the user's default.")
    private String db;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An expert kit (.prkit) or a score file (.prscore) to open in the window.")
    private Path file;

    /** The language --lang chose: the window opens in it too, for this run. */
    private Locale chosenLanguage;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of messages and of the window: zh (简体中文) or en. Default: the one chosen last in the window (简体中文 until one is chosen).")
    void setLanguage(String language) {
        switch (language) {
            case "zh" -> chosenLanguage = Locale.SIMPLIFIED_CHINESE;
            case "en" -> chosenLanguage = Locale.ENGLISH;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    AppText.of("cli.language", language).text());
        }
        Locale.setDefault(chosenLanguage);
    }

    /** @param openWindow what running without a sub-command does: open the window, until it closes */
    public ParkReviewCommand(WindowOpener openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() throws Exception {
        if (file != null && !WindowOptions.opens(file.toString())) {
            throw new CommandLine.ParameterException(spec.commandLine(), AppText.of("cli.windowFile", file).text());
        }
        if (db != null && ConnectToServer.names(db)) {
            return openWindow.open(WindowOptions.onServer(db, Optional.ofNullable(file),
                    Optional.ofNullable(chosenLanguage)));
        }
        return openWindow.open(new WindowOptions(Optional.ofNullable(db).map(Path::of), Optional.ofNullable(file),
                Optional.ofNullable(chosenLanguage)));
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ParkReviewCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ParkReview " + (version == null ? "development" : version)};
        }
    }

    /**
     * Runs the arguments: the window straight away when they are only the window's (see
     * {@link WindowOptions#ofWindowOnly}), otherwise through the full command line.
     */
    public static int run(WindowOpener openWindow, String... args) {
        return run(openWindow, RememberedLanguage.forUser(), args);
    }

    /** {@link #run(WindowOpener, String...)} in {@code remembered} unless the arguments choose (--lang). */
    static int run(WindowOpener openWindow, Locale remembered, String... args) {
        Locale.setDefault(remembered); // --lang, parsed next, overrides it
        List<String> arguments = List.of(args);
        Optional<WindowOptions> window = WindowOptions.ofWindowOnly(arguments);
        if (window.isEmpty()) {
            CommandLine line = commandLine(openWindow);
            if (!Charset.defaultCharset().newEncoder().canEncode("评审")) {
                // the C or POSIX locale: Java writes ASCII, every Chinese character a "?" (round 14); UTF-8 shows them
                line.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
                line.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
            }
            return line.execute(args);
        }
        try {
            return openWindow.open(window.get());
        } catch (Exception e) {
            return unexpected(e, arguments, new PrintWriter(System.err, true));
        }
    }

    /** A failure nobody planned for: the details to the log, a plain sentence to the user. */
    private static int unexpected(Exception e, List<String> args, PrintWriter err) {
        Logger.getLogger(ParkReviewCommand.class.getName())
                .log(Level.SEVERE, "command failed: " + args, e);
        Optional<LocalizedText> disk = DiskRefusal.in(e); // a full disk is said as the disk's (round 8)
        err.println(disk.orElse(AppText.of("cli.unexpected")).text());
        return disk.isPresent() ? ExitCodes.REFUSED : ExitCodes.FAILED;
    }

    /**
     * The command line wired for use: parse errors exit with status 2, as refused input does; an
     * argument the input rule refuses too ({@link Arguments}); all it prints is escaped
     * ({@link Terminal}).
     */
    public static CommandLine commandLine(WindowOpener openWindow) {
        CommandLine line = new CommandLine(new ParkReviewCommand(openWindow));
        line.registerConverter(Long.class, new Arguments.WholeNumber());
        line.registerConverter(Long.TYPE, new Arguments.WholeNumber());
        line.registerConverter(Integer.class, new Arguments.Count());
        line.registerConverter(Integer.TYPE, new Arguments.Count());
        line.setExitCodeExceptionMapper(e -> ExitCodes.FAILED);
        line.setExecutionExceptionHandler((e, command, parsed) ->
                unexpected(e, parsed.originalArgs(), command.getErr()));
        line.setParameterExceptionHandler((e, args) -> {
            helpInChosenLanguage(e.getCommandLine());
            PrintWriter err = Terminal.escaping(e.getCommandLine().getErr());
            Optional<LocalizedText> garbled = Arguments.garbled(List.of(args)); // a path of "?" cannot even be parsed
            if (garbled.isPresent()) {
                err.println(garbled.get().text());
                return ExitCodes.REFUSED;
            }
            err.println(ParseErrors.message(e));
            e.getCommandLine().usage(err);
            return ExitCodes.REFUSED;
        });
        line.setExecutionStrategy(parsed -> {
            CommandLine top = parsed.commandSpec().commandLine();
            helpInChosenLanguage(top);
            top.setOut(Terminal.escaping(top.getOut()));
            top.setErr(Terminal.escaping(top.getErr()));
            Optional<LocalizedText> refused = Arguments.refused(parsed.originalArgs());
            if (refused.isPresent()) {
                top.getErr().println(refused.get().text());
                return ExitCodes.REFUSED;
            }
            Optional<LocalizedText> misplaced = dbBeforeTheCommand(parsed);
            if (misplaced.isPresent()) {
                top.getErr().println(misplaced.get().text());
                return ExitCodes.REFUSED;
            }
            if (parsed.hasSubcommand()) {
                // a command draws on no screen: a stale DISPLAY (an SSH session) stopped report with an AWT
                // stack trace (round 8); the window, which no sub-command opens, keeps the screen
                System.setProperty("java.awt.headless", "true");
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return line;
    }

    /**
     * A {@code --db} written before a command's name is the window's, and the command went on with the
     * default database: {@code parkreview --db t2 session create} made the session in the user's own
     * file, saying so only in the path it printed (a tester's round 22). Refused, saying where it goes.
     */
    private static Optional<LocalizedText> dbBeforeTheCommand(CommandLine.ParseResult parsed) {
        if (!parsed.hasSubcommand() || !parsed.hasMatchedOption("--db")) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (CommandLine.ParseResult sub = parsed.subcommand(); sub != null; sub = sub.subcommand()) {
            names.add(sub.commandSpec().name());
        }
        return Optional.of(AppText.of("cli.dbBeforeCommand", parsed.matchedOption("--db").getValue().toString(),
                String.join(" ", names)));
    }

    /**
     * Help in the language chosen while parsing ({@code --lang} anywhere, else the remembered one): the
     * bundle picocli loaded when the command line was built was for the language of that moment.
     */
    private static void helpInChosenLanguage(CommandLine any) {
        CommandLine top = any;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        helpIn(top, Locale.getDefault());
    }

    /** Sets the help texts of the command and of all its sub-commands to the language's. */
    static void helpIn(CommandLine command, Locale language) {
        setHelp(command, LocalizedText.bundle(HELP, language));
    }

    private static void setHelp(CommandLine command, ResourceBundle help) {
        command.getCommandSpec().resourceBundle(help);
        command.getSubcommands().values().forEach(sub -> setHelp(sub, help));
    }
}

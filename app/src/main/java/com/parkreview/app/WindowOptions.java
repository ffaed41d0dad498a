package com.parkreview.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the window is opened on: a database named with {@code --db}, or the user's default; and a
 * file to open in it once it is up, an expert kit ({@code .prkit}) or a score file
 * ({@code .prscore}), as a double click on one in the file manager passes it.
 */
public record WindowOptions(Optional<Path> database, Optional<Path> file, Optional<Locale> language,
        Optional<String> server) {

    /** The endings of the files the window opens when it is given one. */
    public static final List<String> OPENED = List.of(".prkit", ".prscore");

    public WindowOptions(Optional<Path> database) {
        this(database, Optional.empty(), Optional.empty());
    }

    /** The window on a database file (or the user's default), opening a file, in a language. */
    public WindowOptions(Optional<Path> database, Optional<Path> file, Optional<Locale> language) {
        this(database, file, language, Optional.empty());
    }

    /** The window on a programme office's server, connected with the user's role (PGPASSWORD or ~/.pgpass). */
    public static WindowOptions onServer(String address, Optional<Path> file, Optional<Locale> language) {
        return new WindowOptions(Optional.empty(), file, language, Optional.of(address));
    }

    /** The window on a database, opening a file, in the language the user chose in the window last. */
    public WindowOptions(Optional<Path> database, Optional<Path> file) {
        this(database, file, Optional.empty());
    }

    /** Whether the window opens this file when it is given it: a kit or a score file. */
    public static boolean opens(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return OPENED.stream().anyMatch(name::endsWith);
    }

    /**
     * The window's options when the arguments hold nothing else — none, {@code --db FILE} or
     * {@code --db=FILE}, then perhaps one kit or score file — read without the command-line
     * parser: building the parser with every sub-command costs a fifth of a second at each start
     * of the window. Anything else (a sub-command, {@code --help}, {@code --lang}, a mistake) is
     * left to {@link ParkReviewCommand}.
     */
    public static Optional<WindowOptions> ofWindowOnly(List<String> args) {
        Optional<Path> opened = Optional.empty();
        List<String> rest = args;
        if (!args.isEmpty() && !args.get(args.size() - 1).startsWith("-") && opens(args.get(args.size() - 1))) {
            Optional<Path> file = path(args.get(args.size() - 1));
            if (file.isEmpty()) {
                return Optional.empty();
            }
            opened = file;
            rest = args.subList(0, args.size() - 1);
        }
        if (rest.isEmpty()) {
            return Optional.of(new WindowOptions(Optional.empty(), opened));
        }
        String database;
        if (rest.size() == 2 && rest.get(0).equals("--db")) {
            database = rest.get(1);
        } else if (rest.size() == 1 && rest.get(0).startsWith("--db=")) {
            database = rest.get(0).substring("--db=".length());
        } else {
            return Optional.empty();
        }
        if (database.isEmpty() || database.startsWith("-") || database.contains("://")) {
            return Optional.empty(); // a server's address: the command line reads it
        }
        Optional<Path> file = path(database);
        return file.isEmpty() ? Optional.empty() : Optional.of(new WindowOptions(file, opened));
    }

    private static Optional<Path> path(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}

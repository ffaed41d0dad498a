package com.parkreview.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the window is opened on: a database named with {@code --db}, or the user's default. */
public record WindowOptions(Optional<Path> database) {

    /**
     * The window's options when the arguments hold nothing else — none, {@code --db FILE} or
     * {@code --db=FILE} — read without the command-line parser: building the parser with every
     * sub-command costs a fifth of a second at each start of the window. Anything else (a
     * sub-command, {@code --help}, {@code --lang}, a mistake) is left to {@link ParkReviewCommand}.
     */
    public static Optional<WindowOptions> ofWindowOnly(List<String> args) {
        if (args.isEmpty()) {
            return Optional.of(new WindowOptions(Optional.empty()));
        }
        String file;
        if (args.size() == 2 && args.get(0).equals("--db")) {
            file = args.get(1);
        } else if (args.size() == 1 && args.get(0).startsWith("--db=")) {
            file = args.get(0).substring("--db=".length());
        } else {
            return Optional.empty();
        }
        if (file.isEmpty() || file.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowOptions(Optional.of(Path.of(file))));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}

package com.parkreview.app.cli;

import java.nio.file.Path;
import java.util.Optional;

/** What the window is opened on: a database named with {@code --db}, or the user's default. */
public record WindowOptions(Optional<Path> database) {
}

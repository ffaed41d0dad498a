package com.parkreview.app.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a ParkReview database lives. H2 keeps it in {@code <base>.mv.db}; the user may name
 * either the base or the file. The default is in the platform's per-user data folder.
 */
public record DatabaseFile(Path base) {

    private static final Logger LOG = Logger.getLogger(DatabaseFile.class.getName());
    public static final String H2_SUFFIX = ".mv.db";
    public static final String DEFAULT_NAME = "parkreview";

    public DatabaseFile {
        base = throughLink(base.toAbsolutePath().normalize());
    }

    /**
     * A database file that is a symbolic link is the file it points to: restored, replaced and
     * marked there, with its marker and backups beside it (a tester's round 6 restored through a
     * link; the restore put a plain file in the link's place and left the real database as it was).
     */
    private static Path throughLink(Path base) {
        Path file = base.resolveSibling(base.getFileName() + H2_SUFFIX);
        if (!Files.isSymbolicLink(file)) {
            return base;
        }
        try {
            Path real = file.toRealPath();
            String name = real.getFileName().toString();
            return name.endsWith(H2_SUFFIX) ? real.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()))
                    : base;
        } catch (IOException e) {
            return base; // a link to nothing: said as a file not there when it is opened
        }
    }

    /** {@code --db PATH}: with or without the {@code .mv.db} ending. */
    public static DatabaseFile of(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(H2_SUFFIX)) {
            return new DatabaseFile(path.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length())));
        }
        return new DatabaseFile(path);
    }

    /** The default database of this user on this machine. */
    public static DatabaseFile defaultFile() {
        return new DatabaseFile(dataFolder(System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home"))).resolve(DEFAULT_NAME));
    }

    /**
     * The per-user data folder: {@code %APPDATA%\ParkReview} on Windows,
     * {@code ~/Library/Application Support/ParkReview} on macOS, {@code $XDG_DATA_HOME/parkreview}
     * or {@code ~/.local/share/parkreview} elsewhere.
     */
    static Path dataFolder(String osName, Map<String, String> environment, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("ParkReview");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ParkReview");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path data = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return data.resolve("parkreview");
    }

    /** The file H2 writes. */
    public Path file() {
        return base.resolveSibling(base.getFileName() + H2_SUFFIX);
    }

    public Path folder() {
        return base.getParent();
    }

    /** Beside the file: the newest change it is known to hold (see {@code HeadMarker}). */
    public Path headMarker() {
        return folder().resolve(base.getFileName() + ".head");
    }

    public boolean exists() {
        return Files.exists(file());
    }

    @Override
    public String toString() {
        return file().toString();
    }

    /** A compaction that failed (a full disk; H2 does not say) leaves its half-made copy beside the whole file. */
    void removeCompactionCopy() {
        Path copy = file().resolveSibling(file().getFileName() + ".tempFile");
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + copy, e);
        }
    }
}

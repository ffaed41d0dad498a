package com.parkreview.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files ParkReview writes before putting a file in place, and their removal. Each
 * name carries the process id of its writer: {@code .<name>.<pid>-<random>.part}, so that a later
 * start removes only those whose writer is no longer running (killed, or the machine lost power)
 * and never the file another ParkReview is writing at that moment.
 */
public final class Leftovers {

    private static final Logger LOG = Logger.getLogger(Leftovers.class.getName());
    private static final String SUFFIX = ".part";
    /** {@code .<name>.<pid>-<random>.part} or, for database files, {@code <base>.<pid>-<random>.part.mv.db}. */
    private static final Pattern TEMPORARY = Pattern.compile(".*\\.([0-9]{1,19})-[0-9a-z]{1,13}\\.part(\\..*)?");

    private Leftovers() {
    }

    /** A new, empty temporary file beside {@code target}. */
    public static Path temporary(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        return Files.createFile(folder.resolve("." + target.getFileName() + "." + tag() + SUFFIX));
    }

    /**
     * A name beside {@code target} for a database to be made and then put in place: {@code
     * <base>.<pid>-<random>.part} (H2 adds {@code .mv.db}). Nothing is created.
     */
    public static Path temporaryBase(Path targetBase) {
        return targetBase.resolveSibling(targetBase.getFileName() + "." + tag() + SUFFIX);
    }

    /** Removes the temporary files in {@code folder} whose writer has ended; returns those removed. */
    public static List<Path> clean(Path folder) {
        return removeEnded(folder, name -> true);
    }

    /**
     * Removes the temporary files an ended writer left for {@code target} alone, beside it: a result
     * written into the user's own folder (a sheet, a kit) by a process killed while writing left its
     * half file there for good, as no start cleans that folder (round 27). Other files there are not
     * touched.
     */
    public static void cleanFor(Path target) {
        Path file = target.toAbsolutePath();
        if (file.getFileName() != null) {
            String prefix = "." + file.getFileName() + ".";
            removeEnded(file.getParent(), name -> name.startsWith(prefix) && name.endsWith(SUFFIX));
        }
    }

    private static List<Path> removeEnded(Path folder, Predicate<String> named) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> removed = files.filter(f -> named.test(f.getFileName().toString())
                    && writer(f).filter(Leftovers::ended).isPresent()).toList();
            for (Path file : removed) {
                Files.deleteIfExists(file);
                LOG.info(() -> "removed a file left by an interrupted write: " + file);
            }
            return removed;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not clean " + folder, e);
            return List.of();
        }
    }

    static Optional<Long> writer(Path file) {
        Matcher name = TEMPORARY.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(name.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean ended(long pid) {
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    private static String tag() {
        return ProcessHandle.current().pid() + "-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    }
}

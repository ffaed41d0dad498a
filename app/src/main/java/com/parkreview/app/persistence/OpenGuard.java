package com.parkreview.app.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The mark that one ParkReview has a database open, held from its open to its close, which no
 * other ParkReview of this user passes: a lock on a file of its own, named for the database's
 * path, in a folder of the system's temporary folder ({@code parkreview-locks-<user>/<SHA-256 of
 * the path>.lock}); and, within this program, the database's path in a list.
 *
 * <p>H2's own lock is on the database file, and on Linux and macOS such a lock belongs to the
 * process: it is let go when the process closes <em>any</em> handle on that file. The window's
 * file dialogs read the first bytes of the files they list (to tell their kind), the database
 * among them when it is in the folder shown; a tester's round 24 saved a PDF beside the database,
 * and a second window then opened the same file, both wrote, and the file was damaged. Nothing
 * but this class opens the guard's file, and no dialog shows its folder. H2's lock still stands
 * against another user's ParkReview and against other programs, as long as it holds.
 */
final class OpenGuard implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OpenGuard.class.getName());
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path database;
    private final FileChannel channel;
    private final FileLock lock;

    private OpenGuard(Path database, FileChannel channel, FileLock lock) {
        this.database = database;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the guard of {@code file}, or refuses it as in use. Where the guard's file cannot be
     * made (a read-only folder: nothing will be written there) there is no guard but H2's own.
     */
    static OpenGuard take(DatabaseFile file) {
        Path database = realPath(file.file());
        if (!HELD_HERE.add(database)) {
            throw HeldTarget.inUse(null); // this program has it open: refused without a handle on anything
        }
        Path lockFile = lockFile(database);
        FileChannel channel;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            LOG.log(Level.FINE, "no guard beside " + database, e);
            return new OpenGuard(database, null, null);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                HeldTarget.closeQuietly(channel);
                HELD_HERE.remove(database);
                throw HeldTarget.inUse(null);
            }
            return new OpenGuard(database, channel, lock);
        } catch (OverlappingFileLockException | IOException e) {
            HeldTarget.closeQuietly(channel);
            HELD_HERE.remove(database);
            if (e instanceof OverlappingFileLockException) {
                throw HeldTarget.inUse(e);
            }
            LOG.log(Level.FINE, "no lock on " + lockFile, e);
            return new OpenGuard(database, null, null);
        }
    }

    /**
     * The database's path with every link on the way resolved, so that one file named through a
     * linked folder has one guard (round 25 opened a window's file through a link to its folder).
     */
    static Path realPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute; // a folder not there yet: nothing else can name it otherwise
        }
    }

    static Path lockFile(Path database) {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "parkreview-locks-" + user)
                .resolve(sha256(database.toString()) + ".lock");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public void close() {
        HeldTarget.letGo(lock, channel);
        HELD_HERE.remove(database);
    }
}

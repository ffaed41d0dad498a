package com.parkreview.app.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The mark that one ParkReview has a database open, held from its open to its close, which no
 * other ParkReview of this user passes: locks on files of its own, in a folder of the system's
 * temporary folder ({@code parkreview-locks-<user>/}), one named for the database's real path and
 * one for the file itself (its device and number, which every link to it shares); and, within this
 * program, those names in a list.
 *
 * <p>H2's own lock is on the database file, and on Linux and macOS such a lock belongs to the
 * process: it is let go when the process closes <em>any</em> handle on that file. The window's
 * file dialogs read the first bytes of the files they list (to tell their kind), the database
 * among them when it is in the folder shown; a tester's round 24 saved a PDF beside the database,
 * and a second window then opened the same file, both wrote, and the file was damaged. Nothing
 * but this class opens the guard's files, and no dialog shows their folder. Round 25 then reached
 * the file through a linked folder and through a hard link, each a path of its own: hence the real
 * path and the file's identity. H2's lock still stands against another user's ParkReview and
 * against other programs, as long as it holds.
 */
final class OpenGuard implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OpenGuard.class.getName());
    private static final Map<String, Held> HELD_HERE = new ConcurrentHashMap<>();

    /** A guard's lock, and the database file it was taken for. */
    private record Held(String key, Path file, FileChannel channel, FileLock lock) {

        /**
         * A file's identity outlives the file only in a guard nobody closed: a number the system
         * has since given to another file is no longer this one's (a full run met it: a database
         * left open by one test, its folder deleted, and the next test's new file under that number).
         */
        boolean stale() {
            return key.startsWith("file ") && !identity(file).equals(Optional.of(key));
        }
    }

    private final List<Held> held = new ArrayList<>();

    private OpenGuard() {
    }

    /**
     * Takes the guard of {@code file}, or refuses it as in use. Where a guard's file cannot be
     * made (no temporary folder to write in) there is no guard but H2's own.
     */
    static OpenGuard take(DatabaseFile file) {
        OpenGuard guard = new OpenGuard();
        try {
            guard.hold("path " + realPath(file.file()), file.file());
            guard.holdIdentity(file);
            return guard;
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    /** Also holds the file's identity once the file is there (a new database, made by this open). */
    void holdIdentity(DatabaseFile file) {
        Optional<String> identity = identity(file.file());
        if (identity.isPresent() && held.stream().noneMatch(h -> h.key().equals(identity.get()))) {
            hold(identity.get(), file.file());
        }
    }

    private void hold(String key, Path file) {
        Held claim = new Held(key, file, null, null);
        if (!claim(claim)) {
            throw HeldTarget.inUse(null); // this program has it open: refused without a handle on anything
        }
        Path lockFile = lockFile(key);
        FileChannel channel;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            LOG.log(Level.FINE, "no guard for " + key, e);
            held.add(claim);
            return;
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                HeldTarget.closeQuietly(channel);
                HELD_HERE.remove(key, claim);
                throw HeldTarget.inUse(null);
            }
            Held taken = new Held(key, file, channel, lock);
            HELD_HERE.replace(key, claim, taken);
            held.add(taken);
        } catch (OverlappingFileLockException | IOException e) {
            HeldTarget.closeQuietly(channel);
            HELD_HERE.remove(key, claim);
            if (e instanceof OverlappingFileLockException) {
                throw HeldTarget.inUse(e);
            }
            LOG.log(Level.FINE, "no lock on " + lockFile, e);
            held.add(claim);
        }
    }

    /** Marks the key held here, unless it is already; a stale identity's lock is let go first. */
    private static synchronized boolean claim(Held claim) {
        Held other = HELD_HERE.get(claim.key());
        if (other != null && other.stale()) {
            HeldTarget.letGo(other.lock(), other.channel());
            HELD_HERE.remove(claim.key(), other);
        }
        return HELD_HERE.putIfAbsent(claim.key(), claim) == null;
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

    /** The file's device and number where the system gives them: the same through every hard link. */
    static Optional<String> identity(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return Optional.ofNullable(key).map(k -> "file " + k);
        } catch (IOException e) {
            return Optional.empty(); // not there yet
        }
    }

    static Path lockFile(String key) {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "parkreview-locks-" + user).resolve(sha256(key) + ".lock");
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
        for (Held each : held) {
            HeldTarget.letGo(each.lock(), each.channel());
            HELD_HERE.remove(each.key(), each); // only its own: a stale one may have been taken since
        }
        held.clear();
    }
}

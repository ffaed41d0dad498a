package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A database file held for the whole of a restore, so that no other ParkReview can open it and
 * change it in the seconds the new file takes to build: a tester's round 5 had an applicant
 * corrected during a restore (exit 0, "Corrected"), and the swap then put the file without it in
 * place. H2 locks the whole file when it opens it; this lock is on one byte far past the end, which
 * any such lock overlaps, while the file's content stays readable (the copy kept aside is read
 * through another handle, which Windows refuses on a locked range). Held and let go at once, it is
 * the check at every open that no other ParkReview has the file ({@link OpeningProbe}).
 */
final class HeldTarget implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HeldTarget.class.getName());

    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private HeldTarget(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Holds the file, or refuses it as in use by another ParkReview; a file that cannot be opened for writing is not held. */
    static HeldTarget hold(DatabaseFile file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file.file(), StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            LOG.log(Level.FINE, "not held: " + file, e); // read-only: the swap itself will say what is wrong
            return new HeldTarget(null, null);
        }
        try {
            FileLock lock = channel.tryLock(Long.MAX_VALUE - 1, 1, false);
            if (lock == null) {
                closeQuietly(channel);
                throw inUse(null);
            }
            return new HeldTarget(channel, lock);
        } catch (OverlappingFileLockException e) { // this program has it open
            closeQuietly(channel);
            throw inUse(e);
        } catch (IOException e) {
            LOG.log(Level.FINE, "no lock on " + file, e);
            return new HeldTarget(channel, null);
        }
    }

    static StoreException inUse(Exception cause) {
        return new StoreException(StoreException.Kind.IN_USE, AppText.of("store.inUse"), cause);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        letGo(lock, channel);
    }

    /** Releases {@code lock} and closes {@code channel}, each where there is one, saying nothing of a failure. */
    static void letGo(FileLock lock, FileChannel channel) {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "release", e);
        }
        if (channel != null) {
            closeQuietly(channel);
        }
    }

    static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "close", e);
        }
    }
}

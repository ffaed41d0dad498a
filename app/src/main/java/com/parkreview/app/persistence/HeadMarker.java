package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.files.AtomicFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last change a database is known to hold: {@code <name>.head} beside the file, holding the
 * sequence number and hash of the newest history entry, rewritten in place after every write
 * as one fixed-length record (a single small write, which a killed process cannot tear).
 *
 * <p>H2 opens a file whose tail was cut off (or an older copy put in its place) by falling back
 * to the newest state it can still read, silently losing what came after. Comparing the file
 * with its head marker at open turns that silent loss into a refusal with the newest backup
 * offered. A process killed between a commit and the marker leaves the file ahead of its marker,
 * which is fine.
 */
final class HeadMarker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HeadMarker.class.getName());

    /** The newest history entry. */
    record Head(long seq, String hash) {
    }

    /** A record: 20 digits, a space, 64 hex digits, a line feed. */
    private static final int RECORD_BYTES = 86;

    private final Path path;
    private FileChannel channel;
    private Object openedFile;

    HeadMarker(DatabaseFile file) {
        this.path = file.headMarker();
    }

    Path path() {
        return path;
    }

    /**
     * Whether the marker's place holds something that is not an ordinary file of its own: a folder, a
     * named pipe (reading or writing one waits for ever: a tester's round 16 hung every command), a
     * device, or a symbolic link (written through, it replaced the file it points to: round 16).
     */
    boolean somethingElseInItsPlace() {
        try {
            return !Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false; // nothing there
        }
    }

    /**
     * Refuses to put a database at {@code target} while something other than a marker is in its
     * marker's place: a restore and a new file went ahead and replaced it without a word, where every
     * other change is refused in that state (round 18 F8).
     */
    static void refuseIfSomethingElseInItsPlace(DatabaseFile target) {
        HeadMarker marker = new HeadMarker(target);
        if (marker.somethingElseInItsPlace()) {
            throw new StoreException(StoreException.Kind.REFUSED, AppText.of("store.markerInTheWay",
                    target.file().getFileName(), marker.path().getFileName()), null);
        }
    }

    Optional<Head> read() {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer read = ByteBuffer.allocate(RECORD_BYTES + 1); // no more: a huge file in its place is not read whole
            while (read.hasRemaining() && in.read(read) > 0) {
                // until the record and one byte more are read, or the file ends
            }
            String[] parts = new String(read.array(), 0, read.position(), StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length == 2 && parts[0].matches("[0-9]{1,20}") && parts[1].matches("[0-9a-f]{64}")) {
                return Optional.of(new Head(Long.parseLong(parts[0]), parts[1]));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "head marker unreadable: " + path, e);
        }
        LOG.warning(() -> "head marker " + path + " is not one ParkReview wrote; ignored");
        return Optional.empty();
    }

    /**
     * Opens the marker for writing, before a change is made: a marker that cannot follow the change
     * (read-only, a folder in its place) would leave the check of an older copy off without a word,
     * so the change is refused instead ({@link Database#write}).
     */
    synchronized void openForWriting() throws IOException {
        if (channel != null && !stillInItsPlace()) { // deleted or replaced while open: its writes would go nowhere seen
            close();
        }
        if (channel == null) {
            if (somethingElseInItsPlace()) {
                throw new FileSystemException(path.toString(), null, "not an ordinary file");
            }
            if (links() > 1) {
                ownCopy();
            }
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            channel.truncate(RECORD_BYTES);
            openedFile = fileKey();
        }
    }

    private boolean stillInItsPlace() {
        if (openedFile == null) { // a file system with no file keys (Windows): a file held open is not deleted there
            return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
        }
        Object now = fileKey();
        return now != null && now.equals(openedFile);
    }

    private Object fileKey() {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * How many names the marker's file has: more than one is a hard link, its content shared with
     * another file (a tester's round 16 linked it to the database itself, and the marker written in
     * place wiped the database). One where the file system does not say.
     */
    private int links() {
        try {
            return ((Number) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1;
        }
    }

    /** The marker's name given a file of its own (the same record, if it held one), leaving the file it shared untouched. */
    private void ownCopy() throws IOException {
        Optional<Head> held = read();
        byte[] content = held.map(HeadMarker::record).orElse(new byte[0]);
        AtomicFile.write(path, out -> out.write(content));
    }

    private static byte[] record(Head head) {
        return String.format("%020d %s\n", head.seq(), head.hash()).getBytes(StandardCharsets.US_ASCII);
    }

    /** After a commit: the marker opened by {@link #openForWriting} takes the new head (a failure now is logged). */
    synchronized void write(Head head) {
        byte[] record = record(head);
        try {
            openForWriting();
            channel.write(ByteBuffer.wrap(record), 0);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "head marker not written: " + path, e);
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "head marker not closed: " + path, e);
            }
            channel = null;
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "head marker not deleted: " + path, e);
        }
    }
}

package com.parkreview.app.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;

/**
 * Every file ParkReview writes is replaced in one step: the content goes to a temporary file in
 * the target's folder ({@link Leftovers#temporary}), is forced to the disk, then moved over the
 * target with {@code ATOMIC_MOVE}, and the folder is forced too. A failure at any point deletes
 * the temporary file and leaves the target as it was; a killed process leaves the old file or the
 * new one, whole, and a temporary file that the next start removes ({@link Leftovers#clean}).
 */
public final class AtomicFile {

    /** Writes the whole content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target} whole, replacing what was there. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, () -> { });
    }

    /**
     * Writes {@code target} whole, running {@code beforePlacing} once the content is whole on the
     * disk and before it takes the target's name: what it records is recorded only for a file that
     * was written, and a file under the name always has it recorded. If it fails, the target is left
     * as it was.
     */
    public static void write(Path target, Content content, Runnable beforePlacing) throws IOException {
        Path file = target.toAbsolutePath();
        Leftovers.cleanFor(file);
        Path temporary = Leftovers.temporary(file);
        try {
            writeForced(temporary, content);
            beforePlacing.run();
            place(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a new file that must not exist yet: an existing one is never replaced. */
    public static void writeNew(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Leftovers.cleanFor(file);
        Path temporary = Leftovers.temporary(file);
        try {
            writeForced(temporary, content);
            placeNew(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Moves a finished file (written and closed elsewhere in the same folder) over {@code target}
     * in one step, after forcing it to the disk.
     */
    public static void place(Path finished, Path target) throws IOException {
        force(finished);
        Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(target.toAbsolutePath().getParent());
    }

    /**
     * Puts a finished file in place where no file may be yet: a hard link made in one step (it fails
     * when the name is taken), then the temporary name removed. Where the file system has no hard
     * links (FAT on a USB stick), a move after checking that the name is free.
     */
    public static void placeNew(Path finished, Path target) throws IOException {
        force(finished);
        try {
            Files.createLink(target, finished);
            Files.delete(finished);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** Copies a file whole: the copy appears under its name complete or not at all. */
    public static void copy(Path source, Path target) throws IOException {
        write(target, out -> Files.copy(source, out));
    }

    private static void writeForced(Path temporary, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) { // made new by us: never a link
            WriteFailures.writeThrough(Channels.newOutputStream(channel), content);
            channel.force(true);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries to the disk, so that a rename survives a power cut. Not every
     * platform can open a folder (Windows cannot); there the move itself is what it offers.
     */
    private static void forceFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here: nothing more can be done
        }
    }
}

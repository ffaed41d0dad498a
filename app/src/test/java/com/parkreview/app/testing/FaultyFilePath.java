package com.parkreview.app.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code faulty:}) over the disk that can make the database file read-only,
 * its folder read-only, or every write fail as on a full disk — faults a test cannot make for
 * real when it runs as root.
 */
public final class FaultyFilePath extends FilePathWrapper {

    /** The fault in force for every file opened through this file system. */
    public enum Fault {
        NONE, READ_ONLY_FILE, READ_ONLY_FOLDER, DISK_FULL,
        /** The disk nearly full: the file itself is written, the copy a compaction makes runs out of room. */
        FULL_FOR_COPIES
    }

    /** How H2 names the copy it compacts into, beside the file. */
    private static final String COPY = ".tempFile";

    public static final String SCHEME = "faulty";

    private static volatile Fault fault = Fault.NONE;

    static {
        FilePath.register(new FaultyFilePath());
    }

    public static void inject(Fault value) {
        fault = value;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public boolean canWrite() {
        return switch (fault) {
            case READ_ONLY_FILE -> isDirectory() && super.canWrite();
            case READ_ONLY_FOLDER -> !isDirectory() && super.canWrite();
            default -> super.canWrite();
        };
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (fault == Fault.READ_ONLY_FILE && !mode.equals("r")) {
            throw new AccessDeniedException(name);
        }
        return new FaultyChannel(super.open(mode), name.endsWith(COPY));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        if (fault != Fault.NONE && (fault != Fault.FULL_FOR_COPIES || name.endsWith(COPY))) {
            throw new AccessDeniedException(name);
        }
        return super.newOutputStream(append);
    }

    @Override
    public boolean createFile() {
        return (fault == Fault.NONE || fault == Fault.FULL_FOR_COPIES) && super.createFile();
    }

    /** Passes everything to the disk, except that writes fail while the disk is "full". */
    private static final class FaultyChannel extends FileBase {
        private final FileChannel base;
        private final boolean copy;

        FaultyChannel(FileChannel base, boolean copy) {
            this.base = base;
            this.copy = copy;
        }

        private void full() throws IOException {
            if (fault == Fault.DISK_FULL || (fault == Fault.FULL_FOR_COPIES && copy)) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            full();
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            full();
            return base.write(src, position);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            full();
            base.force(metaData);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            full();
            base.truncate(size);
            return this;
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}

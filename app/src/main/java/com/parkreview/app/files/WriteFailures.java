package com.parkreview.app.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * An output stream that remembers the first write its file refused (a full disk, a removed
 * stick), so that the refusal is still known when the code writing through it wraps the
 * exception in one of its own.
 */
final class WriteFailures extends FilterOutputStream {

    private IOException failure;

    WriteFailures(OutputStream out) {
        super(out);
    }

    /**
     * Writes the content through to {@code out} and flushes it. When the file refused a write, that
     * refusal is what is thrown, even if the code writing wrapped it in an exception of its own (the
     * PDF writer does): the message is then the disk's, not "something unexpected".
     */
    static void writeThrough(OutputStream out, AtomicFile.Content content) throws IOException {
        WriteFailures watched = new WriteFailures(out);
        try {
            content.writeTo(watched);
        } catch (RuntimeException e) {
            throw watched.failure().orElseThrow(() -> e);
        }
        watched.flush();
    }

    private Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    private IOException remembered(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}

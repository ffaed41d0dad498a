package com.parkreview.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * A full disk under a library that wraps the refusal in its own exception (the PDF writer's
 * ExceptionConverter) is still reported as the disk's refusal, so that the user reads "the disk
 * refused it" and not "something unexpected went wrong".
 */
class WriteFailuresTest {

    /** A disk with room for ten bytes. */
    private static final class FullAfterTenBytes extends OutputStream {
        private int written;

        @Override
        public void write(int b) throws IOException {
            if (++written > 10) {
                throw new IOException("No space left on device");
            }
        }
    }

    /** Writes as a library does that turns every IOException into its own unchecked exception. */
    private static void wrapping(OutputStream out) {
        try {
            out.write(new byte[64]);
        } catch (IOException e) {
            throw new IllegalStateException("ExceptionConverter: " + e, e);
        }
    }

    @Test
    void theDisksRefusalIsThrownThoughTheWriterWrappedIt() {
        IOException thrown = assertThrows(IOException.class,
                () -> WriteFailures.writeThrough(new FullAfterTenBytes(), WriteFailuresTest::wrapping));
        assertEquals("No space left on device", thrown.getMessage());
    }

    @Test
    void aFailureOfTheWriterItselfStaysItsOwn() {
        IllegalArgumentException own = new IllegalArgumentException("a sheet that cannot be filled");
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> WriteFailures.writeThrough(new ByteArrayOutputStream(), out -> {
                    out.write(1);
                    throw own;
                }));
        assertSame(own, thrown);
    }

    @Test
    void aRefusalTheWriterLetThroughIsThrownAsItCame() {
        assertThrows(UncheckedIOException.class, () -> WriteFailures.writeThrough(new ByteArrayOutputStream(), out -> {
            throw new UncheckedIOException(new IOException("a font could not be read"));
        }));
    }
}

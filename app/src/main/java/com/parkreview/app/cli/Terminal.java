package com.parkreview.app.cli;

import com.parkreview.scoring.text.InputText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints: every character {@link InputText} refuses is shown as
 * {@code U+XXXX} on its way out, so that no value from a file or an older database (a session
 * named {@code \u001b[2J}, a bell, a bidi override) reaches the terminal as itself. Line breaks
 * (CR LF too) and tabs pass.
 */
final class Terminal {

    private Terminal() {
    }

    /** The writer, escaping; one already escaping is returned as it is. */
    static PrintWriter escaping(PrintWriter out) {
        return out instanceof Escaping ? out : new Escaping(out);
    }

    private static final class Escaping extends PrintWriter {
        Escaping(PrintWriter target) {
            super(new EscapingWriter(target), true);
        }
    }

    /** Escapes per chunk; a high surrogate that ends a chunk waits for its other half. */
    private static final class EscapingWriter extends FilterWriter {
        private String pending = "";

        EscapingWriter(Writer target) {
            super(target);
        }

        @Override
        public void write(int c) throws IOException {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            write(new String(buffer, offset, length), 0, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            String chunk = pending + text.substring(offset, offset + length);
            pending = "";
            if (!chunk.isEmpty() && Character.isHighSurrogate(chunk.charAt(chunk.length() - 1))) {
                pending = chunk.substring(chunk.length() - 1);
                chunk = chunk.substring(0, chunk.length() - 1);
            }
            out.write(InputText.printable(chunk));
        }

        @Override
        public void flush() throws IOException {
            if (!pending.isEmpty()) {
                out.write(InputText.printable(pending));
                pending = "";
            }
            out.flush();
        }
    }
}

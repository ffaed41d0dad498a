package com.parkreview.app.exchange.csv;

import com.parkreview.app.AppText;
import com.parkreview.app.files.InputFiles;
import com.parkreview.app.exchange.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A table file's bytes as text, or what is wrong with them, said the way the secretary can fix
 * it: too large, saved as UTF-16 ("Unicode text"), not UTF-8 (GBK, say: the line of the first
 * byte that is not), binary (a NUL byte in the first line: not a text file at all). Never an
 * exception's own words.
 */
final class CsvText {

    /** A larger file is not a table of one session, and is not read. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The text, or the problem that stops it being read. */
    record Decoded(String text, InputProblem problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private CsvText() {
    }

    static Decoded read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try (InputStream in = InputFiles.open(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return failed(InputProblem.unreadable(file, e));
        }
        if (bytes.length > MAX_BYTES) {
            return failed(InputProblem.inFile(name, AppText.of("csv.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        return decode(name, bytes);
    }

    static Decoded decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return failed(InputProblem.inFile(name, AppText.of("csv.utf16")));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            return failed(InputProblem.atLine(name, lineOf(bytes, at),
                    AppText.of("csv.notUtf8", String.format("0x%02X", bytes[at] & 0xFF))));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        if (nul >= 0 && nul < firstLineEnd) {
            // a NUL in the header: UTF-16 without its mark, or not text at all (one in a cell is that cell's problem)
            return failed(InputProblem.atLine(name, 1, AppText.of("csv.binary")));
        }
        return new Decoded(text, null); // a leading byte-order mark is CsvTable.parse's to drop
    }

    private static long lineOf(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Decoded failed(InputProblem problem) {
        return new Decoded(null, problem);
    }
}

package com.parkreview.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The files a database is made of: its H2 file ({@code NAME.mv.db}, by name, or any file that
 * begins as one) and the history-head marker beside it ({@code NAME.head}). A result the user asks
 * for (a sheet, a kit, a CSV) is never written over one of them: a mistyped {@code --out} would
 * otherwise replace the panel's database with a kit.
 */
final class StoreFiles {

    private static final String H2_FILE = ".mv.db";
    private static final String HEAD_MARKER = ".head";
    /** How every H2 store file begins: its first block header. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private StoreFiles() {
    }

    static boolean isStore(Path target) {
        Path file = target.toAbsolutePath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(H2_FILE)) {
            return true;
        }
        if (name.endsWith(HEAD_MARKER)) {
            String base = file.getFileName().toString();
            base = base.substring(0, base.length() - HEAD_MARKER.length());
            if (Files.exists(file.resolveSibling(base + H2_FILE))) {
                return true;
            }
        }
        return beginsAsH2(file);
    }

    private static boolean beginsAsH2(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(H2_HEADER.length), H2_HEADER);
        } catch (IOException e) {
            return false; // unreadable: the write itself will say what is wrong
        }
    }
}

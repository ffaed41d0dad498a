package com.parkreview.app.files;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A write the disk refused (no space left, a file-size limit, a quota), found anywhere in the
 * causes of a failure that code between wrapped in its own: said as the disk's, with the system's
 * temporary folder named, which printing uses for its font. A tester's round 8 filled that folder
 * and every report failed with "Something went wrong that ParkReview did not expect".
 */
public final class DiskRefusal {

    /** What operating systems say when a disk refuses a write (Linux, macOS, Windows). */
    private static final List<String> FULL = List.of("no space left on device", "file too large",
            "disk quota exceeded", "not enough space on the disk", "there is not enough space");

    /** Room the report engine needs in the temporary folder for its copy of the CJK font. */
    private static final long FONT_ROOM = 16L * 1024 * 1024;

    private DiskRefusal() {
    }

    /** The refusal in the user's words, or empty when no disk refused anything on the way. */
    public static Optional<LocalizedText> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && cause.getMessage() != null) {
                String said = cause.getMessage().toLowerCase(Locale.ROOT);
                if (FULL.stream().anyMatch(said::contains)) {
                    return Optional.of(AppText.of("disk.refused", cause.getMessage(),
                            temporaryFolder()));
                }
            }
            if (cause.getClass().getSimpleName().equals("JRFontNotFoundException") && temporaryFolderLow()) {
                // the font's copy failed on the full folder; the report engine logged that and threw this instead
                return Optional.of(AppText.of("disk.temporaryFull", temporaryFolder()));
            }
        }
        return Optional.empty();
    }

    private static String temporaryFolder() {
        return System.getProperty("java.io.tmpdir", "");
    }

    /** Less room in the temporary folder than the CJK font's copy takes (4.6 MB), with some to spare. */
    private static boolean temporaryFolderLow() {
        try {
            return Files.getFileStore(Path.of(temporaryFolder())).getUsableSpace() < FONT_ROOM;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}

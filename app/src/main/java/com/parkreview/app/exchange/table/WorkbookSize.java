package com.parkreview.app.exchange.table;

import com.parkreview.app.files.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;

/**
 * How large a workbook is once unpacked, counted in the bytes actually inflated (the sizes a zip
 * declares can lie): the spreadsheet library holds a whole sheet in memory, about a hundred times
 * its size, so a table of a million rows would take gigabytes before its first row is seen.
 */
final class WorkbookSize {

    /** Far more than a table of one session's applicants or experts unpacks to (tens of kilobytes). */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private WorkbookSize() {
    }

    /** Whether the workbook unpacks to more than {@value #MAX_BYTES} bytes; a file that is not a zip is not. */
    static boolean tooLarge(Path file) {
        byte[] buffer = new byte[8192];
        long total = 0;
        try (InputStream in = InputFiles.open(file); ZipInputStream zip = new ZipInputStream(in)) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_BYTES) {
                        return true;
                    }
                }
            }
        } catch (IOException e) {
            return false; // not a zip, or a damaged one: the workbook reader says which
        }
        return false;
    }
}

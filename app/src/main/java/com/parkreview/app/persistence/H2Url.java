package com.parkreview.app.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FileUtils;

/**
 * How ParkReview speaks to an H2 file: its URL and settings, its user and password, and what can
 * be told of a file before opening it.
 *
 * <p>{@code WRITE_DELAY=0}: a commit that has returned survives a killed process. {@code
 * REUSE_SPACE=FALSE}: H2 2.5 writes the store header during a chunk's write while it still names
 * the chunk before, so a chunk placed in reused space away from where the last one predicted is
 * not found by recovery after a kill, and that commit is lost although it returned (seen here: 3
 * of 120 kill rounds lost the first commit after an open; with this setting 0 of 300). Appended
 * chunks are found by recovery's scan from the end of the file. {@code IFEXISTS=TRUE} for a file
 * that must exist; {@code CIPHER=AES} for an encrypted one.
 */
final class H2Url {

    static final String USER = "parkreview";

    private H2Url() {
    }

    static String of(DatabaseFile file, OpenOptions options, boolean mustExist) {
        StringBuilder url = new StringBuilder("jdbc:h2:").append(options.fileSystem()).append(':')
                .append(file.base()).append(";WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0");
        if (mustExist) {
            url.append(";IFEXISTS=TRUE");
        }
        if (options.encrypted()) {
            url.append(";CIPHER=AES");
        }
        return url.toString();
    }

    /** H2 takes the file password and the user password separated by a space. */
    static String password(OpenOptions options) {
        return options.password().map(p -> new String(p) + " ").orElse("");
    }

    static boolean exists(DatabaseFile file, OpenOptions options) {
        return FileUtils.exists(options.fileSystem() + ":" + file.file());
    }

    /** Whether the file begins as H2's encrypted files do; unknown when it cannot be read: as asked. */
    static boolean encrypted(DatabaseFile file, OpenOptions options) {
        byte[] magic = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = FilePath.get(options.fileSystem() + ":" + file.file()).newInputStream()) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return options.encrypted();
        }
    }

    static boolean readOnly(Connection connection) {
        try (Statement statement = connection.createStatement();
                var row = statement.executeQuery("SELECT READONLY()")) {
            return row.next() && row.getBoolean(1);
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }
}

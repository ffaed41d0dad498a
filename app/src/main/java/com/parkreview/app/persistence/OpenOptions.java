package com.parkreview.app.persistence;

import java.time.Clock;
import java.util.Optional;

/**
 * How to open a database: whether a missing file may be created (only the default database on
 * first start; a path the user typed must exist), the file password when it is encrypted at
 * rest, the clock that dates changes, and H2's file system (tests inject faults through it).
 */
public record OpenOptions(boolean createIfMissing, Optional<char[]> password, Clock clock, String fileSystem) {

    public OpenOptions {
        password = password == null ? Optional.empty() : password;
        clock = clock == null ? Clock.systemDefaultZone() : clock;
        fileSystem = fileSystem == null ? "file" : fileSystem;
    }

    /** An existing file, not encrypted. */
    public static OpenOptions existing() {
        return new OpenOptions(false, Optional.empty(), Clock.systemDefaultZone(), "file");
    }

    /** Created when missing (the default database). */
    public static OpenOptions creating() {
        return new OpenOptions(true, Optional.empty(), Clock.systemDefaultZone(), "file");
    }

    /** These options, creating the database when there is none yet. */
    public OpenOptions creatingIfMissing() {
        return new OpenOptions(true, password, clock, fileSystem);
    }

    public OpenOptions withPassword(char[] value) {
        return new OpenOptions(createIfMissing, Optional.of(value), clock, fileSystem);
    }

    public OpenOptions withClock(Clock value) {
        return new OpenOptions(createIfMissing, password, value, fileSystem);
    }

    public OpenOptions withFileSystem(String value) {
        return new OpenOptions(createIfMissing, password, clock, value);
    }

    public boolean encrypted() {
        return password.isPresent();
    }
}

package com.parkreview.app.testing;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A fresh database for a test, written from a blank one made once per test JVM by the real
 * migrations, then opened as an existing file (tried on a copy, as every start tries it): making
 * each new through Flyway was a fifth of the unit tests' time. Making a file new is tested where it
 * is the subject (NewDatabase, session create, kit open, the fresh machine).
 */
final class BlankDatabase {

    /** The blank file and its head marker, if it has one (a file with no history has none). */
    private record Blank(byte[] file, Optional<byte[]> marker) {
    }

    private static Blank blank;

    private BlankDatabase() {
    }

    static Database at(Path base, Clock clock) {
        DatabaseFile file = DatabaseFile.of(base);
        if (Files.exists(file.file())) { // not fresh: opened as it is, as before
            return Database.open(file, OpenOptions.creating().withClock(clock));
        }
        try {
            Files.createDirectories(file.folder());
            Blank made = blank(clock);
            Files.write(file.file(), made.file());
            if (made.marker().isPresent()) { // as a file ParkReview made: marked
                Files.write(file.headMarker(), made.marker().get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Database.open(file, OpenOptions.existing().withClock(clock));
    }

    /** The blank file's bytes and its marker's: made with the tests' fixed clock, so that its first history entry is the same every time. */
    private static synchronized Blank blank(Clock clock) throws IOException {
        if (!clock.equals(TestSessions.CLOCK)) {
            throw new IllegalArgumentException("a blank database is made with TestSessions.CLOCK only");
        }
        if (blank == null) {
            Path folder = Files.createTempDirectory("junit-blank-database");
            try {
                DatabaseFile made = DatabaseFile.of(folder.resolve("blank"));
                Database.open(made, OpenOptions.creating().withClock(clock)).close();
                blank = new Blank(Files.readAllBytes(made.file()), Files.exists(made.headMarker())
                        ? Optional.of(Files.readAllBytes(made.headMarker())) : Optional.empty());
            } finally {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return blank;
    }
}

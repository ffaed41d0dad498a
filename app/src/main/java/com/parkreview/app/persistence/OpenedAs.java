package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;

/**
 * How a database file was found when it was opened: made by this open, an existing one with its
 * head marker (or with no history to mark), or one holding a history with no marker beside it. The
 * marker is what tells an older copy put in the file's place ({@link OpeningProbe}); without it that
 * check could not be made, which the user is told (a tester deleted the marker with the copy: the
 * rollback then went unsaid, and {@code verify} found the older file whole, as it is).
 */
enum OpenedAs {
    NEW, EXISTING, WITHOUT_MARKER, DAMAGED_MARKER, MARKER_NOT_A_FILE,
    /** The marker is there, but an earlier open found it missing or not ParkReview's, and no verify has said so since ({@link MarkerDoubt}). */
    UNCHECKED_EARLIER;

    /**
     * An existing file, as found before the open writes its marker again: a marker there but not one
     * ParkReview wrote, or a folder in its place, is said as such (a tester's round 13 was told of
     * "no marker", and of the marker "written again" where a folder kept it from being written).
     */
    static OpenedAs of(DatabaseFile file, OpenOptions options, Connection keeper) {
        boolean unmarked = options.fileSystem().equals("file") && new HeadMarker(file).read().isEmpty()
                && HistoryWriter.reading(new Jdbc(keeper)).newest().isPresent();
        if (!unmarked) {
            return EXISTING;
        }
        Path marker = file.headMarker();
        if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return DAMAGED_MARKER;
        }
        return Files.exists(marker, LinkOption.NOFOLLOW_LINKS) ? MARKER_NOT_A_FILE : WITHOUT_MARKER;
    }

    /** Whether this open found the marker missing or not ParkReview's: a doubt to keep until verify reports it. */
    boolean doubtsTheMarker() {
        return this == WITHOUT_MARKER || this == DAMAGED_MARKER || this == MARKER_NOT_A_FILE;
    }

    /** What the user is told of the marker at this open, if anything. */
    Optional<LocalizedText> warning(String marker) {
        return switch (this) {
            case WITHOUT_MARKER -> Optional.of(AppText.of("store.openedWithoutMarker", marker));
            case DAMAGED_MARKER -> Optional.of(AppText.of("store.openedWithDamagedMarker", marker));
            case MARKER_NOT_A_FILE -> Optional.of(AppText.of("store.markerNotAFile", marker));
            case UNCHECKED_EARLIER -> Optional.of(AppText.of("store.markerUncheckedEarlier", marker));
            default -> Optional.empty();
        };
    }
}

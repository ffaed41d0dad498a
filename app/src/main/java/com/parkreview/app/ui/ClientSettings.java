package com.parkreview.app.ui;

import com.parkreview.app.RememberedLanguage;
import com.parkreview.app.ui.common.StorePlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What the client remembers between runs: the language and the database files and servers opened
 * lately (a server by its address, never with a password).
 */
public final class ClientSettings {

    private static final int RECENT = 8;
    private static final String RECENT_FILES = "recentFiles";

    private final Preferences preferences;

    public ClientSettings(Preferences preferences) {
        this.preferences = preferences;
    }

    public static ClientSettings forUser() {
        return new ClientSettings(Preferences.userRoot().node(RememberedLanguage.NODE));
    }

    /** Simplified Chinese unless English was chosen. */
    public Locale language() {
        return RememberedLanguage.of(preferences);
    }

    public void setLanguage(Locale locale) {
        RememberedLanguage.set(preferences, locale);
    }

    /** The files opened lately, the latest first; a file moved or deleted since is left out. */
    public List<Path> recentFiles() {
        return recent().stream().filter(StorePlace.File.class::isInstance)
                .map(place -> ((StorePlace.File) place).path()).toList();
    }

    /**
     * The file used last, when the last place used was a file that is still there: the window starts
     * on it (an expert's own scoring database, not the demonstration's).
     */
    public Optional<Path> lastFile() {
        return stored().stream().findFirst().filter(StorePlace.File.class::isInstance)
                .map(place -> ((StorePlace.File) place).path()).filter(Files::isRegularFile);
    }

    /**
     * The files and servers opened lately, the latest first: a file moved or deleted since is left
     * out, a server is kept (whether it answers is known only by connecting).
     */
    public List<StorePlace> recent() {
        return stored().stream().filter(place -> !(place instanceof StorePlace.File file)
                || Files.isRegularFile(file.path())).toList();
    }

    private List<StorePlace> stored() {
        String stored = preferences.get(RECENT_FILES, "");
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split("\n")).map(StorePlace::of).toList();
    }

    public void opened(Path file) {
        opened(new StorePlace.File(file));
    }

    public void opened(StorePlace place) {
        List<StorePlace> recent = new ArrayList<>(stored());
        recent.remove(place);
        recent.add(0, place);
        preferences.put(RECENT_FILES, String.join("\n",
                recent.subList(0, Math.min(RECENT, recent.size())).stream().map(StorePlace::text).toList()));
    }
}

package com.parkreview.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

/** What the client remembers between runs: the language and the database files opened lately. */
public final class ClientSettings {

    private static final int RECENT = 8;
    private static final String LANGUAGE = "language";
    private static final String RECENT_FILES = "recentFiles";

    private final Preferences preferences;

    public ClientSettings(Preferences preferences) {
        this.preferences = preferences;
    }

    public static ClientSettings forUser() {
        return new ClientSettings(Preferences.userRoot().node("com/parkreview/client"));
    }

    /** Simplified Chinese unless English was chosen. */
    public Locale language() {
        return "en".equals(preferences.get(LANGUAGE, "zh")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public void setLanguage(Locale locale) {
        preferences.put(LANGUAGE, locale.getLanguage().equals("en") ? "en" : "zh");
    }

    /** The files opened lately, the latest first; a file moved or deleted since is left out. */
    public List<Path> recentFiles() {
        return stored().stream().filter(Files::isRegularFile).toList();
    }

    private List<Path> stored() {
        String stored = preferences.get(RECENT_FILES, "");
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split("\n")).map(Path::of).toList();
    }

    public void opened(Path file) {
        List<Path> recent = new ArrayList<>(stored());
        recent.remove(file);
        recent.add(0, file);
        preferences.put(RECENT_FILES, String.join("\n",
                recent.subList(0, Math.min(RECENT, recent.size())).stream().map(Path::toString).toList()));
    }
}

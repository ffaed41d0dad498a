package com.parkreview.app.ui.exchange;

import com.parkreview.app.exchange.kit.KitExport;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.common.UiText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kits handed out before the session: one file per expert of the panel, written into a
 * folder (a USB stick), each with a new kit id recorded with the session. A file already there
 * is kept; the new kit gets the next free name.
 */
public final class KitHandoutViewModel {

    /** A kit written: for whom and where. */
    public record Written(String expertCode, String expertName, Path file) {
    }

    private final KitExport kits;
    private final Actor actor;
    private final long sessionId;

    public KitHandoutViewModel(StoreAccess store, Actor actor, long sessionId) {
        this.kits = new KitExport(store);
        this.actor = actor;
        this.sessionId = sessionId;
    }

    /** Writes the kits of the given experts into the folder. */
    public List<Written> export(Path folder, List<Expert> experts) {
        List<Written> written = new ArrayList<>();
        for (Expert expert : experts) {
            Path file = freeName(folder, expert.code() + "-" + safe(expert.name()));
            kits.toFile(actor, sessionId, expert.code(), file);
            written.add(new Written(expert.code(), expert.name(), file));
        }
        return written;
    }

    /** What was written, in one message. */
    public static String describe(List<Written> written, Path folder) {
        List<String> lines = written.stream()
                .map(w -> UiText.text("kits.line", w.expertCode(), w.expertName(), w.file().getFileName())).toList();
        return UiText.text("kits.written", written.size(), folder, String.join("\n", lines));
    }

    private static Path freeName(Path folder, String base) {
        Path file = folder.resolve(base + KitFile.EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + KitFile.EXTENSION);
        }
        return file;
    }

    /** A name any file system takes: no separators or reserved characters. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}

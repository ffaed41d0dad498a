package com.parkreview.app.exchange.kit;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.files.ResultFile;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.app.review.StoreAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Handing an expert their kit: the kit issued (recorded with the session, the history head it
 * carries read after that) and written whole to its file, for the console's 导出离线评审包 and
 * {@code kit export} alike. A kit whose file could not be written is withdrawn, recorded as such:
 * it used to stay counted as handed out (four kits for one expert after three full disks, a tester's
 * round 4), though no expert had it.
 */
public final class KitExport {

    private final OfflineKits kits;

    public KitExport(StoreAccess store) {
        this.kits = new OfflineKits(store);
    }

    /** The kit of {@code expertCode}, in {@code file}; a file that cannot be written is refused naming it, nothing issued. */
    public ExpertKit toFile(Actor actor, long sessionId, String expertCode, Path file) {
        ResultFile.checkEnding(file, KitFile.EXTENSION, "files.aKit", expertCode + KitFile.EXTENSION);
        ResultFile.check(file); // before the kit is issued and recorded
        ExpertKit kit = kits.issue(actor, sessionId, expertCode);
        try {
            byte[] content = KitFile.write(kit).getBytes(StandardCharsets.UTF_8);
            ResultFile.write(file, out -> out.write(content));
            kits.recordWritten(actor, kit.kitId(), written(content));
        } catch (RuntimeException e) {
            kits.withdraw(actor, kit.kitId(), "not written to " + file.getFileName() + ": " + e.getMessage());
            throw e;
        }
        return kit;
    }

    private static String written(byte[] content) {
        try {
            return KitFile.sha256(content);
        } catch (InputRejectedException e) {
            throw new IllegalStateException("a kit ParkReview wrote reads back", e);
        }
    }
}

package com.parkreview.app.laptop;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.json.JsonDocuments;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.WholeNewDatabase;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Use case: open the secretary's kit on the expert's laptop, into the expert's own database, in
 * expert mode — the one implementation behind File › Open an expert kit, a double-clicked kit and
 * {@code kit open}. The kit is read and checked first, so a refused kit creates no file; a new
 * database appears whole or not at all; opening the same kit again into its database is allowed
 * and changes nothing, another kit or a database holding sessions is refused. A new database
 * appears with the kit opened in it, or not at all ({@link WholeNewDatabase}).
 */
public final class OpenKit {

    /** Whether the database may exist already (the same kit opened again) or must be new. */
    public enum Target { NEW_FILE, NEW_OR_SAME_KIT }

    /** The kit, the database to open it into, and how (a password makes a new database encrypted). */
    public record Request(Path kitFile, DatabaseFile database, OpenOptions options, Target target) {
    }

    /** The kit opened: the expert's database (the caller closes it), the kit and the expert mode. */
    public record Opened(Database database, ExpertKit kit, ExpertMode mode) {
    }

    private OpenKit() {
    }

    /** Opens the kit; the history names the kit's expert as the one who opened it. */
    public static Opened open(Request request) throws InputRejectedException {
        byte[] content = JsonDocuments.readBytes(request.kitFile()); // read once: what is opened is what is hashed
        ExpertKit kit = KitFile.read(request.kitFile().getFileName().toString(), content);
        String sha = KitFile.sha256(content);
        if (request.target() == Target.NEW_FILE && request.database().exists()) {
            throw new ValidationException(AppText.of("ui.fileExists", request.database()));
        }
        WholeNewDatabase.Made<ExpertMode> made = WholeNewDatabase.make(request.database(),
                request.options().creatingIfMissing(), database -> new OfflineKits(database).open(
                        Actor.expert(kit.expertCode(), kit.expert().name()), kit, Ed25519::newKeyPair,
                        Optional.of(sha)));
        return new Opened(made.database(), kit, made.result());
    }
}

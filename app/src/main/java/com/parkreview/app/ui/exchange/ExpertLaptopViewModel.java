package com.parkreview.app.ui.exchange;

import com.parkreview.app.files.AtomicFile;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.exchange.score.ScoreFile;
import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.OfflineKits;
import com.parkreview.app.review.ScoreReturns;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The expert's side of the offline day: a kit opened into the expert's own new database (the kit
 * is read first, so a refused kit creates nothing), and the signed score file written back.
 */
public final class ExpertLaptopViewModel {

    /** A kit opened: the expert's database, and what to tell the expert. */
    public record Opened(Database database, ExpertMode mode, String message) {
    }

    private ExpertLaptopViewModel() {
    }

    /** The database file name suggested for a kit: session year, expert code and name. */
    public static String suggestedName(Path kitFile) {
        String base = kitFile.getFileName().toString();
        return (base.endsWith(KitFile.EXTENSION) ? base.substring(0, base.length() - KitFile.EXTENSION.length()) : base)
                + "-评分";
    }

    /** Reads the kit, then creates the database and opens the kit into it in expert mode. */
    public static Opened openKit(Path kitFile, DatabaseFile target) throws InputRejectedException {
        ExpertKit kit = KitFile.read(kitFile);
        if (target.exists()) {
            throw new ValidationException(com.parkreview.app.AppText.of("ui.fileExists", target));
        }
        Database database = Database.open(target, OpenOptions.creating());
        try {
            ExpertMode mode = new OfflineKits(database).open(Actor.expert(kit.expertCode(), kit.expert().name()), kit,
                    Ed25519::newKeyPair);
            return new Opened(database, mode, UiText.text("laptop.opened", kit.session().name(), kit.expertCode(),
                    kit.expert().name(), kit.applicants().size(), mode.fingerprint(), target));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The expert mode of the open database, if it is an expert's own copy. */
    public static Optional<ExpertMode> mode(StoreAccess store) {
        return store.read(s -> s.expertMode().current());
    }

    /** Writes the expert's signed sheets and recusals as a signed score file; says what is in it. */
    public static String exportScores(StoreAccess store, Path target) {
        ScoreReturns.Prepared prepared = new ScoreReturns(store).prepare();
        try {
            AtomicFile.write(target, ScoreFile.write(prepared.scores(), prepared.privateKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = UiText.text("laptop.exported", target, prepared.scores().sheets().size(),
                prepared.scores().recusals().size(), prepared.scores().key().fingerprint());
        if (!prepared.notSigned().isEmpty()) {
            text += "\n" + UiText.text("laptop.notSigned", String.join("、", prepared.notSigned().stream()
                    .map(n -> UiText.text("laptop.notSignedOne", n.applicantCode(), n.scored(), n.indicators()))
                    .toList()));
        }
        return text;
    }
}

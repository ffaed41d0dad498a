package com.parkreview.app.ui.exchange;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.laptop.ExportScores;
import com.parkreview.app.laptop.OpenKit;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.ScoreReturns;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.common.UiText;
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

    /** Reads the kit, then creates the database and opens the kit into it in expert mode ({@link OpenKit}). */
    public static Opened openKit(Path kitFile, DatabaseFile target) throws InputRejectedException {
        OpenKit.Opened opened = OpenKit.open(new OpenKit.Request(kitFile, target, OpenOptions.creating(),
                OpenKit.Target.NEW_FILE));
        ExpertKit kit = opened.kit();
        return new Opened(opened.database(), opened.mode(), UiText.text("laptop.opened", kit.session().name(),
                kit.expertCode(), kit.expert().name(), kit.applicants().size(), opened.mode().fingerprint(), target));
    }

    /** The expert mode of the open database, if it is an expert's own copy. */
    public static Optional<ExpertMode> mode(StoreAccess store) {
        return store.read(s -> s.expertMode().current());
    }

    /** Writes the expert's signed sheets and recusals as a signed score file ({@link ExportScores}); says what is in it. */
    public static String exportScores(StoreAccess store, Path target) {
        ScoreReturns.Prepared prepared = ExportScores.export(store, target);
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

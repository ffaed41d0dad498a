package com.parkreview.app.testing;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.kit.KitFile;
import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.laptop.OpenKit;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.OfflineKits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** The offline day in tests: kits issued from a secretary's database, opened into experts' own databases. */
public final class OfflineDay {

    private OfflineDay() {
    }

    /** A kit handed out as {@code kit export} does: issued, and the hash of its file recorded. */
    public static ExpertKit kit(Database secretary, long session, int expert) {
        return handedOut(secretary, session, "E" + expert);
    }

    /** The kit of the expert with this code, issued and said written as an export does. */
    public static ExpertKit handedOut(Database secretary, long session, String expertCode) {
        OfflineKits kits = new OfflineKits(secretary);
        ExpertKit kit = kits.issue(TestSessions.SECRETARY, session, expertCode);
        kits.recordWritten(TestSessions.SECRETARY, kit.kitId(), sha256(kit));
        return kit;
    }

    /** The SHA-256 of the kit's file as ParkReview writes it. */
    public static String sha256(ExpertKit kit) {
        try {
            return KitFile.sha256(KitFile.write(kit).getBytes(StandardCharsets.UTF_8));
        } catch (InputRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An expert's own database ({@code laptop-E<n>} in the folder) with the kit opened into it. */
    public static Database laptop(Path dir, ExpertKit kit) {
        Database laptop = TestSessions.freshDatabase(dir, "laptop-" + kit.expertCode() + "-" + kit.kitId());
        new OfflineKits(laptop).open(Actor.commandLine(), kit, Ed25519::newKeyPair, Optional.of(sha256(kit)));
        return laptop;
    }

    /**
     * An expert's own database with a kit file opened into it as the laptop opens one ({@link
     * OpenKit}: the hash of the file kept, which its score files carry back).
     */
    public static Database laptop(Path dir, Path kitFile) throws InputRejectedException {
        Path database = dir.resolve("laptop-" + kitFile.getFileName().toString().replace(".prkit", "") + ".mv.db");
        return OpenKit.open(new OpenKit.Request(kitFile, DatabaseFile.of(database),
                OpenOptions.creating().withClock(TestSessions.CLOCK), OpenKit.Target.NEW_FILE)).database();
    }

    public static ExpertMode mode(Database laptop) {
        return laptop.read(s -> s.expertMode().current()).orElseThrow();
    }

    /** The laptop's id of an applicant, by code. */
    public static long applicant(Database laptop, String code) {
        return laptop.read(s -> s.applicants().findByCode(mode(laptop).sessionId(), code)).orElseThrow().id();
    }

    /** The expert scores the applicant to the total on the laptop, writes an opinion and signs. */
    public static long signed(Database laptop, String applicantCode, String total) {
        ExpertMode mode = mode(laptop);
        return TestSessions.signedSheet(laptop, Actor.expert(mode.expertCode(), "本人"), mode.expertId(),
                applicant(laptop, applicantCode), total);
    }
}

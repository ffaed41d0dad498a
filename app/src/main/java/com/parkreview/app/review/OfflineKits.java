package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.scoring.money.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Kits: the secretary issues one per expert (recorded, so that the expert's score file can be
 * recognised as belonging to the session); the expert opens it into an empty database of the
 * expert's own, which from then on is in expert mode with the expert's new key pair.
 */
public final class OfflineKits {

    private static final String WRITTEN = KitRepository.WRITTEN_NOTE;
    private static final String WRITING = KitRepository.WRITING_NOTE;
    /** The history's note, on a laptop, of the kit file opened, with the SHA-256 of its bytes. */
    private static final String OPENED = "kit_opened";

    private final StoreAccess store;

    public OfflineKits(StoreAccess store) {
        this.store = store;
    }

    /** Issues a kit for one expert of a session: a new kit id, recorded with the session. */
    public ExpertKit issue(Actor actor, long sessionId, String expertCode) {
        ExpertKit kit = store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.exportKit");
            ClosedSessions.refuseChange(s, sessionId);
            StoredSession stored = StoredSession.load(s, sessionId);
            Expert expert = stored.experts().stream().filter(e -> e.code().equals(expertCode)).findFirst()
                    .orElseThrow(() -> refuse("kit.noExpert", expertCode, stored.session().name(),
                            String.join(" ", stored.experts().stream().map(Expert::code).toList())));
            List<Applicant> applicants = stored.panelApplicants();
            if (applicants.isEmpty()) {
                throw refuse("kit.noApplicants", stored.session().name());
            }
            Map<Long, String> codes = new HashMap<>();
            applicants.forEach(a -> codes.put(a.id(), a.code()));
            List<DeclaredRecusal> recusals = stored.recusals().stream()
                    .filter(r -> r.expertId() == expert.id() && codes.containsKey(r.applicantId()))
                    .map(r -> new DeclaredRecusal(codes.get(r.applicantId()), r.reason(), r.declaredAt()))
                    .toList();
            Instant now = store.clock().instant().truncatedTo(ChronoUnit.MICROS);
            UUID kitId = UUID.randomUUID();
            s.kits().issue(new IssuedKit(kitId, sessionId, expert.id(), now));
            s.history().note(WRITING, subject(kitId), "issued; its file is yet to be written");
            ReviewRules.scoringStarted(s, sessionId);
            SessionDetails details = stored.session().details();
            return new ExpertKit(kitId, now,
                    new SessionDetails(details.name(), details.year(), details.date(), details.venue(),
                            Optional.empty(), details.timing(), details.secretary()),
                    stored.session().settings(),
                    applicants.stream().map(OfflineKits::withoutPrivateDetails).toList(),
                    stored.experts().stream().map(e -> new NewExpert(e.code(), e.name(), e.organisation(), e.role(),
                            e.groupLeader())).toList(),
                    expertCode, recusals);
        });
        // the history as it stands once the kit is recorded: a copy of the database from before it lacks this entry
        Optional<HistoryHead> head = store.read(s -> s.history().head());
        return new ExpertKit(kit.kitId(), kit.issuedAt(), kit.session(), kit.programme(), kit.applicants(), kit.panel(),
                kit.expertCode(), kit.recusals(), head);
    }

    /**
     * Takes back a kit issued a moment ago whose file could not be written (a full disk, a folder
     * that cannot be written), recorded in the history with why: it is not counted as handed out.
     */
    public void withdraw(Actor actor, UUID kitId, String why) {
        store.write(actor, s -> {
            s.kits().withdraw(kitId, why);
            return null;
        });
    }

    /**
     * Opens a kit into this database, which must hold no session yet, and enters expert mode
     * with a key pair made now. Opening the same kit again changes nothing and gives the same
     * mode (and key); another kit is refused.
     */
    public ExpertMode open(Actor actor, ExpertKit kit, Supplier<ExpertKeyPair> newKeyPair) {
        return open(actor, kit, newKeyPair, Optional.empty());
    }

    /**
     * {@link #open(Actor, ExpertKit, Supplier)}, keeping the SHA-256 of the kit file's bytes as read,
     * which the expert's score files carry back: the secretary's import compares it with what was
     * written (a tester's round 8 swapped two applicants' names in a kit on its way to the laptop,
     * and the expert's sheet for one came back under the other's code).
     */
    public ExpertMode open(Actor actor, ExpertKit kit, Supplier<ExpertKeyPair> newKeyPair, Optional<String> contentSha256) {
        return store.write(actor, s -> {
            Optional<ExpertMode> current = s.expertMode().current();
            if (current.isPresent()) {
                if (current.get().kitId().equals(kit.kitId())) {
                    // the same kit again; another file under its id is not (round 9: "Opened", the first kept)
                    Optional<String> before = opened(s, kit.kitId());
                    if (contentSha256.isPresent() && before.isPresent() && !before.equals(contentSha256)) {
                        throw refuse("kit.reopenedOther", kit.kitId(), kit.expertCode());
                    }
                    return current.get();
                }
                throw refuse("kit.otherKitOpen", current.get().expertCode(), current.get().kitId(), kit.kitId());
            }
            if (!s.sessions().list().isEmpty()) {
                throw refuse("kit.notEmpty");
            }
            long sessionId = s.sessions().create(kit.session(), kit.programme());
            Map<String, Long> applicants = new HashMap<>();
            for (NewApplicant applicant : kit.applicants()) {
                long id = s.applicants().add(sessionId, applicant);
                s.applicants().setPreReview(id, PreReview.PASSED);
                applicants.put(applicant.code(), id);
            }
            long expertId = 0;
            for (NewExpert member : kit.panel()) {
                long id = s.experts().add(sessionId, member);
                if (member.code().equals(kit.expertCode())) {
                    expertId = id;
                }
            }
            for (DeclaredRecusal recusal : kit.recusals()) {
                s.experts().declareRecusal(expertId, applicants.get(recusal.applicantCode()), recusal.reason(),
                        recusal.declaredAt());
            }
            s.sessions().setStatus(sessionId, SessionStatus.SCORING);
            ExpertKeyPair keys = newKeyPair.get();
            s.experts().setKeyFingerprint(expertId, keys.publicKey().fingerprint());
            ExpertMode mode = new ExpertMode(kit.kitId(), sessionId, expertId, kit.expertCode(), keys.publicKey(),
                    store.clock().instant().truncatedTo(ChronoUnit.MICROS), kit.historyHead());
            s.expertMode().enter(mode, keys.privateKey());
            contentSha256.ifPresent(sha -> s.history().note(OPENED, subject(kit.kitId()), sha));
            return mode;
        });
    }

    /** Records the SHA-256 of the kit file as written, which the expert's score files must carry back. */
    public void recordWritten(Actor actor, UUID kitId, String contentSha256) {
        store.write(actor, s -> {
            s.history().note(WRITTEN, subject(kitId), contentSha256);
            return null;
        });
    }

    /** The SHA-256 of the kit file as this database wrote it; empty for a kit of an earlier version. */
    static Optional<String> written(Store s, UUID kitId) {
        return s.history().lastNote(WRITTEN, subject(kitId)).flatMap(HistoryEntry::newValue);
    }

    /** Whether the kit's export ended before it said its file was written (killed, the machine off). */
    static boolean exportInterrupted(Store s, UUID kitId) {
        return s.history().lastNote(WRITING, subject(kitId)).isPresent() && written(s, kitId).isEmpty();
    }

    /** The SHA-256 of the kit file as this laptop read it; empty for a kit opened by an earlier version. */
    static Optional<String> opened(Store s, UUID kitId) {
        return s.history().lastNote(OPENED, subject(kitId)).flatMap(HistoryEntry::newValue);
    }

    private static String subject(UUID kitId) {
        return KitRepository.NOTE_SUBJECT + kitId;
    }

    /** The applicant as a kit carries it: no contact, no amounts (the expert scores, the secretary funds). */
    private static NewApplicant withoutPrivateDetails(Applicant a) {
        return new NewApplicant(a.code(), a.name(), a.uscc(), Contact.NONE, Optional.empty(),
                Money.ZERO, a.defenseOrder(), a.slotStart());
    }
}

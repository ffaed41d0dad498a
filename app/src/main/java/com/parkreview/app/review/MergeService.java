package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.deviation.SetAsideAfterSigning;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The secretary's merge of a stored session (rules 4–9): the results, the deviation flags kept
 * with the sheets they were found on, and their resolution — accepted with a written reason, or
 * a re-review that supersedes the sheets (kept, never deleted) and opens a new round.
 */
public final class MergeService {

    private final StoreAccess store;

    public MergeService(StoreAccess store) {
        this.store = store;
    }

    /** Whether a re-review can answer the flag of this code (the scoring model says which cannot). */
    public static boolean reReviewable(String flagCode) {
        return DeviationFlag.answeredByReReview(flagCode);
    }

    /** Refuses a re-review on a flag no re-review answers, saying why: the panel accepts those with a reason. */
    public static void requireReReviewable(String flagCode) {
        if (!reReviewable(flagCode)) {
            throw refuse(flagCode.startsWith(SetAsideAfterSigning.CODE_PREFIX) ? "rule.setAsideNoReReview"
                    : "rule.periodNoReReview", flagCode);
        }
    }

    /** The results as they stand, without changing anything. */
    public SessionResult results(long sessionId) {
        return store.read(s -> StoredSession.load(s, sessionId).merge());
    }

    /** Merges and records the flags found, so that each can be resolved. */
    public SessionResult mergeAndRecordFlags(Actor actor, long sessionId) {
        return merged(actor, sessionId).result();
    }

    /**
     * The session read once, in one transaction: merged, the flags found and not yet recorded
     * recorded (when the file can be written), and every flag record of the session. The
     * secretary's work: refused in an expert's copy of the session, even when nothing is new.
     */
    public MergedSession merged(Actor actor, long sessionId) {
        // Read first: after the first merge, flags are new only when sheets changed, so most
        // readings need no write (and no wait for the disk).
        MergedSession read = store.read(s -> {
            ExpertModeRules.secretaryOnly(s, "action.recordFlags");
            StoredSession stored = StoredSession.load(s, sessionId);
            return MergedSession.of(stored, stored.merge(), s.flags().forSession(sessionId));
        });
        // a closed session's flags were recorded by the merge it was closed on: it is read, never written
        if (!store.writable() || unrecorded(read).isEmpty() || read.stored().session().status() == SessionStatus.DECIDED) {
            return read;
        }
        return store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.recordFlags");
            StoredSession stored = StoredSession.load(s, sessionId);
            MergedSession now = MergedSession.of(stored, stored.merge(), s.flags().forSession(sessionId));
            for (Unrecorded flag : unrecorded(now)) {
                s.flags().record(flag.applicant().id(), flag.flag().code(), flag.sheetsKey(),
                        flag.flag().explanation().in(Locale.SIMPLIFIED_CHINESE), store.clock().instant());
            }
            return MergedSession.of(stored, now.result(), s.flags().forSession(sessionId));
        });
    }

    private record Unrecorded(Applicant applicant, DeviationFlag flag, String sheetsKey) {
    }

    /**
     * The flags the merge finds now for the applicant that are not recorded for its current sheets:
     * open too, though no merge recorded them since (support recorded after the merge raises a fourth
     * year or support elsewhere this year: a tester's round 12 closed a session past both).
     */
    public static Map<Long, Long> foundNotRecorded(Store s, StoredSession stored) {
        MergedSession now = MergedSession.of(stored, stored.merge(), s.flags().forSession(stored.session().id()));
        return unrecorded(now).stream().collect(Collectors.groupingBy(u -> u.applicant().id(), Collectors.counting()));
    }

    /** The flags the merge found that are not recorded for the applicant's current sheets yet. */
    private static List<Unrecorded> unrecorded(MergedSession merged) {
        List<Unrecorded> missing = new ArrayList<>();
        for (RankedApplicant row : merged.result().rows()) {
            if (!row.result().awaitingReReview().isEmpty()) {
                continue; // found on the sheets left while a re-review is awaited: not the panel's, not to resolve (round 8)
            }
            Applicant applicant = merged.stored().applicantByCode(row.applicant().id()).orElseThrow();
            Set<String> known = merged.currentFlags(applicant).stream().map(FlagRecord::flagCode)
                    .collect(Collectors.toSet());
            for (DeviationFlag flag : row.result().flags()) {
                if (!known.contains(flag.code())) {
                    missing.add(new Unrecorded(applicant, flag, merged.stored().flagKey(applicant, flag.code())));
                }
            }
        }
        return missing;
    }

    /** The applicant's flags that hold for its current sheets and are not resolved yet. */
    public List<FlagRecord> openFlags(long applicantId) {
        return store.read(s -> {
            Applicant applicant = ReviewRules.applicant(s, applicantId);
            return openFlags(s, StoredSession.load(s, applicant.sessionId()), applicant);
        });
    }

    /** {@link #openFlags(long)} within a reading of the session already made. */
    public static List<FlagRecord> openFlags(Store s, StoredSession stored, Applicant applicant) {
        return stored.currentFlags(applicant, s.flags().forApplicant(applicant.id())).stream()
                .filter(f -> !f.resolved())
                .toList();
    }

    public void accept(Actor actor, long flagId, String reason) {
        TextField.RESOLUTION_REASON.check(reason);
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.resolveFlag");
            FlagRecord flag = unresolved(s, flagId);
            if (reason == null || reason.isBlank()) {
                throw refuse("rule.acceptReason", flag.flagCode());
            }
            s.flags().resolve(flagId, new FlagResolution(FlagResolution.Kind.ACCEPTED, reason.strip(), actor.name(),
                    store.clock().instant()));
            return null;
        });
    }

    /**
     * Orders a re-review of one expert (or, with no expert, of the whole panel) for the flag's
     * applicant: each signed sheet concerned is superseded and a new draft opens in the next round.
     */
    public void orderReReview(Actor actor, long flagId, Optional<Long> expertId, String reason) {
        TextField.RESOLUTION_REASON.check(reason);
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.resolveFlag");
            FlagRecord flag = unresolved(s, flagId);
            if (reason == null || reason.isBlank()) {
                throw refuse("rule.reReviewReason", flag.flagCode());
            }
            Applicant applicant = ReviewRules.applicant(s, flag.applicantId());
            requireReReviewable(flag.flagCode());
            StoredSession stored = StoredSession.load(s, applicant.sessionId());
            List<Expert> experts = (expertId.isPresent()
                    ? List.of(ReviewRules.expert(s, expertId.get()))
                    : stored.experts()).stream().filter(e -> !stored.recused(e.id(), applicant.id())).toList();
            int superseded = 0;
            for (Expert expert : experts) {
                Optional<ScoreSheet> sheet = stored.currentSheet(expert.id(), applicant.id());
                if (sheet.isPresent() && sheet.get().status() == SheetStatus.SIGNED) {
                    s.sheets().setStatus(sheet.get().id(), SheetStatus.SUPERSEDED, sheet.get().signedAt(),
                            reason.strip());
                    s.sheets().create(expert.id(), applicant.id(), sheet.get().round() + 1, SheetOrigin.TYPED,
                            List.copyOf(stored.session().settings().rubric().indicatorCodes()),
                            store.clock().instant());
                    superseded++;
                }
            }
            if (superseded == 0) {
                throw refuse("rule.reReviewNothing", applicant.code());
            }
            s.flags().resolve(flagId, new FlagResolution(FlagResolution.Kind.RE_REVIEW, reason.strip(), actor.name(),
                    store.clock().instant()));
            return null;
        });
    }

    private static FlagRecord unresolved(Store s, long flagId) {
        FlagRecord flag = s.flags().find(flagId).orElseThrow(() -> refuse("rule.noFlag", flagId));
        ClosedSessions.refuseApplicantChange(s, flag.applicantId());
        if (flag.resolved()) {
            throw refuse("rule.flagResolved", flag.flagCode());
        }
        return flag;
    }
}

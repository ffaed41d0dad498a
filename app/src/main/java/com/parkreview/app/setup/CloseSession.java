package com.parkreview.app.setup;

import com.parkreview.app.AppText;
import com.parkreview.app.results.ResultsStanding;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.DataMatchesHistory;
import com.parkreview.app.review.ExpertModeRules;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.StoredSession;
import com.parkreview.app.review.TextField;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Use case: the secretary closes a session (结束评审批次) — {@code session close} and Session ›
 * Close session…. Allowed only on merged results that are still current; the session is then
 * {@link SessionStatus#DECIDED} (已结束), the history says who closed it on which merge, and
 * every later change of the session is refused ({@link ClosedSessions}).
 */
public final class CloseSession {

    /** The history's action for a closing, beside the status change it explains. */
    public static final String ACTION = "close";

    /**
     * Which session, closed by whom (the secretary's name, as the history keeps it), and whether what
     * the closing decides ({@link #whatItDecides}) was accepted: without, a closing that decides
     * something is refused naming it (the window asks first; the command line says it in its
     * refusal, where it used to say it after the session had closed for good: round 14).
     */
    public record Request(long sessionId, String secretary, boolean asItStands) {

        public Request {
            secretary = TextField.ACTOR.check(secretary == null ? "" : secretary).strip();
            if (secretary.isEmpty()) {
                throw ReviewRules.refuse("close.secretaryNeeded");
            }
        }

        /** A closing whose decisions were accepted (the window's question answered). */
        public Request(long sessionId, String secretary) {
            this(sessionId, secretary, true);
        }
    }

    /**
     * The session closed: its name, who closed it, the merge (when, by whom) it was closed on, and
     * how many operators it recorded as supported in its year (rule 8).
     */
    public record Closed(long sessionId, String name, String closedBy, Instant mergedAt, String mergedBy,
            int supportYears) {
    }

    private final StoreAccess store;

    public CloseSession(StoreAccess store) {
        this.store = store;
    }

    /** Why the session cannot be closed now (not merged, results out of date, already closed), or empty when it can. */
    public Optional<LocalizedText> refusal(long sessionId) {
        return store.read(s -> refusal(s, ReviewRules.session(s, sessionId), ResultsStanding.in(s, sessionId)));
    }

    /**
     * What a closing decides that the secretary may not mean: the applicants the merge leaves
     * unfinished (fewer than three valid experts: 未完成, unranked and unfunded; a tester's round 6
     * closed a session whose late applicant had no sheet at all, unasked), and the applicants whose
     * summary has no joint opinion of the group leader yet. The question names them first.
     */
    public Optional<LocalizedText> whatItDecides(long sessionId) {
        return store.read(s -> whatItDecides(s, sessionId));
    }

    private static Optional<LocalizedText> whatItDecides(Store s, long sessionId) {
        StoredSession stored = StoredSession.load(s, sessionId);
        Optional<LocalizedText> unfinished = unfinished(stored, row -> true);
        // the summary sheet prints the group leader's opinion; a tester's round 8 closed with three
        // boxes empty, unasked (written by hand on the paper it may be: named, not refused)
        List<String> noOpinion = stored.panelApplicants().stream().filter(a -> a.jointOpinion().isBlank())
                .map(Applicant::code).toList();
        Optional<LocalizedText> opinions = noOpinion.isEmpty() ? Optional.empty()
                : Optional.of(AppText.of("close.noJointOpinion", String.join(" ", noOpinion)));
        return Stream.of(unfinished, opinions).flatMap(Optional::stream)
                .reduce((first, then) -> AppText.of("close.blockedAlso", first, then));
    }

    private static Optional<LocalizedText> unfinished(StoredSession stored, Predicate<RankedApplicant> which) {
        List<LocalizedText> rows = stored.merge().rows().stream().filter(r -> !r.result().complete()).filter(which)
                .map(r -> AppText.of("close.unfinishedOne", r.applicant().id(), r.applicant().name(),
                        r.result().validExperts()))
                .toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(AppText.of("close.unfinished", AppText.list(rows)));
    }

    /** Closes the session, or refuses saying why; nothing changes when refused. */
    public Closed close(Request request) {
        Actor secretary = Actor.secretary(request.secretary());
        return store.write(secretary, s -> {
            ExpertModeRules.secretaryOnly(s, "action.closeSession");
            ReviewSession session = ReviewRules.session(s, request.sessionId());
            if (!ClosedSessions.closed(s, session.id())) {
                ClosedSessions.refuseChange(s, session.id()); // another panel's: said before anything of its state
            }
            ResultsStanding.Standing standing = ResultsStanding.in(s, session.id());
            Optional<LocalizedText> refused = refusal(s, session, standing);
            if (refused.isPresent()) {
                throw new ValidationException(refused.get());
            }
            if (!request.asItStands()) {
                Optional<LocalizedText> decides = whatItDecides(s, session.id());
                if (decides.isPresent()) {
                    throw new ValidationException(AppText.of("close.asks", decides.get(), session.id()));
                }
            }
            DataMatchesHistory.require(s, "action.closeSession");
            Instant mergedAt = standing.mergedAt().orElseThrow();
            String mergedBy = standing.mergedBy().orElse("");
            int supportYears = SupportDecided.record(s, StoredSession.load(s, session.id()));
            s.sessions().setStatus(session.id(), SessionStatus.DECIDED);
            s.history().note(ACTION, "review_session:" + session.id(),
                    "closed by " + secretary.name() + " on the merge of " + mergedAt + " by " + mergedBy);
            return new Closed(session.id(), session.name(), secretary.name(), mergedAt, mergedBy, supportYears);
        });
    }

    private static Optional<LocalizedText> refusal(Store s, ReviewSession session, ResultsStanding.Standing standing) {
        if (ClosedSessions.closed(s, session.id())) {
            return Optional.of(AppText.of("close.already", session.id(), session.name()));
        }
        return switch (standing.state()) {
            case NOT_MERGED -> Optional.of(AppText.of("close.notMerged", session.id(), session.name()));
            // out of date, and what else is left on the data as it stands, all at once (round 9)
            case OUT_OF_DATE -> blocked(s, session, Optional.of(AppText.of("close.outOfDate", standing.words())));
            case CURRENT -> blocked(s, session, Optional.empty());
        };
    }

    /**
     * What keeps a merged session open, all of it at once so that the secretary sees every thing
     * left to do: re-reviews awaited, sheets the panel still owes (round 8), deviation flags open.
     */
    private static Optional<LocalizedText> blocked(Store s, ReviewSession session, Optional<LocalizedText> outOfDate) {
        StoredSession stored = StoredSession.load(s, session.id());
        return Stream.of(outOfDate, reReviewsAwaited(stored),
                        SheetsOwed.of(stored).map(owed -> AppText.of("close.sheetsOwed", owed)), openFlags(s, stored))
                .flatMap(Optional::stream)
                .reduce((first, then) -> AppText.of("close.blockedAlso", first, then))
                // and the applicants closing would leave unfinished once that is done (no re-review awaited: their
                // sheets are not owed), so that they do not come as a second surprise (round 21 F3)
                .map(reasons -> unfinished(stored, row -> row.result().awaitingReReview().isEmpty())
                        .map(d -> AppText.of("close.blockedDecides", reasons, d)).orElse(reasons))
                .map(reasons -> AppText.of("close.blocked", session.id(), session.name(), reasons));
    }

    /**
     * Deviation flags of the current sheets neither accepted with a reason nor sent to re-review
     * (rule 9: the secretary resolves each): closing would decide the money with them unhandled (a
     * tester's round 7 closed a session with an expert 30.5 points from the median).
     */
    private static Optional<LocalizedText> openFlags(Store s, StoredSession stored) {
        List<LocalizedText> open = new ArrayList<>();
        Map<Long, Long> unrecorded = MergeService.foundNotRecorded(s, stored);
        for (Applicant a : stored.panelApplicants()) {
            long count = MergeService.openFlags(s, stored, a).size() + unrecorded.getOrDefault(a.id(), 0L);
            if (count > 0) {
                open.add(AppText.of("close.openFlagsOf", a.code(), count));
            }
        }
        return open.isEmpty() ? Optional.empty()
                : Optional.of(AppText.of("close.openFlags", AppText.list(open)));
    }

    /** A re-review ordered and not back: closing would decide that applicant as unfinished. */
    private static Optional<LocalizedText> reReviewsAwaited(StoredSession stored) {
        List<String> awaited = new ArrayList<>();
        for (Applicant a : stored.panelApplicants()) {
            List<String> experts = stored.awaitingReReview(a);
            if (!experts.isEmpty()) {
                awaited.add(a.code() + "（" + String.join(" ", experts) + "）");
            }
        }
        return awaited.isEmpty() ? Optional.empty()
                : Optional.of(AppText.of("close.reReviewAwaited", String.join(" ", awaited)));
    }
}

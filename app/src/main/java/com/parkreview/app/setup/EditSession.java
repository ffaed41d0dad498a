package com.parkreview.app.setup;

import static com.parkreview.app.review.ReviewRules.refuse;
import static com.parkreview.app.setup.ChangedMeanwhile.field;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.ExpertModeRules;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.util.List;
import java.util.Optional;

/**
 * Use case: correct a session after it was made — {@code session edit} (and Session ›
 * Properties): its details (name, year, date, venue, secretary, budget, timing) and the programme
 * terms that may change (cap, panel-score rule, deviation thresholds; the score step only while
 * no kit has gone out and no sheet exists). Its rubric and tiers stay what the session was made
 * with. Once scoring has started the change needs a reason, kept in the history with the old
 * and new values; merged results become out of date when a figure changes.
 */
public final class EditSession {

    /** What a correction writes of the session's details. */
    private static final List<ChangedMeanwhile.Field<SessionDetails>> DETAILS = List.of(
            field("name", SessionDetails::name), field("year", SessionDetails::year), field("date", SessionDetails::date),
            field("venue", SessionDetails::venue), field("budget", SessionDetails::budget),
            field("timing", SessionDetails::timing), field("secretary", SessionDetails::secretary));
    private static final List<ChangedMeanwhile.Field<ReviewSession>> TERMS = List.of(
            field("settings", ReviewSession::settings));

    private final StoreAccess store;

    public EditSession(StoreAccess store) {
        this.store = store;
    }

    /** The session as stored now, to start the correction from. */
    public ReviewSession current(long sessionId) {
        return store.read(s -> ReviewRules.session(s, sessionId));
    }

    /**
     * What a correction of the session can no longer change: the score step once a kit went out or a
     * sheet exists, the rule and the deviation thresholds once a sheet is signed. The form greys them
     * (a tester's round 17 chose another step, and learnt only after OK and a reason that it was fixed).
     */
    public record Fixed(boolean precision, boolean ruleAndThresholds) {
    }

    public Fixed fixed(long sessionId) {
        return store.read(s -> new Fixed(started(s, sessionId), signed(s, sessionId)));
    }

    private static boolean started(Store s, long sessionId) {
        return !s.sheets().forSession(sessionId).isEmpty() || s.kits().issuedIn(sessionId) > 0;
    }

    private static boolean signed(Store s, long sessionId) {
        return s.sheets().forSession(sessionId).stream().anyMatch(x -> x.status() != SheetStatus.DRAFT);
    }

    /** Whether a correction needs a reason: scoring has started (a sheet exists). */
    public boolean reasonNeeded(long sessionId) {
        return !store.read(s -> s.sheets().forSession(sessionId)).isEmpty();
    }

    /**
     * Saves the correction of {@code startedFrom} (the session as the form or the command read it);
     * refused, nothing saved, when someone changed the session since ({@link ChangedMeanwhile}).
     * Returns how many kits were exported before it and now show the session as it was (a kit
     * carries everything but the budget): the secretary is told, to export them again for the
     * experts still scoring, whose laptops print the session's details on their sheets.
     */
    public int edit(Actor actor, ReviewSession startedFrom, SessionDetails details, ProgrammeSettings settings,
            String reason) {
        SessionDetails checked = details.checked();
        long sessionId = startedFrom.id();
        return store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.editSession");
            ReviewSession now = ReviewRules.session(s, sessionId);
            ClosedSessions.refuseChange(s, sessionId);
            new ChangedMeanwhile(s, AppText.of("changed.session", now.details().name()), "review_session", sessionId)
                    .compare(startedFrom.details(), now.details(), DETAILS)
                    .compare(startedFrom, now, TERMS)
                    .refuseIfAny();
            ProgrammeSettings was = now.settings();
            if (checked.equals(now.details()) && settings.equals(was)) {
                throw refuse("setup.nothingChanged", sessionId, now.details().name());
            }
            String given = SetupChanges.reason(s, sessionId, reason);
            if (!settings.rubric().equals(was.rubric()) || !settings.tiers().equals(was.tiers())) {
                throw refuse("setup.rubricFixed");
            }
            if (started(s, sessionId) && !settings.precision().equals(was.precision())) {
                throw refuse("setup.precisionFixed", was.precision().label());
            }
            // which totals count and which deviations are flagged turn the sheets into money: not to be
            // chosen once the scores are seen (round 15: trimmed after the merge took A03 from 840 to 1200 万元)
            if (signed(s, sessionId) && (settings.rule() != was.rule() || !settings.thresholds().equals(was.thresholds()))) {
                throw refuse("setup.ruleFixed");
            }
            s.sessions().update(sessionId, checked, settings);
            SetupChanges.keep(s, "review_session:" + sessionId, given);
            boolean kitsShowIt = !settings.equals(was) || !checked.equals(withBudget(now.details(), checked.budget()));
            return kitsShowIt ? s.kits().issuedIn(sessionId) : 0;
        });
    }

    private static SessionDetails withBudget(SessionDetails details, Optional<Money> budget) {
        return new SessionDetails(details.name(), details.year(), details.date(), details.venue(), budget,
                details.timing(), details.secretary());
    }
}

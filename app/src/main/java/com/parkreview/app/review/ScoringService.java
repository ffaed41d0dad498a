package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.AppText;
import com.parkreview.scoring.entry.ScoreEntry;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An expert's work on a sheet (rules 2, 10, 11). Every committed field is stored at once in its
 * own transaction; a refused value changes nothing. A signed sheet is locked until it is
 * re-opened with a reason.
 */
public final class ScoringService {

    private final StoreAccess store;
    /** A session's programme (rubric, precision) never changes once created: read it once. */
    private final Map<Long, ProgrammeSettings> settings =
            new ConcurrentHashMap<>();
    /** A sheet's session never changes either: the session a write to the sheet is declared for. */
    private final Map<Long, Long> sessionOfSheet = new ConcurrentHashMap<>();

    public ScoringService(StoreAccess store) {
        this.store = store;
    }

    /** The review-discipline pledge (评审纪律承诺), confirmed before scoring. */
    public void confirmPledge(Actor actor, long expertId) {
        store.write(actor, s -> {
            ClosedSessions.refuseChange(s, ReviewRules.expert(s, expertId).sessionId());
            ExpertModeRules.ownWork(s, expertId);
            s.experts().confirmPledge(expertId, store.clock().instant());
            return null;
        });
    }

    /** A declared conflict of interest (回避): the applicant leaves the expert's list. */
    public void declareRecusal(Actor actor, long expertId, long applicantId, String reason) {
        TextField.RECUSAL_REASON.check(reason);
        store.write(actor, s -> {
            Expert expert = ReviewRules.expert(s, expertId);
            Applicant applicant = ReviewRules.applicant(s, applicantId);
            ReviewRules.newRecusal(s, expert, applicant, reason);
            ExpertModeRules.ownWork(s, expertId);
            Optional<ScoreSheet> sheet = s.sheets().current(expertId, applicantId);
            if (sheet.isPresent() && sheet.get().status() == SheetStatus.SIGNED) {
                throw refuse("rule.recuseAfterSigning", expert.code(), applicant.code());
            }
            s.experts().declareRecusal(expertId, applicantId, reason.strip(), store.clock().instant());
            return null;
        });
    }

    /** The expert's sheet of the latest round for the applicant; a first draft is created when there is none. */
    public ScoreSheet openSheet(Actor actor, long expertId, long applicantId) {
        Optional<ScoreSheet> existing = store.read(s -> {
            ExpertModeRules.ownWork(s, expertId);
            return s.sheets().current(expertId, applicantId);
        });
        if (existing.isPresent()) {
            return existing.get();
        }
        return store.write(actor, s -> {
            Expert expert = ReviewRules.expert(s, expertId);
            Applicant applicant = ReviewRules.applicant(s, applicantId);
            sameSession(expert, applicant);
            ClosedSessions.refuseChange(s, expert.sessionId());
            if (recused(s, expert, applicant)) {
                throw refuse("rule.recusedNoSheet", expert.code(), applicant.code());
            }
            if (!applicant.preReview().passed()) {
                throw refuse("rule.notPassed", applicant.code(), applicant.name());
            }
            ReviewSession session = ReviewRules.session(s, applicant.sessionId());
            long id = s.sheets().create(expertId, applicantId, 1, SheetOrigin.TYPED,
                    List.copyOf(session.settings().rubric().indicatorCodes()),
                    store.clock().instant());
            ReviewRules.scoringStarted(s, session.id());
            return s.sheets().find(id).orElseThrow();
        });
    }

    /**
     * Commits what was typed into an indicator's field: stored when rule 2 allows it, else
     * refused with the reason and nothing changed.
     */
    public ScoreEntry.Result commitScore(Actor actor, long sheetId, String indicatorCode, String typed) {
        return commitScore(actor, sheetId, indicatorCode, typed, Optional.empty(), false);
    }

    /**
     * The same from a form that shows the score as {@code shown}: refused ({@link
     * ScoreChangedMeanwhile}) when another machine changed it since, so that neither value is lost
     * without its writer knowing.
     */
    public ScoreEntry.Result commitScore(Actor actor, long sheetId, String indicatorCode, String typed,
            Optional<BigDecimal> shown) {
        return commitScore(actor, sheetId, indicatorCode, typed, shown, true);
    }

    private ScoreEntry.Result commitScore(Actor actor, long sheetId, String indicatorCode, String typed,
            Optional<BigDecimal> shown, boolean versioned) {
        return store.writeInSession(sessionOf(sheetId), actor, s -> {
            SheetState sheet = editable(s, sheetId);
            if (versioned) {
                ScoreChangedMeanwhile.check(s, sheetId, indicatorCode, shown, typed);
            }
            ProgrammeSettings programme = settingsOf(s, sheet.sessionId());
            Indicator indicator = programme.rubric().indicator(indicatorCode)
                    .orElseThrow(() -> refuse("rule.noIndicator", indicatorCode));
            ScoreEntry.Result result = ScoreEntry.read(indicator, typed, programme.precision());
            if (result instanceof ScoreEntry.Accepted accepted) {
                s.sheets().setScore(sheetId, indicatorCode, Optional.of(accepted.score()));
            }
            return result;
        });
    }

    /** Empties an indicator's score (the expert deleted what was in the field), which the form showed as {@code shown}. */
    public void clearScore(Actor actor, long sheetId, String indicatorCode, Optional<BigDecimal> shown) {
        store.writeInSession(sessionOf(sheetId), actor, s -> {
            editable(s, sheetId);
            ScoreChangedMeanwhile.check(s, sheetId, indicatorCode, shown, "");
            s.sheets().setScore(sheetId, indicatorCode, Optional.empty());
            return null;
        });
    }

    public void setComment(Actor actor, long sheetId, String indicatorCode, String comment) {
        String text = TextField.COMMENT.check(comment);
        store.writeInSession(sessionOf(sheetId), actor, s -> {
            editable(s, sheetId);
            s.sheets().setComment(sheetId, indicatorCode, text);
            return null;
        });
    }

    /** The overall opinion (评价意见), required before signing. */
    public void setOpinion(Actor actor, long sheetId, String opinion) {
        String text = TextField.OPINION.check(opinion);
        store.writeInSession(sessionOf(sheetId), actor, s -> {
            editable(s, sheetId);
            s.sheets().setOpinion(sheetId, text);
            return null;
        });
    }

    /** Signs and locks the sheet: every indicator scored and the opinion written (rule 10). */
    public ScoreSheet sign(Actor actor, long sheetId) {
        ScoreSheet signed = store.write(actor, s -> {
            editable(s, sheetId);
            ScoreSheet sheet = ReviewRules.sheet(s, sheetId);
            if (!sheet.complete()) {
                String missing = String.join(" ", sheet.entries().stream()
                        .filter(e -> e.score().isEmpty()).map(IndicatorEntry::code).toList());
                throw refuse("rule.signIncomplete", missing);
            }
            if (!TextField.saysSomething(sheet.opinion())) {
                throw refuse("rule.signNoOpinion");
            }
            s.sheets().setStatus(sheetId, SheetStatus.SIGNED, Optional.of(store.clock().instant()), "");
            return s.sheets().find(sheetId).orElseThrow();
        });
        store.syncToDisk();
        return signed;
    }

    /** Re-opens a signed sheet for correction; the reason goes into the history (rule 10). */
    public void reopen(Actor actor, long sheetId, String reason) {
        TextField.REOPEN_REASON.check(reason);
        store.write(actor, s -> {
            ScoreSheet sheet = ReviewRules.sheet(s, sheetId);
            ClosedSessions.refuseSheetChange(s, sheetId);
            ExpertModeRules.ownWork(s, sheet.expertId());
            if (sheet.status() != SheetStatus.SIGNED) {
                throw refuse("rule.reopenNotSigned", AppText.of("sheet.state." + sheet.status().name()));
            }
            if (reason == null || reason.isBlank()) {
                throw refuse("rule.reopenReason");
            }
            s.sheets().setStatus(sheetId, SheetStatus.DRAFT, Optional.empty(), reason.strip());
            return null;
        });
    }

    /** The session of a sheet, read once: its writes are declared for it ({@link StoreAccess#writeInSession}). */
    private long sessionOf(long sheetId) {
        Long known = sessionOfSheet.get(sheetId);
        if (known != null) {
            return known;
        }
        long sessionId = store.read(s -> s.sheets().state(sheetId)).map(SheetState::sessionId)
                .orElseThrow(() -> refuse("rule.noSheet", sheetId));
        sessionOfSheet.put(sheetId, sessionId);
        return sessionId;
    }

    private SheetState editable(Store s, long sheetId) {
        SheetState sheet = s.sheets().state(sheetId).orElseThrow(() -> refuse("rule.noSheet", sheetId));
        Long declared = sessionOfSheet.get(sheetId);
        if (declared != null && declared != sheet.sessionId()) {
            throw new IllegalStateException("sheet " + sheetId + " was in session " + declared + ", now in "
                    + sheet.sessionId());
        }
        ClosedSessions.refuseChange(s, sheet.sessionId());
        ExpertModeRules.ownWork(s, sheet.expertId());
        if (!sheet.editable()) {
            throw refuse(sheet.status() == SheetStatus.SIGNED ? "rule.sheetSigned" : "rule.sheetSuperseded");
        }
        return sheet;
    }

    private ProgrammeSettings settingsOf(Store s, long sessionId) {
        return settings.computeIfAbsent(sessionId, id -> ReviewRules.session(s, id).settings());
    }

    private static boolean recused(Store s, Expert expert, Applicant applicant) {
        return s.experts().recusals(expert.sessionId()).stream()
                .anyMatch(r -> r.expertId() == expert.id() && r.applicantId() == applicant.id());
    }

    private static void sameSession(Expert expert, Applicant applicant) {
        if (expert.sessionId() != applicant.sessionId()) {
            throw refuse("rule.otherSession", expert.code(), applicant.code());
        }
    }
}

package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;

/** Refusals of the review's rules, each with the sentence the user sees. */
public final class ReviewRules {

    private ReviewRules() {
    }

    public static ValidationException refuse(String key, Object... args) {
        return new ValidationException(AppText.of(key, args));
    }

    public static Applicant applicant(Store store, long applicantId) {
        return store.applicants().find(applicantId).orElseThrow(() -> refuse("rule.noApplicant", applicantId));
    }

    public static Expert expert(Store store, long expertId) {
        return store.experts().find(expertId).orElseThrow(() -> refuse("rule.noExpert", expertId));
    }

    public static ReviewSession session(Store store, long sessionId) {
        return store.sessions().find(sessionId).orElseThrow(() -> refuse("rule.noSession", sessionId,
                store.sessions().list().stream().map(s -> String.valueOf(s.id())).reduce((a, b) -> a + " " + b)
                        .orElse("—")));
    }

    /**
     * What every recusal needs, before signing or after: expert and applicant of the same session,
     * that session not closed, a reason, and no recusal recorded for the pair already.
     */
    static void newRecusal(Store store, Expert expert, Applicant applicant, String reason) {
        if (expert.sessionId() != applicant.sessionId()) {
            throw refuse("rule.otherSession", expert.code(), applicant.code());
        }
        ClosedSessions.refuseChange(store, expert.sessionId());
        if (reason == null || reason.isBlank()) {
            throw refuse("rule.recusalReason", expert.code(), applicant.code());
        }
        if (store.experts().recusals(expert.sessionId()).stream()
                .anyMatch(r -> r.expertId() == expert.id() && r.applicantId() == applicant.id())) {
            throw refuse("rule.alreadyRecused", expert.code(), applicant.code());
        }
    }

    static ScoreSheet sheet(Store store, long sheetId) {
        return store.sheets().find(sheetId).orElseThrow(() -> refuse("rule.noSheet", sheetId));
    }

    /**
     * The session's scoring has started (a kit handed out, a sheet opened): a session still set up
     * is from then on 评分中, as the experts' laptops already said (a tester's rounds 6 and 7 saw
     * 设置中 beside fourteen signed sheets).
     */
    public static void scoringStarted(Store store, long sessionId) {
        if (session(store, sessionId).status() == SessionStatus.SETUP) {
            store.sessions().setStatus(sessionId, SessionStatus.SCORING);
        }
    }
}

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
        return store.sessions().find(sessionId).orElseThrow(() -> refuse("rule.noSession", sessionId));
    }

    static ScoreSheet sheet(Store store, long sheetId) {
        return store.sheets().find(sheetId).orElseThrow(() -> refuse("rule.noSheet", sheetId));
    }
}

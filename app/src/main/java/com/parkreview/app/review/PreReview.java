package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import java.util.Optional;

/** The pre-review (初审) of an application: pending, passed, or failed with its reason. */
public record PreReview(Result result, Optional<FailReason> reason, String note) {

    public enum Result { PENDING, PASSED, FAILED }

    /** 第三部分（四）1: why an application is not taken to the panel. */
    public enum FailReason { MATERIALS_INCOMPLETE, LATE, NOT_ELIGIBLE }

    public static final PreReview PENDING = new PreReview(Result.PENDING, Optional.empty(), "");
    public static final PreReview PASSED = new PreReview(Result.PASSED, Optional.empty(), "");

    public PreReview {
        reason = reason == null ? Optional.empty() : reason;
        note = note == null ? "" : note.strip();
        if ((result == Result.FAILED) != reason.isPresent()) {
            throw new ValidationException(AppText.of("prereview.reason"));
        }
    }

    public static PreReview failed(FailReason reason, String note) {
        return new PreReview(Result.FAILED, Optional.of(reason), note);
    }

    public boolean passed() {
        return result == Result.PASSED;
    }
}

package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import java.time.Instant;

/** An expert's declared conflict of interest (回避) with an applicant, as kits and score files carry it. */
public record DeclaredRecusal(String applicantCode, String reason, Instant declaredAt) {

    public DeclaredRecusal {
        if (!Codes.valid(applicantCode)) {
            throw new ValidationException(AppText.of("applicant.code", applicantCode));
        }
        if (declaredAt == null) {
            throw new IllegalArgumentException("a recusal has its time");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(AppText.of("exchange.recusalReason", applicantCode));
        }
    }
}

package com.parkreview.app.review;

import java.time.Instant;

/** An expert's declared conflict of interest (回避) with one applicant, and its reason. */
public record Recusal(long expertId, long applicantId, String reason, Instant declaredAt) {
}

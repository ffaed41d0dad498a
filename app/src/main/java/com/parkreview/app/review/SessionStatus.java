package com.parkreview.app.review;

/** Where a review session (评审批次) stands: set-up → scoring → merged → decided. */
public enum SessionStatus {
    SETUP, SCORING, MERGED, DECIDED
}

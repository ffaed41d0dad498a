package com.parkreview.app.review;

/** Where a review session (评审批次) stands: set-up → scoring → merged → decided (closed, 已结束: nothing changes any more). */
public enum SessionStatus {
    SETUP, SCORING, MERGED, DECIDED
}

package com.parkreview.app.review;

import java.time.Instant;

/** How the secretary resolved a deviation flag: accepted with a written reason, or a re-review ordered. */
public record FlagResolution(Kind kind, String reason, String resolvedBy, Instant resolvedAt) {

    public enum Kind { ACCEPTED, RE_REVIEW }
}

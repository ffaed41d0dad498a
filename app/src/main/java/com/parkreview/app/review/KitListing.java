package com.parkreview.app.review;

import java.time.Instant;
import java.util.Optional;

/**
 * Which kits may list an applicant. A kit lists the applicants that had passed pre-review when it
 * was exported; a kit is not kept, so the history says when the applicant first passed, and only
 * kits exported since then may carry it. An applicant imported by mistake after the kits went out
 * is in none of them, and can still be removed or re-coded (a tester's round 7 found such a row
 * stuck in the session, refused for "4 kits handed out", which none listed).
 */
public final class KitListing {

    private KitListing() {
    }

    /** How many of the session's kits may list the applicant: those exported since it first passed pre-review. */
    public static int kitsThatMayList(Store s, Applicant applicant) {
        return firstPassed(s, applicant.id()).map(at -> s.kits().issuedInSince(applicant.sessionId(), at)).orElse(0);
    }

    private static Optional<Instant> firstPassed(Store s, long applicantId) {
        return s.history().forEntity(HistoryRepository.APPLICANT, String.valueOf(applicantId)).stream()
                .filter(e -> e.field().equals("prereview") && e.newValue().filter(v -> v.startsWith("PASSED")).isPresent())
                .map(HistoryEntry::at).findFirst();
    }
}

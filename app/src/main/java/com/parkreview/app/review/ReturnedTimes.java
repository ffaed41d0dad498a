package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The times a score file states must be ones its expert could have signed at. A tester's round 5
 * signed files with an expert's own key saying 2099, and after the file's own export: each was
 * imported, and import orders rounds by these times, so a file stamped 2099 made every genuine
 * later one look older. A laptop's clock may be off by hours (a time zone set wrong), so a day is
 * allowed against the secretary's clock; a sheet signed after its own file was exported is never
 * allowed (one clock, the laptop's). A time long past (the tester's 2001) makes no file look newer
 * than it is, and is not refused.
 */
final class ReturnedTimes {

    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private ReturnedTimes() {
    }

    static void check(ReturnedScores scores, Instant now) {
        if (scores.exportedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw refuse("import.exportedInFuture", scores.expertCode(), scores.exportedAt().toString(), now.toString());
        }
        for (ReturnedSheet sheet : scores.sheets()) {
            // the export time is written to the second, a signing to the microsecond: compared to the second
            if (sheet.signedAt().truncatedTo(ChronoUnit.SECONDS).isAfter(scores.exportedAt())) {
                throw refuse("import.signedAfterExport", scores.expertCode(), sheet.applicantCode(),
                        sheet.signedAt().toString(), scores.exportedAt().toString());
            }
        }
        for (DeclaredRecusal recusal : scores.recusals()) { // round 6: a recusal dated 2099 was taken as it stood
            if (recusal.declaredAt().truncatedTo(ChronoUnit.SECONDS).isAfter(scores.exportedAt())) {
                throw refuse("import.declaredAfterExport", scores.expertCode(), recusal.applicantCode(),
                        recusal.declaredAt().toString(), scores.exportedAt().toString());
            }
        }
    }
}

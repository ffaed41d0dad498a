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
 * allowed against the secretary's clock, both ways: a file exported in the future, a sheet signed
 * before its kit was made; a sheet signed after its own file was exported is never allowed (one
 * clock, the laptop's).
 */
final class ReturnedTimes {

    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private ReturnedTimes() {
    }

    static void check(ReturnedScores scores, Instant now, Instant kitIssuedAt) {
        if (scores.exportedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw refuse("import.exportedInFuture", scores.expertCode(), scores.exportedAt().toString(), now.toString());
        }
        for (ReturnedSheet sheet : scores.sheets()) {
            // a kit carries no sheets: each was signed on the laptop after the kit was made (round 23 signed one in 2020)
            if (sheet.signedAt().isBefore(kitIssuedAt.minus(CLOCK_SKEW))) {
                throw refuse("import.signedBeforeKit", scores.expertCode(), sheet.applicantCode(),
                        sheet.signedAt().toString(), kitIssuedAt.toString());
            }
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

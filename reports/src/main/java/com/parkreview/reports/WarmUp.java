package com.parkreview.reports;

import com.parkreview.reports.data.Applicant;
import com.parkreview.reports.data.SessionHeader;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.time.LocalDate;

/** The placeholder session and applicant that {@link ReportService#preload()} prints to nowhere. */
final class WarmUp {

    private static final String FIRST_17 = "91110000MA0000000";

    static final SessionHeader HEADER = new SessionHeader("预热", "预热", 2026, LocalDate.of(2026, 1, 1), "", 1);
    static final Applicant APPLICANT = new Applicant("WARMUP", "预热申报单位",
            new UnifiedSocialCreditCode(FIRST_17 + UnifiedSocialCreditCode.checkCharacter(FIRST_17)), 1);

    private WarmUp() {
    }
}

package com.parkreview.reports.fill;

import com.parkreview.reports.data.Applicant;
import java.util.Map;

/** The applicant's lines in a sheet's head. */
final class ApplicantLines {

    private ApplicantLines() {
    }

    static Map<String, Object> of(Applicant applicant) {
        return Map.of(
                "APPLICANT_ID", applicant.id(),
                "APPLICANT_NAME", applicant.name(),
                "APPLICANT_USCC", applicant.uscc().value(),
                "DEFENSE_ORDER_TEXT", "第 " + applicant.defenseOrder() + " 位");
    }
}

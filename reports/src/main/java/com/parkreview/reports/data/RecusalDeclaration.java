package com.parkreview.reports.data;

/** An expert's declaration of a conflict of interest (回避) with one applicant, and its reason. */
public record RecusalDeclaration(String expertId, Applicant applicant, String reason) {

    public RecusalDeclaration {
        Ids.require(expertId, "expert");
        if (applicant == null) {
            throw new IllegalArgumentException("a recusal names its applicant");
        }
        Ids.requireText(reason, "the reason for recusal");
    }
}

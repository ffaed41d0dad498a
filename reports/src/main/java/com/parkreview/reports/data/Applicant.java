package com.parkreview.reports.data;

import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;

/** An applicant (申报单位) as printed: id, name, 统一社会信用代码 and its place in the defense order. */
public record Applicant(String id, String name, UnifiedSocialCreditCode uscc, int defenseOrder) {

    public Applicant {
        Ids.require(id, "applicant");
        Ids.requireText(name, "applicant name");
        if (uscc == null) {
            throw new IllegalArgumentException("applicant " + id + " needs its 统一社会信用代码");
        }
        if (defenseOrder < 1) {
            throw new IllegalArgumentException("defense order must be 1 or more: " + defenseOrder);
        }
    }
}

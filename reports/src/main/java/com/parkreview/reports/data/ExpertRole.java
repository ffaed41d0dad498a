package com.parkreview.reports.data;

/** The kind of expert a panel seat is for. */
public enum ExpertRole {
    INDUSTRY("industry", "产业专家"),
    FINANCE("finance", "财务专家");

    private final String code;
    private final String label;

    ExpertRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable word used in the verification code's canonical form. */
    public String code() {
        return code;
    }

    /** As printed on the sheets. */
    public String label() {
        return label;
    }
}

package com.parkreview.reports.data;

/** Where an expert's sheet stands (rules 9 and 10). */
public enum SheetStatus {
    /** Being filled in; not signed. */
    DRAFT("未签名"),
    /** Signed, and so locked. */
    SIGNED("已签名"),
    /** Replaced by a re-review (复评); kept, never deleted. */
    SUPERSEDED("已被复评替代");

    private final String label;

    SheetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package com.parkreview.reports.fill;

/** The five kinds of formal sheet, in the order a session's pack prints them. */
public enum SheetKind {
    SIGN_IN("专家签到表"),
    BLANK_SHEET("评分表"),
    EXPERT_SHEET("专家评分表"),
    PANEL_SUMMARY("专家组评分汇总表"),
    RESULTS("评审结果汇总表");

    private final String title;

    SheetKind(String title) {
        this.title = title;
    }

    /** The sheet's title as printed. */
    public String title() {
        return title;
    }
}

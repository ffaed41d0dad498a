package com.parkreview.app.review;

/** 第三部分（三）1: the panel draws 产业专家 and 财务专家. */
public enum ExpertRole {
    INDUSTRY("产业专家"),
    FINANCE("财务专家");

    private final String label;

    ExpertRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

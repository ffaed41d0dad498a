package com.parkreview.app.review;

import java.util.Locale;
import java.util.Optional;

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

    /** The role written as its Chinese label (产业专家) or its English name (industry), in any case. */
    public static Optional<ExpertRole> parse(String written) {
        String value = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        for (ExpertRole role : values()) {
            if (value.equals(role.label) || value.equals(role.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

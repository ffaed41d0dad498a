package com.parkreview.reports.fill;

import com.parkreview.reports.data.Expert;

/** How an expert is named on a sheet. */
final class ExpertLines {

    private ExpertLines() {
    }

    /** 王建国　北京理工大学　产业专家（组长） */
    static String describe(Expert expert) {
        StringBuilder text = new StringBuilder(expert.name());
        if (!expert.organisation().isBlank()) {
            text.append('\u3000').append(expert.organisation());
        }
        text.append('\u3000').append(expert.role().label());
        if (expert.groupLeader()) {
            text.append("（组长）");
        }
        return text.toString();
    }
}

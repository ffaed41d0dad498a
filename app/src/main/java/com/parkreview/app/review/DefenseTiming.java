package com.parkreview.app.review;

/** The length of a defense (答辩): the applicant's presentation, then questions and answers. */
public record DefenseTiming(int presentationMinutes, int qaMinutes) {

    public static final DefenseTiming DEFAULT = new DefenseTiming(15, 10);

    public DefenseTiming {
        if (presentationMinutes < 1 || qaMinutes < 1) {
            throw new IllegalArgumentException("defense phases last at least a minute");
        }
    }

    public int totalMinutes() {
        return presentationMinutes + qaMinutes;
    }
}

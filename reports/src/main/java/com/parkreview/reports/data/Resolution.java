package com.parkreview.reports.data;

/**
 * How the secretary resolved a deviation flag (rule 9): accepted with a written reason, or a
 * re-review (复评) ordered, with the instruction given to the expert.
 */
public record Resolution(Kind kind, String text) {

    /** The two ways a flag is resolved. */
    public enum Kind {
        ACCEPTED("accepted", "予以接受"),
        RE_REVIEW_ORDERED("re_review", "责令复评");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    public Resolution {
        if (kind == null) {
            throw new IllegalArgumentException("resolution kind is required");
        }
        Ids.requireText(text, "the resolution's reason or instruction");
    }

    public static Resolution accepted(String reason) {
        return new Resolution(Kind.ACCEPTED, reason);
    }

    public static Resolution reReviewOrdered(String instruction) {
        return new Resolution(Kind.RE_REVIEW_ORDERED, instruction);
    }
}

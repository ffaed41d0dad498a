package com.parkreview.app.sheets;

import java.util.Optional;

/** Which sheets: a kind, and where it needs them, the applicant and the expert (by code); empty means all. */
public record SheetRequest(Kind kind, Optional<String> applicant, Optional<String> expert) {

    /** The printed sheets of a session. */
    public enum Kind {
        BLANK("blank"), EXPERT("expert"), SUMMARY("summary"), RESULTS("results"), SIGN_IN("signin"), PACK("pack");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word used on the command line. */
        public String word() {
            return word;
        }

        public static Optional<Kind> of(String word) {
            for (Kind kind : values()) {
                if (kind.word.equals(word)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public SheetRequest {
        applicant = applicant == null ? Optional.empty() : applicant;
        expert = expert == null ? Optional.empty() : expert;
    }
}

package com.parkreview.app.review;

import java.time.Instant;
import java.util.Optional;

/**
 * A sheet ParkReview made for output, recorded under the verification code printed on it: what
 * the sheet is (kind, session, applicant and expert where they apply, the round its head
 * carries), the canonical text the code is the hash of, when and by whom it was printed, and the
 * history entry that records the printing (none for a sheet printed before version 7): a history
 * that no longer holds it was cut back or rewritten since.
 */
public record PrintedSheet(
        String code,
        Kind kind,
        long sessionId,
        Optional<Long> applicantId,
        Optional<Long> expertId,
        int round,
        String canonicalText,
        Instant printedAt,
        String printedBy,
        Optional<HistoryHead> historyHead) {

    /** The kinds of printed sheet, by the words the command line and the store use. */
    public enum Kind {
        BLANK("blank"), EXPERT("expert"), SUMMARY("summary"), RESULTS("results"), SIGN_IN("signin");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Kind of(String word) {
            for (Kind kind : values()) {
                if (kind.word.equals(word)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not a kind of printed sheet: " + word);
        }
    }

    public PrintedSheet {
        applicantId = applicantId == null ? Optional.empty() : applicantId;
        expertId = expertId == null ? Optional.empty() : expertId;
        historyHead = historyHead == null ? Optional.empty() : historyHead;
    }

    /** A sheet to record: the printing time and the actor are the transaction's. */
    public record New(String code, Kind kind, long sessionId, Optional<Long> applicantId, Optional<Long> expertId,
            int round, String canonicalText) {
    }
}

package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.AppText;

/**
 * Nothing is decided, printed or closed from data its history does not hold. A tester's round 5
 * changed an applicant's support already received (300 to 0 万元) with H2's own shell: the merge
 * was recorded with 1,050 万元 instead of 750, the results list printed, its code verified and the
 * session closed, every command exit 0; only {@code verify} said. Recording the merge, printing a
 * sheet and closing a session now run {@code verify}'s check first (the chain, and every table
 * against the row journal) and are refused at its first difference.
 */
public final class DataMatchesHistory {

    private DataMatchesHistory() {
    }

    /** Refuses the action (named by its key of the messages) when the data does not agree with its history. */
    public static void require(Store store, String actionKey) {
        ChainCheck check = store.history().verify();
        check.firstBreak().ifPresent(first -> {
            throw refuse("rules.dataNotInHistory", AppText.of(actionKey), check.breakCount(), first.what());
        });
    }
}

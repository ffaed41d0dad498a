package com.parkreview.app.review;

import com.parkreview.scoring.LocalizedText;
import java.util.Optional;

/**
 * The result of re-computing the history chain and comparing the stored data with it: how many
 * entries were checked and the first thing that does not match, if any.
 */
public record ChainCheck(long entries, Optional<Break> firstBreak) {

    /** Where the chain or the data stops matching, in words. */
    public record Break(long seq, LocalizedText what) {
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}

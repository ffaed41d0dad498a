package com.parkreview.app.review;

import com.parkreview.scoring.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * The result of re-computing the history chain and replaying its row journal against the stored
 * tables: how many entries were checked, and every place where the chain or the data does not
 * match (at most {@link #MAX_REPORTED}; {@code more} counts the rest).
 */
public record ChainCheck(long entries, List<Break> breaks, long more) {

    public static final int MAX_REPORTED = 200;

    /** Where the chain or the data stops matching, in words; {@code seq} 0 for a difference in the data. */
    public record Break(long seq, LocalizedText what) {
    }

    public ChainCheck {
        breaks = List.copyOf(breaks);
    }

    public static ChainCheck intact(long entries) {
        return new ChainCheck(entries, List.of(), 0);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** A file with no history at all: nothing was ever recorded in it, or it was emptied. */
    public boolean empty() {
        return entries == 0;
    }

    public Optional<Break> firstBreak() {
        return breaks.stream().findFirst();
    }

    /** Every break found, counting those beyond the ones kept. */
    public long breakCount() {
        return breaks.size() + more;
    }
}

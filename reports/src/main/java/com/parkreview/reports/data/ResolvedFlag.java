package com.parkreview.reports.data;

import com.parkreview.scoring.deviation.DeviationFlag;

/**
 * A deviation flag raised in one round of an applicant's merge, with the secretary's resolution.
 * A flag of an earlier round stays on the summary after its re-review, beside the superseded scores.
 */
public record ResolvedFlag(DeviationFlag flag, int round, Resolution resolution) {

    public ResolvedFlag {
        if (flag == null || resolution == null) {
            throw new IllegalArgumentException("a resolved flag needs its flag and its resolution");
        }
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more: " + round);
        }
    }
}

package com.parkreview.app.persistence;

import com.parkreview.app.review.DataMatchesHistory;
import com.parkreview.app.review.StoreWork;

/**
 * The first change a process makes to a file runs verify's check first, in the same transaction:
 * a file changed outside ParkReview is refused for changes at its first difference. A tester's
 * round 7 changed an applicant's support received with H2's shell, then corrected the phone: the
 * correction journaled the whole row, edit and all, and verify called the file intact; the merge
 * then paid 300 万元 more. Later changes of the same process are not checked again (the decisions
 * are: {@link DataMatchesHistory}); a file changed outside while a window has it open is not
 * caught here.
 */
final class FirstChangeCheck {

    private volatile boolean done;

    <T> StoreWork<T> before(StoreWork<T> work) {
        if (done) {
            return work;
        }
        return store -> {
            DataMatchesHistory.require(store, "action.anyChange");
            done = true;
            return work.run(store);
        };
    }
}

package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.AppText;

/**
 * What expert mode allows: in an expert's laptop copy of a session only that expert's own
 * sheets, recusals and pledge change; the secretary's work is refused with a sentence that says
 * where it is done. A database not in expert mode (the secretary's) allows everything.
 */
public final class ExpertModeRules {

    private ExpertModeRules() {
    }

    /** Refuses a change to another expert's work in expert mode. */
    static void ownWork(Store store, long expertId) {
        store.expertMode().current().ifPresent(mode -> {
            if (mode.expertId() != expertId) {
                String other = store.experts().find(expertId).map(Expert::code).orElse(String.valueOf(expertId));
                throw refuse("expertMode.otherExpert", mode.expertCode(), other);
            }
        });
    }

    /** Refuses the secretary's work in expert mode; {@code actionKey} names it (a key of the messages). */
    public static void secretaryOnly(Store store, String actionKey) {
        store.expertMode().current().ifPresent(mode -> {
            throw refuse("expertMode.secretaryOnly", mode.expertCode(), AppText.of(actionKey));
        });
    }
}

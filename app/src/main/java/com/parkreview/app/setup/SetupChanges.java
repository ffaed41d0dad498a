package com.parkreview.app.setup;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.TextField;
import com.parkreview.scoring.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every correction of a session's set-up keeps: once scoring has started (a sheet
 * exists) a change needs a reason, kept in the history; a removal is refused while anything
 * depends on what would go, every dependency named.
 */
final class SetupChanges {

    /** The history's action for the reason given with a change. */
    static final String REASON = "reason";

    private final List<LocalizedText> uses = new ArrayList<>();

    /** The reason, stripped, or "" when none was needed and none was given. */
    static String reason(Store s, long sessionId, String typed) {
        String reason = typed == null ? "" : TextField.CHANGE_REASON.check(typed).strip();
        if (reason.isEmpty() && !s.sheets().forSession(sessionId).isEmpty()) {
            throw refuse("setup.reasonNeeded");
        }
        return reason;
    }

    /** Keeps the reason in the history, next to the change it explains. */
    static void keep(Store s, String subject, String reason) {
        if (!reason.isEmpty()) {
            s.history().note(REASON, subject, reason);
        }
    }

    /** Counts a dependency of what would be removed, when there are any. */
    SetupChanges use(int count, String key) {
        if (count > 0) {
            uses.add(AppText.of(key, count));
        }
        return this;
    }

    /** Refuses the removal of {@code what} when anything depends on it. */
    void refuseRemovalIfUsed(String refusalKey, String code, String name) {
        if (!uses.isEmpty()) {
            throw refuse(refusalKey, code, name, AppText.list(uses));
        }
    }
}

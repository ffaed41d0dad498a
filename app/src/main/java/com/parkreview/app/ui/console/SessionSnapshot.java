package com.parkreview.app.ui.console;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.StoredSession;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A session as the secretary's console shows it, read once: the stored data, the merge, and each
 * applicant's recorded flags (recorded as they are found, so that each can be resolved). The
 * console's views read from it; an action that changes data takes a new one.
 */
public record SessionSnapshot(StoredSession stored, SessionResult result, Map<Long, List<FlagRecord>> flags) {

    /** Merges (recording newly found flags when the file can be written) and reads everything once. */
    public static SessionSnapshot take(StoreAccess store, MergeService merge, Actor actor, long sessionId) {
        if (store.writable()) {
            merge.mergeAndRecordFlags(actor, sessionId);
        }
        return store.read(s -> {
            StoredSession stored = StoredSession.load(s, sessionId);
            Map<Long, List<FlagRecord>> flags = stored.applicants().stream()
                    .collect(Collectors.toMap(Applicant::id, a -> s.flags().forApplicant(a.id())));
            return new SessionSnapshot(stored, stored.merge(), flags);
        });
    }

    public RankedApplicant row(Applicant applicant) {
        return result.row(applicant.code()).orElseThrow();
    }

    /** The applicant's flag records that hold for its current sheets. */
    public List<FlagRecord> currentFlags(Applicant applicant) {
        String key = stored.sheetsKey(applicant);
        return flags.getOrDefault(applicant.id(), List.of()).stream().filter(f -> f.sheetsKey().equals(key)).toList();
    }
}

package com.parkreview.app.testing;

import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertKey;
import com.parkreview.app.review.Recusal;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.StoreAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything an import could change, read at one moment: the history's length, every session's
 * sheets (all rounds, every line), recusals, experts (fingerprints included) and pinned keys.
 * Two equal snapshots mean nothing was changed in between.
 */
public record StoreSnapshot(long history, List<SessionSummary> sessions, List<ScoreSheet> sheets,
        List<Recusal> recusals, List<Expert> experts, List<Optional<ExpertKey>> pinnedKeys) {

    public static StoreSnapshot of(StoreAccess store) {
        return store.read(s -> {
            List<ScoreSheet> sheets = new ArrayList<>();
            List<Recusal> recusals = new ArrayList<>();
            List<Expert> experts = new ArrayList<>();
            List<SessionSummary> sessions = s.sessions().list();
            for (SessionSummary session : sessions) {
                sheets.addAll(s.sheets().forSession(session.id()));
                recusals.addAll(s.experts().recusals(session.id()));
                experts.addAll(s.experts().list(session.id()));
            }
            List<Optional<ExpertKey>> keys = experts.stream().map(e -> s.kits().pinnedKey(e.id())).toList();
            return new StoreSnapshot(s.history().count(), sessions, sheets, recusals, experts, keys);
        });
    }
}

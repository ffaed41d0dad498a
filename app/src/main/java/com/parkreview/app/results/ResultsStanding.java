package com.parkreview.app.results;

import com.parkreview.app.AppText;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.StoredSession;
import com.parkreview.scoring.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Query: whether a session's results are still those of its last merge (汇总). A recusal, a
 * signature, a re-opened sheet or an applicant withdrawn after the merge can change them; then
 * the results are out of date until the secretary merges again, and the sheets that carry them
 * are not printed from stale data.
 */
public final class ResultsStanding {

    /** Where the results stand. */
    public enum State {
        /** Never merged in this version (or the merge's record could not be read): nothing to compare with. */
        NOT_MERGED,
        /** The data gives the results the last merge decided. */
        CURRENT,
        /** The data now gives other results than the last merge decided. */
        OUT_OF_DATE
    }

    /** The standing, with the last merge (when, by whom) and what differs from it. */
    public record Standing(State state, Optional<Instant> mergedAt, Optional<String> mergedBy,
            List<ResultsSnapshot.Difference> differences) {

        public Standing {
            differences = List.copyOf(differences);
        }

        public static Standing notMerged() {
            return new Standing(State.NOT_MERGED, Optional.empty(), Optional.empty(), List.of());
        }

        public boolean outOfDate() {
            return state == State.OUT_OF_DATE;
        }

        /** In words: "汇总后数据有变，结果已过期：A03 得分 82.50 → 79.00；…"; the first few differences, then how many more. */
        public LocalizedText words() {
            if (state != State.OUT_OF_DATE) {
                return AppText.of("results.standing." + state.name());
            }
            int shown = Math.min(differences.size(), 4);
            List<LocalizedText> items = differences.subList(0, shown).stream().map(ResultsSnapshot.Difference::words).toList();
            LocalizedText listed = items.get(0);
            for (LocalizedText next : items.subList(1, items.size())) {
                listed = AppText.of("results.join", listed, next);
            }
            return differences.size() > shown
                    ? AppText.of("results.standing.OUT_OF_DATE_MORE", listed, differences.size() - shown)
                    : AppText.of("results.standing.OUT_OF_DATE", listed);
        }
    }

    private final StoreAccess store;

    public ResultsStanding(StoreAccess store) {
        this.store = store;
    }

    public Standing of(long sessionId) {
        return store.read(s -> in(s, sessionId));
    }

    /** The standing as a transaction sees it: for a use case that decides on it in the same transaction. */
    public static Standing in(Store s, long sessionId) {
        Optional<HistoryEntry> note = s.history().lastNote(MergeResults.ACTION, MergeResults.subject(sessionId));
        Optional<ResultsSnapshot> merged = note.flatMap(HistoryEntry::newValue).flatMap(ResultsSnapshot::parse);
        if (merged.isEmpty()) {
            return Standing.notMerged();
        }
        ResultsSnapshot now = ResultsSnapshot.of(StoredSession.load(s, sessionId).merge());
        List<ResultsSnapshot.Difference> differences = now.differencesFrom(merged.get());
        return new Standing(differences.isEmpty() ? State.CURRENT : State.OUT_OF_DATE,
                note.map(HistoryEntry::at), note.map(HistoryEntry::actor), differences);
    }
}

package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.BackupContent;
import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.scoring.LocalizedText;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What putting a backup over a database takes back, said before it is done (a tester's round 11
 * restored a backup made before a session was closed: the session opened again, editable, and the
 * years of support its closing had recorded were gone, without a word; another restored a backup
 * of another panel's database over the file). A backup of another database (its history starts
 * elsewhere), and closed sessions it would open again, need the user's consent; the history
 * entries made since the backup are counted.
 */
public record RestoreImpact(boolean otherDatabase, List<String> reopened, long entriesTakenBack) {

    /** What restoring this content over the database as it stands takes back. */
    public static RestoreImpact of(StoreAccess current, BackupContent backup) {
        return current.read(s -> {
            // the backup is this file as it was (its head in this history), or as it will be (this head in the
            // backup's): anything else is another database, or this one changed along another line since
            Optional<HistoryHead> here = s.history().head();
            Optional<HistoryHead> there = backup.manifest().historyHead().map(h -> new HistoryHead(h.seq(), h.hash()))
                    .or(() -> lastOf(backup)); // an earlier version's backup names no head
            boolean before = there.map(s.history()::holds).orElse(here.isEmpty());
            boolean after = here.map(h -> backup.rows("history").stream().anyMatch(r -> r.get("seq")
                    .equals(Optional.of(String.valueOf(h.seq()))) && r.get("hash").equals(Optional.of(h.hash()))))
                    .orElse(true);
            boolean other = !before && !after;
            Map<String, String> statusThere = backup.rows("review_session").stream()
                    .collect(Collectors.toMap(r -> r.get("id").orElse(""), r -> r.get("status").orElse(""), (a, b) -> a));
            List<String> reopened = other ? List.of() : s.sessions().list().stream()
                    .filter(x -> x.status() == SessionStatus.DECIDED)
                    .filter(x -> !SessionStatus.DECIDED.name().equals(statusThere.get(String.valueOf(x.id()))))
                    .map(RestoreImpact::named).toList();
            long backupSeq = there.map(HistoryHead::seq).orElse(0L);
            long taken = before ? Math.max(0, here.map(HistoryHead::seq).orElse(0L) - backupSeq) : 0;
            return new RestoreImpact(other, reopened, taken);
        });
    }

    private static Optional<HistoryHead> lastOf(BackupContent backup) {
        return backup.rows("history").stream()
                .filter(r -> r.get("seq").isPresent() && r.get("hash").isPresent())
                .max(Comparator.comparingLong(r -> Long.parseLong(r.get("seq").orElseThrow())))
                .map(r -> new HistoryHead(Long.parseLong(r.get("seq").orElseThrow()), r.get("hash").orElseThrow()));
    }

    private static String named(SessionSummary session) {
        return session.id() + "“" + session.name() + "”";
    }

    /** Whether the user must say yes first: another database, or a closed session opened again. */
    public boolean needsConsent() {
        return otherDatabase || !reopened.isEmpty();
    }

    /** What it takes back, in a sentence or two; empty when it takes back nothing. */
    public Optional<LocalizedText> words() {
        if (otherDatabase) {
            return Optional.of(AppText.of("restore.otherDatabase"));
        }
        if (!reopened.isEmpty()) {
            return Optional.of(AppText.of("restore.reopens", String.join("、", reopened), entriesTakenBack));
        }
        return entriesTakenBack == 0 ? Optional.empty() : Optional.of(AppText.of("restore.takesBack", entriesTakenBack));
    }
}

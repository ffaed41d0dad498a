package com.parkreview.app.review;

import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A session read once: the stored data, its merge, and each applicant's recorded flags (by
 * applicant id), as the secretary's console shows it until something changes.
 */
public record MergedSession(StoredSession stored, SessionResult result, Map<Long, List<FlagRecord>> flags) {

    public MergedSession {
        flags = Map.copyOf(flags);
    }

    static MergedSession of(StoredSession stored, SessionResult result, List<FlagRecord> records) {
        return new MergedSession(stored, result,
                records.stream().collect(Collectors.groupingBy(FlagRecord::applicantId, Collectors.toList())));
    }

    public RankedApplicant row(Applicant applicant) {
        return result.row(applicant.code()).orElseThrow();
    }

    /** The applicant's flag records that hold for its current sheets. */
    public List<FlagRecord> currentFlags(Applicant applicant) {
        return stored.currentFlags(applicant, flags.getOrDefault(applicant.id(), List.of()));
    }
}

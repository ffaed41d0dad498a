package com.parkreview.app.review;

import java.util.List;
import java.util.Optional;

/** The append-only history. Entries are written by the repositories as they change data. */
public interface HistoryRepository {

    /** The entity name of score sheets in the history. */
    String SHEET = "sheet";
    /** The entity an applicant's changes are kept under. */
    String APPLICANT = "applicant";
    /** The entity of a note ({@link #note}): its subject is the entity id. */
    String NOTE = "database";

    /** The field of a sheet's history entry that records an indicator's score. */
    static String scoreField(String indicatorCode) {
        return "score:" + indicatorCode;
    }

    List<HistoryEntry> forEntity(String entity, String entityId);

    /** The newest entry about one row (its journal included): who changed it last, and when. */
    Optional<HistoryEntry> lastChangeOf(String entity, String entityId);

    List<HistoryEntry> latest(int count);

    long count();

    /** The newest entry, if there is any. */
    Optional<HistoryHead> head();

    /** Whether the history holds this entry as it was (same sequence number, same hash). */
    boolean holds(HistoryHead head);

    /** The hash of entry {@code seq}, if the history holds it. */
    Optional<String> hashOf(long seq);

    /** Records an event that changes no row of its own (a restore, say): action, subject and its description. */
    void note(String action, String subject, String description);

    /** The newest note of this action about this subject, if there is one. */
    Optional<HistoryEntry> lastNote(String action, String subject);

    /** Re-computes the chain and compares the stored data with the history's last values. */
    ChainCheck verify();
}

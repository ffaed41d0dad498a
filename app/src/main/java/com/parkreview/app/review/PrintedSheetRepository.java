package com.parkreview.app.review;

import java.util.List;
import java.util.Optional;

/** The verification codes of the sheets printed from this database. */
public interface PrintedSheetRepository {

    /**
     * Records a printed sheet under its code, at the transaction's time, by its actor. A code
     * recorded before is the same content printed again: the first print is kept and this
     * returns false.
     */
    boolean record(PrintedSheet.New sheet);

    Optional<PrintedSheet> find(String code);

    /** A session's printed sheets, the earliest first. */
    List<PrintedSheet> forSession(long sessionId);
}

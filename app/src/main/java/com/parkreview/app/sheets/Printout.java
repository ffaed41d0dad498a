package com.parkreview.app.sheets;

import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.scoring.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * Sheets made for output, with what became of their verification codes: how many were recorded
 * for the first time (a sheet printed before keeps its first record), or, when the database
 * cannot be written, the sentence that says the codes were not recorded — to show the user; the
 * sheets print all the same.
 */
public record Printout(List<FilledSheet> sheets, int newlyRecorded, Optional<LocalizedText> notRecorded) {

    public Printout {
        sheets = List.copyOf(sheets);
        notRecorded = notRecorded == null ? Optional.empty() : notRecorded;
    }
}

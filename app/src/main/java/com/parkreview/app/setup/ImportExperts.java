package com.parkreview.app.setup;

import com.parkreview.app.exchange.table.SetupFiles;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.StoreAccess;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Use case: the panel of a session from a table (CSV or XLSX) — set-up's import button and
 * {@code experts import}. All rows or none.
 */
public final class ImportExperts {

    private final StoreAccess store;
    private final SessionSetup setup;

    public ImportExperts(StoreAccess store) {
        this.store = store;
        this.setup = new SessionSetup(store);
    }

    public TableImport importFile(Actor actor, long sessionId, Path file) {
        List<Expert> present = store.read(s -> {
            ReviewRules.session(s, sessionId);
            ClosedSessions.refuseChange(s, sessionId); // before the file is read: its rows are no matter then
            return s.experts().list(sessionId);
        });
        SetupFiles.Result<NewExpert> read = SetupFiles.experts(file,
                present.stream().map(Expert::code).collect(Collectors.toSet()),
                present.stream().anyMatch(Expert::groupLeader));
        if (!read.accepted()) {
            return TableImport.refused(read.problems());
        }
        setup.addExperts(actor, sessionId, read.rows());
        return TableImport.imported(read.rows().stream().map(NewExpert::code).toList());
    }
}

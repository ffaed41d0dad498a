package com.parkreview.app.setup;

import com.parkreview.app.exchange.table.SetupFiles;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.StoreAccess;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Use case: the applicants of a session from the programme office's table (CSV or XLSX, the
 * template's Chinese header or the English one) — set-up's import button and
 * {@code applicants import}. Every row is checked against the file and the session; a file with
 * any bad row adds nothing.
 */
public final class ImportApplicants {

    private final StoreAccess store;
    private final SessionSetup setup;

    public ImportApplicants(StoreAccess store) {
        this.store = store;
        this.setup = new SessionSetup(store);
    }

    public TableImport importFile(Actor actor, long sessionId, Path file) {
        List<Applicant> present = store.read(s -> {
            ReviewRules.session(s, sessionId);
            ClosedSessions.refuseChange(s, sessionId); // before the file is read: its rows are no matter then
            return s.applicants().list(sessionId);
        });
        int nextOrder = present.stream().mapToInt(Applicant::defenseOrder).max().orElse(0) + 1;
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(file,
                present.stream().map(Applicant::code).collect(Collectors.toSet()),
                present.stream().map(a -> a.uscc().value()).collect(Collectors.toSet()),
                present.stream().map(Applicant::defenseOrder).collect(Collectors.toSet()), nextOrder);
        if (!read.accepted()) {
            return TableImport.refused(read.problems());
        }
        setup.addApplicants(actor, sessionId, read.rows());
        return TableImport.imported(read.rows().stream().map(NewApplicant::code).toList());
    }
}

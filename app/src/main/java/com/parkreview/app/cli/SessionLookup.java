package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.scoring.ValidationException;
import java.util.List;

/** An applicant or an expert of a session by the code the user typed; an unknown code is refused with the codes there are. */
final class SessionLookup {

    private SessionLookup() {
    }

    static Applicant applicant(StoreAccess db, long session, String code) {
        List<Applicant> all = db.read(s -> {
            ReviewRules.session(s, session);
            return s.applicants().list(session);
        });
        return all.stream().filter(a -> a.code().equals(code.strip())).findFirst()
                .orElseThrow(() -> new ValidationException(AppText.of("cli.noApplicant", session, code,
                        DatabaseCommand.codes(all.stream().map(Applicant::code).toList()))));
    }

    static Expert expert(StoreAccess db, long session, String code) {
        List<Expert> all = db.read(s -> {
            ReviewRules.session(s, session);
            return s.experts().list(session);
        });
        return all.stream().filter(e -> e.code().equals(code.strip())).findFirst()
                .orElseThrow(() -> new ValidationException(AppText.of("cli.noExpert", session, code,
                        DatabaseCommand.codes(all.stream().map(Expert::code).toList()))));
    }
}

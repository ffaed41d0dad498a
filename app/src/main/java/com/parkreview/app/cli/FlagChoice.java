package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.ClosedSessions;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.OpenStore;
import com.parkreview.scoring.ValidationException;
import java.util.List;
import picocli.CommandLine.Option;

/** The flag a command resolves: an applicant's open flag named by its code ({@code expert_outlier:E5}). */
final class FlagChoice {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    long session;

    @Option(names = "--applicant", required = true, paramLabel = "A", description = "The applicant flagged (A03).")
    String applicant;

    @Option(names = "--flag", paramLabel = "CODE", description = "The flag's code, as flags list shows it.")
    String flag;

    @Option(names = "--secretary", required = true, paramLabel = "NAME", description = "Who resolves it (kept in the history).")
    String secretary;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; kept in the history.")
    String reason;

    /** The open flag, refused naming the open ones when the code is missing or not among them. */
    FlagRecord open(OpenStore db) {
        refuseIfClosed(db);
        Applicant flagged = SessionLookup.applicant(db, session, applicant);
        List<FlagRecord> open = new MergeService(db).openFlags(flagged.id());
        if (flag == null) {
            throw new ValidationException(AppText.of("cli.flagNeeded", flagged.code(), listed(open)));
        }
        return open.stream().filter(f -> f.flagCode().equals(flag.strip())).findFirst()
                .orElseThrow(() -> new ValidationException(AppText.of("cli.noSuchFlag", flag.strip(), flagged.code(),
                        listed(open))));
    }

    /** Every open flag of the applicant, refused when it has none. */
    List<FlagRecord> allOpen(OpenStore db) {
        refuseIfClosed(db);
        Applicant flagged = SessionLookup.applicant(db, session, applicant);
        List<FlagRecord> open = new MergeService(db).openFlags(flagged.id());
        if (open.isEmpty()) {
            throw new ValidationException(AppText.of("cli.noOpenFlagsOf", flagged.code()));
        }
        return open;
    }

    /** A closed session said as such first: its flags were asked for as if one could still be resolved (round 20 F8). */
    private void refuseIfClosed(OpenStore db) {
        db.read(s -> {
            ClosedSessions.refuseChange(s, session);
            return null;
        });
    }

    private static String listed(List<FlagRecord> open) {
        return open.isEmpty() ? "—" : String.join(" ", open.stream().map(FlagRecord::flagCode).toList());
    }
}

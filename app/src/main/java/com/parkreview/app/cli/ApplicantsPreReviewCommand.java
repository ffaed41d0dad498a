package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code applicants prereview}: the pre-review (初审) result of applicants; only those that pass go to the panel. */
@Command(name = "prereview", mixinStandardHelpOptions = true,
        description = {"Record the pre-review (初审): --pass A01,A02 (or --all), or --fail A03 --because late."})
final class ApplicantsPreReviewCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @ArgGroup(multiplicity = "1")
    private Which which;

    static final class Which {
        @Option(names = "--pass", split = ",", paramLabel = "CODE", description = "Applicants that pass (A01,A02).")
        List<String> pass;

        @Option(names = "--all", description = "Every applicant of the session passes.")
        boolean all;

        @Option(names = "--fail", paramLabel = "CODE", description = "An applicant that does not pass; give --because.")
        String fail;
    }

    @Option(names = "--because", paramLabel = "materials|late|not-eligible",
            description = "Why it does not pass: materials incomplete, late, or not eligible.")
    private String because;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the result.")
    private String note;

    @Override
    int run(OpenStore db) {
        SessionSetup setup = new SessionSetup(db);
        if (which.fail != null) {
            Applicant applicant = SessionLookup.applicant(db, session, which.fail);
            Optional<LocalizedText> kits = setup.setPreReview(Actor.commandLine(), applicant.id(), PreReview.failed(reason(), note));
            out().println(AppText.of("cli.preReviewFailed", applicant.code(), applicant.name()).text());
            kits.ifPresent(text -> out().println(text.text()));
            return ExitCodes.OK;
        }
        List<Applicant> passing = new ArrayList<>();
        List<Applicant> failedBefore = new ArrayList<>();
        if (which.all) {
            // those still to review: a failure recorded with its reason is not overturned unnamed (round 10)
            for (Applicant a : db.read(s -> {
                ReviewRules.session(s, session);
                return s.applicants().list(session);
            })) {
                (a.preReview().result() == PreReview.Result.FAILED ? failedBefore : passing).add(a);
            }
        } else {
            new LinkedHashSet<>(which.pass.stream().map(String::strip).toList())
                    .forEach(code -> passing.add(SessionLookup.applicant(db, session, code)));
        }
        PreReview passed = new PreReview(PreReview.Result.PASSED, Optional.empty(), note);
        List<LocalizedText> kits = new ArrayList<>();
        passing.forEach(a -> setup.setPreReview(Actor.commandLine(), a.id(), passed).ifPresent(kits::add));
        out().println(AppText.of("cli.preReviewPassed", passing.size(),
                codes(passing.stream().map(Applicant::code).toList())).text());
        kits.forEach(text -> out().println(text.text()));
        if (!failedBefore.isEmpty()) {
            out().println(AppText.of("cli.preReviewFailedKept", codes(failedBefore.stream().map(Applicant::code).toList()))
                    .text());
        }
        return ExitCodes.OK;
    }

    private PreReview.FailReason reason() {
        String given = because == null ? "" : because.strip().toLowerCase(Locale.ROOT);
        if (given.isEmpty()) {
            throw new ValidationException(AppText.of("cli.becauseNeeded"));
        }
        return switch (given) {
            case "materials" -> PreReview.FailReason.MATERIALS_INCOMPLETE;
            case "late" -> PreReview.FailReason.LATE;
            case "not-eligible" -> PreReview.FailReason.NOT_ELIGIBLE;
            default -> throw new ValidationException(AppText.of("cli.because", given));
        };
    }
}

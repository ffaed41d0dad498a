package com.parkreview.app.exchange.csv;

import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.session.ApplicantEntry;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The applicants of a {@code merge --scores} run, read from the scores file and the optional
 * applicants file: all of them, or every problem of both files.
 */
public final class CsvMergeInput {

    private CsvMergeInput() {
    }

    public static List<ApplicantEntry> read(Path scoresFile, Optional<Path> applicantsFile, ProgrammeSettings settings)
            throws InputRejectedException {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, ApplicantsCsv.Applicant> applicants = new LinkedHashMap<>();
        if (applicantsFile.isPresent()) {
            ApplicantsCsv.Result read = ApplicantsCsv.read(applicantsFile.get());
            problems.addAll(read.problems());
            applicants.putAll(read.applicants());
        }
        Optional<Set<String>> known = applicantsFile.isPresent() && problems.isEmpty()
                ? Optional.of(applicants.keySet())
                : Optional.empty();
        ScoresCsv.Result scores = ScoresCsv.read(scoresFile, settings.rubric(), settings.precision(), known);
        problems.addAll(scores.problems());
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        List<ApplicantEntry> entries = new ArrayList<>();
        for (ApplicantsCsv.Applicant a : applicants.values()) {
            entries.add(new ApplicantEntry(a.id(), a.name(), a.uscc(), a.funding(), a.supportedYears(),
                    scores.sheetsByApplicant().getOrDefault(a.id(), List.of())));
        }
        for (Map.Entry<String, List<ExpertSheet>> e : scores.sheetsByApplicant().entrySet()) {
            if (!applicants.containsKey(e.getKey())) {
                entries.add(new ApplicantEntry(e.getKey(), "", Optional.empty(), ApplicantFunding.NONE, 0, e.getValue()));
            }
        }
        return entries;
    }
}

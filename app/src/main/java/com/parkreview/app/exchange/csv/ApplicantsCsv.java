package com.parkreview.app.exchange.csv;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.review.TextField;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code APPLICANTS.csv}: header {@code applicant,name,uscc,applied_wan,received_wan,supported_years};
 * every field but {@code applicant} may be blank. Amounts are in 万元; {@code supported_years} is
 * the number of earlier years in which the operator was supported under the programme.
 */
public final class ApplicantsCsv {

    public static final List<String> HEADER =
            List.of("applicant", "name", "uscc", "applied_wan", "received_wan", "supported_years");

    /** One applicant as the file gives it. */
    public record Applicant(String id, String name, Optional<UnifiedSocialCreditCode> uscc, ApplicantFunding funding,
            int supportedYears) {
    }

    public record Result(Map<String, Applicant> applicants, List<InputProblem> problems) {
    }

    private ApplicantsCsv() {
    }

    public static Result read(Path file) {
        return read(CsvTable.read(file, HEADER));
    }

    /** The same, from text already in memory (a resource). */
    public static Result parse(String fileName, String text) {
        return read(CsvTable.parse(fileName, text, HEADER));
    }

    private static Result read(CsvTable table) {
        List<InputProblem> problems = new ArrayList<>(table.problems());
        Map<String, Applicant> applicants = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            String id = ScoresCsv.plain(row.field(0)); // read as the scores file's applicant codes are
            if (id.isEmpty()) {
                problems.add(table.problemAt(row, 0, AppText.of("applicants.idBlank")));
                continue;
            }
            Long earlier = lines.putIfAbsent(id, row.line());
            if (earlier != null) {
                problems.add(table.problemAt(row, 0, AppText.of("applicants.duplicate", id, earlier)));
                continue;
            }
            TextField.APPLICANT_NAME.fault(row.field(1)).ifPresent(fault -> problems.add(table.problemAt(row, 1, fault)));
            Optional<UnifiedSocialCreditCode> uscc = Optional.empty();
            if (!row.field(2).isEmpty()) {
                Optional<LocalizedText> fault = UnifiedSocialCreditCode.checkEntered(row.field(2));
                if (fault.isPresent()) {
                    problems.add(table.problemAt(row, 2, fault.get()));
                } else {
                    uscc = Optional.of(UnifiedSocialCreditCode.parse(row.field(2)));
                }
            }
            Optional<Money> applied = money(table, row, 3, problems);
            Optional<Money> received = money(table, row, 4, problems);
            int years = years(table, row, problems);
            if (problems.size() == before) {
                applicants.put(id, new Applicant(id, row.field(1), uscc,
                        new ApplicantFunding(applied, received.orElse(Money.ZERO)), years));
            }
        }
        return new Result(applicants, problems);
    }

    private static Optional<Money> money(CsvTable table, CsvTable.Row row, int column, List<InputProblem> problems) {
        String text = row.field(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.wan(text));
        } catch (ValidationException e) {
            problems.add(table.problemAt(row, column, e.text()));
            return Optional.empty();
        }
    }

    private static int years(CsvTable table, CsvTable.Row row, List<InputProblem> problems) {
        String text = row.field(5);
        if (text.isEmpty()) {
            return 0;
        }
        if (text.matches("[0-9]{1,2}")) {
            return Integer.parseInt(text);
        }
        problems.add(table.problemAt(row, 5, AppText.of("applicants.years", text)));
        return 0;
    }
}

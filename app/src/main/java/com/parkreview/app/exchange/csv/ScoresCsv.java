package com.parkreview.app.exchange.csv;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.scoring.entry.ScoreEntry;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.settings.ScorePrecision;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code SCORES.csv}: header {@code applicant,expert,indicator,score}, one row per score. An
 * expert whose every score for an applicant is blank has recused (回避); a partly blank sheet, a
 * missing or repeated indicator, or a score that rule 2 refuses is a problem of its line.
 */
public final class ScoresCsv {

    public static final List<String> HEADER = List.of("applicant", "expert", "indicator", "score");
    /** The columns named in English or in Chinese, as a typist writes them (round 14 was refused 申报单位,专家,指标,得分). */
    public static final TableHeader COLUMNS = new TableHeader(HEADER, List.of("申报单位", "专家", "指标", "得分"));
    private static final int APPLICANT = 0;
    private static final int EXPERT = 1;
    private static final int INDICATOR = 2;
    private static final int SCORE = 3;

    /** The sheets by applicant (in order of first appearance), or the problems found. */
    public record Result(Map<String, List<ExpertSheet>> sheetsByApplicant, List<InputProblem> problems) {
    }

    private ScoresCsv() {
    }

    /**
     * @param knownApplicants when an applicants file was given, the ids it lists; a score for any
     *                        other applicant is a problem
     */
    public static Result read(Path file, Rubric rubric, ScorePrecision precision, Optional<Set<String>> knownApplicants) {
        return read(CsvTable.read(file, COLUMNS), rubric, precision, knownApplicants);
    }

    /** The same, from text already in memory (a resource). */
    public static Result parse(String fileName, String text, Rubric rubric, ScorePrecision precision) {
        return read(CsvTable.parse(fileName, text, COLUMNS), rubric, precision, Optional.empty());
    }

    private static Result read(CsvTable table, Rubric rubric, ScorePrecision precision,
            Optional<Set<String>> knownApplicants) {
        List<InputProblem> problems = new ArrayList<>(table.problems());
        Map<String, Map<String, Cells>> sheets = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            // codes as a typist's input method may leave them (ａ０１, ｅ１, １．１): the session's A01, E1, 1.1 (round 15)
            String applicant = plain(row.field(APPLICANT));
            String expert = plain(row.field(EXPERT));
            String code = plain(row.field(INDICATOR));
            if (applicant.isEmpty()) {
                problems.add(table.problemAt(row, APPLICANT, AppText.of("scores.applicantBlank")));
                continue;
            }
            if (knownApplicants.isPresent() && !knownApplicants.get().contains(applicant)) {
                problems.add(table.problemAt(row, APPLICANT, AppText.of("scores.applicantUnknown", applicant)));
                continue;
            }
            if (expert.isEmpty()) {
                problems.add(table.problemAt(row, EXPERT, AppText.of("scores.expertBlank")));
                continue;
            }
            Optional<Indicator> indicator = rubric.indicator(code);
            if (indicator.isEmpty()) {
                problems.add(table.problemAt(row, INDICATOR,
                        AppText.of("scores.indicatorUnknown", code, String.join(" ", rubric.indicatorCodes()))));
                continue;
            }
            Cells cells = sheets.computeIfAbsent(applicant, a -> new LinkedHashMap<>())
                    .computeIfAbsent(expert, e -> new Cells());
            Long earlier = cells.lines.putIfAbsent(code, row.line());
            if (earlier != null) {
                problems.add(table.problemAt(row, INDICATOR,
                        AppText.of("scores.duplicate", applicant, expert, code, earlier)));
                continue;
            }
            String typed = row.field(SCORE);
            if (typed.isEmpty()) {
                cells.blank.add(code);
                continue;
            }
            ScoreEntry.Result read = ScoreEntry.read(indicator.get(), typed, precision);
            if (read.rejection().isPresent()) {
                problems.add(table.problemAt(row, SCORE, read.rejection().get().text()));
            } else {
                cells.scores.put(code, read.value().orElseThrow());
            }
        }
        Map<String, List<ExpertSheet>> result = new LinkedHashMap<>();
        sheets.forEach((applicant, byExpert) -> {
            List<ExpertSheet> list = new ArrayList<>();
            byExpert.forEach((expert, cells) -> cells.toSheet(table, applicant, expert, rubric, problems)
                    .ifPresent(list::add));
            result.put(applicant, list);
        });
        return new Result(result, problems);
    }

    /** One expert's rows for one applicant while they are read. */
    private static final class Cells {
        final Map<String, Long> lines = new LinkedHashMap<>();
        final Map<String, BigDecimal> scores = new LinkedHashMap<>();
        final List<String> blank = new ArrayList<>();

        Optional<ExpertSheet> toSheet(CsvTable table, String applicant, String expert, Rubric rubric,
                List<InputProblem> problems) {
            long firstLine = lines.values().stream().min(Long::compare).orElse(0L);
            List<String> missing = rubric.indicatorCodes().stream().filter(c -> !lines.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(InputProblem.atLine(table.fileName(), firstLine,
                        AppText.of("scores.missingRows", applicant, expert, String.join(" ", missing))));
                return Optional.empty();
            }
            if (blank.size() == lines.size()) {
                return Optional.of(ExpertSheet.recusal(expert));
            }
            if (!blank.isEmpty()) {
                problems.add(InputProblem.atLine(table.fileName(), lines.get(blank.get(0)),
                        AppText.of("scores.partlyBlank", applicant, expert, String.join(" ", blank))));
                return Optional.empty();
            }
            if (scores.size() != lines.size()) {
                return Optional.empty(); // a refused score: already reported at its line
            }
            return Optional.of(ExpertSheet.scored(expert, scores));
        }
    }

    /** A code as a session keeps it: full-width forms made plain, letters upper case (every table reads codes so). */
    public static String plain(String code) {
        return Normalizer.normalize(code, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    }
}

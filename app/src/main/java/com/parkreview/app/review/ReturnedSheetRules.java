package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.scoring.entry.ScoreEntry;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A returned sheet checked as if it were typed here (rules 2 and 10): every indicator of the
 * session's rubric once and no other, each score allowed at the session's precision, the opinion
 * written. A refusal names the expert, the applicant and what is wrong.
 */
final class ReturnedSheetRules {

    private ReturnedSheetRules() {
    }

    static void check(ProgrammeSettings programme, String expertCode, ReturnedSheet sheet) {
        Rubric rubric = programme.rubric();
        Set<String> given = sheet.entries().stream().map(IndicatorEntry::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unknown = new TreeSet<>(given);
        unknown.removeAll(rubric.indicatorCodes());
        if (!unknown.isEmpty()) {
            throw refuse("import.unknownIndicator", expertCode, sheet.applicantCode(), String.join(" ", unknown),
                    String.join(" ", rubric.indicatorCodes()));
        }
        List<String> missing = rubric.indicatorCodes().stream().filter(c -> !given.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw refuse("import.missingIndicators", expertCode, sheet.applicantCode(), String.join(" ", missing));
        }
        for (IndicatorEntry entry : sheet.entries()) {
            Indicator indicator = rubric.indicator(entry.code()).orElseThrow();
            ScoreEntry.Result result = ScoreEntry.read(indicator, entry.score().orElseThrow().toPlainString(),
                    programme.precision());
            if (result.rejection().isPresent()) {
                throw refuse("import.score", expertCode, sheet.applicantCode(), result.rejection().get().text());
            }
        }
        if (!TextField.saysSomething(sheet.opinion())) {
            throw refuse("import.noOpinion", expertCode, sheet.applicantCode());
        }
    }
}

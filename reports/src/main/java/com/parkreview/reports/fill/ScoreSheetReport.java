package com.parkreview.reports.fill;

import com.parkreview.reports.data.Applicant;
import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.data.SessionHeader;
import com.parkreview.reports.verify.CanonicalContent;
import com.parkreview.reports.verify.CanonicalForms;
import com.parkreview.reports.verify.SheetCode;
import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 评分表 (blank, the paper fallback) and the 专家评分表 (one expert × one applicant): the
 * rubric with each indicator's guidance and maximum, the scores and comments (empty on the blank
 * sheet), the total, the tier the sheet alone would give, the opinion and the signature line.
 */
public final class ScoreSheetReport {

    private ScoreSheetReport() {
    }

    public static FilledSheet blank(SessionHeader header, ProgrammeSettings settings, Applicant applicant) {
        CanonicalContent content = CanonicalForms.blankSheet(header, settings.rubric(), applicant);
        SheetCode code = SheetCode.of(content);
        Map<String, Object> parameters = parameters(SheetKind.BLANK_SHEET, header, settings, applicant, code);
        parameters.put("BLANK", Boolean.TRUE);
        parameters.put("SHEET_ROUND_TEXT", Figures.round(header.round()));
        parameters.put("EXPERT_TEXT", "");
        parameters.put("TOTAL_TEXT", "");
        parameters.put("OPINION", "");
        parameters.put("TIER_LABEL", "档次标准");
        parameters.put("TIER_TEXT", Figures.tierScale(settings.tiers()));
        List<Map<String, ?>> rows = rows(settings, Optional.empty());
        return Filler.fill(SheetKind.BLANK_SHEET, SheetKind.BLANK_SHEET.title() + "_" + applicant.id(), content,
                code, Template.SCORE_SHEET, parameters, rows);
    }

    public static FilledSheet expert(SessionHeader header, ProgrammeSettings settings, Applicant applicant,
            Expert expert, ScoreSheet sheet) {
        if (!sheet.expertId().equals(expert.id()) || !sheet.applicantId().equals(applicant.id())) {
            throw new IllegalArgumentException("sheet of " + sheet.expertId() + " for " + sheet.applicantId()
                    + " printed as " + expert.id() + " for " + applicant.id());
        }
        sheet.requireAllowedBy(settings);
        CanonicalContent content = CanonicalForms.expertSheet(header, settings.rubric(), applicant, expert, sheet);
        SheetCode code = SheetCode.of(content);
        Map<String, Object> parameters = parameters(SheetKind.EXPERT_SHEET, header, settings, applicant, code);
        BigDecimal total = sheet.total();
        parameters.put("BLANK", Boolean.FALSE);
        parameters.put("SHEET_ROUND_TEXT", Figures.round(sheet.round()));
        parameters.put("EXPERT_TEXT", ExpertLines.describe(expert));
        parameters.put("TOTAL_TEXT", Figures.score(total, settings.precision()));
        parameters.put("TIER_LABEL", "按本表总分对应档次");
        parameters.put("TIER_TEXT", Figures.tier(settings.tiers().tierFor(total)));
        parameters.put("OPINION", sheet.opinion());
        parameters.put("SIGNER_NAME", expert.name());
        parameters.put("FINGERPRINT", expert.keyFingerprint().orElse(""));
        parameters.put("SIGNED_AT_TEXT", sheet.signedAt().map(Figures::dateTime).orElse(""));
        parameters.put("STATUS_LABEL", sheet.paperEntry().isPresent() ? "来源" : "电子签名状态");
        parameters.put("STATUS_TEXT", sheet.paperEntry().map(p -> "专家签字的纸质评分表录入，" + p).orElse(sheet.status().label()));
        List<Map<String, ?>> rows = rows(settings, Optional.of(sheet));
        String name = SheetKind.EXPERT_SHEET.title() + "_" + applicant.id() + "_" + expert.id()
                + (sheet.round() > 1 ? "_r" + sheet.round() : "");
        return Filler.fill(SheetKind.EXPERT_SHEET, name, content, code, Template.SCORE_SHEET, parameters, rows);
    }

    private static Map<String, Object> parameters(SheetKind kind, SessionHeader header, ProgrammeSettings settings,
            Applicant applicant, SheetCode code) {
        Map<String, Object> parameters = SheetParameters.of(kind.title(), header, code);
        parameters.putAll(ApplicantLines.of(applicant));
        parameters.put("RUBRIC_TITLE", settings.rubric().name() + "（满分 "
                + Figures.whole(settings.rubric().maxTotal()) + " 分）");
        parameters.put("MAX_TOTAL_TEXT", Figures.whole(settings.rubric().maxTotal()));
        return parameters;
    }

    private static List<Map<String, ?>> rows(ProgrammeSettings settings, Optional<ScoreSheet> sheet) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int number = 0;
        for (Dimension dimension : settings.rubric().dimensions()) {
            number++;
            String subtotal = sheet.map(s -> Figures.score(dimension.indicators().stream()
                    .map(i -> s.score(i.code())).reduce(BigDecimal.ZERO, BigDecimal::add), settings.precision()))
                    .orElse("");
            for (Indicator indicator : dimension.indicators()) {
                Map<String, Object> row = new HashMap<>();
                row.put("dimension", Figures.chineseOrdinal(number) + "、" + dimension.name()
                        + "（" + Figures.whole(dimension.max()) + " 分）");
                row.put("dimensionScore", subtotal);
                row.put("code", indicator.code());
                row.put("text", indicator.fullText());
                row.put("max", Figures.whole(indicator.max()));
                row.put("score", sheet.map(s -> Figures.score(s.score(indicator.code()), settings.precision())).orElse(""));
                row.put("comment", sheet.map(s -> s.comment(indicator.code())).orElse(""));
                rows.add(row);
            }
        }
        return rows;
    }
}

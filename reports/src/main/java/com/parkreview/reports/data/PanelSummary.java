package com.parkreview.reports.data;

import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.merge.ApplicantResult;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the panel summary (专家组评分汇总表) of one applicant prints: the panel, the current
 * sheets of the valid experts, the sheets a re-review superseded, the scoring model's merge of the
 * current sheets, the flags with their resolutions (of this and earlier rounds), and the group
 * leader's joint opinion (专家组意见).
 */
public record PanelSummary(
        SessionHeader header,
        Applicant applicant,
        ApplicantFunding funding,
        List<Expert> panel,
        List<ScoreSheet> sheets,
        List<ScoreSheet> superseded,
        ApplicantResult result,
        List<ResolvedFlag> resolutions,
        String jointOpinion) {

    public PanelSummary {
        if (header == null || applicant == null || result == null) {
            throw new IllegalArgumentException("a panel summary needs its header, applicant and result");
        }
        funding = funding == null ? ApplicantFunding.NONE : funding;
        panel = List.copyOf(panel);
        sheets = List.copyOf(sheets);
        superseded = List.copyOf(superseded);
        resolutions = List.copyOf(resolutions);
        jointOpinion = jointOpinion == null ? "" : jointOpinion;
        if (!result.applicantId().equals(applicant.id())) {
            throw new IllegalArgumentException("result of " + result.applicantId() + " on the summary of " + applicant.id());
        }
        if (panel.stream().filter(Expert::groupLeader).count() != 1) {
            throw new IllegalArgumentException("the panel of " + applicant.id() + " needs exactly one group leader");
        }
        checkSheets(applicant.id(), panel, sheets, superseded, result);
    }

    public Expert expert(String expertId) {
        return panel.stream().filter(e -> e.id().equals(expertId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("expert " + expertId + " is not on the panel"));
    }

    public Expert groupLeader() {
        return panel.stream().filter(Expert::groupLeader).findFirst().orElseThrow();
    }

    public boolean recused(String expertId) {
        return result.recusedExperts().contains(expertId);
    }

    /** The experts whose current sheets count, in panel order. */
    public List<Expert> validExperts() {
        return panel.stream().filter(e -> !recused(e.id()) && scored(e.id())).toList();
    }

    /** Whether the expert has a current sheet in this summary (neither recused nor still to sign). */
    public boolean scored(String expertId) {
        return sheets.stream().anyMatch(s -> s.expertId().equals(expertId));
    }

    public ScoreSheet sheetOf(String expertId) {
        return sheets.stream().filter(s -> s.expertId().equals(expertId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no current sheet of " + expertId));
    }

    /** The resolution of a flag of the given round, if the secretary has resolved it. */
    public Optional<Resolution> resolutionOf(DeviationFlag flag, int round) {
        return resolutions.stream()
                .filter(r -> r.round() == round && r.flag().code().equals(flag.code()))
                .map(ResolvedFlag::resolution)
                .findFirst();
    }

    /** The round of the current sheets: the highest round any of them has. */
    public int currentRound() {
        return sheets.stream().mapToInt(ScoreSheet::round).max().orElse(1);
    }

    private static void checkSheets(String applicantId, List<Expert> panel, List<ScoreSheet> sheets,
            List<ScoreSheet> superseded, ApplicantResult result) {
        Set<String> panelIds = new HashSet<>();
        panel.forEach(e -> panelIds.add(e.id()));
        Set<String> scored = new HashSet<>();
        for (ScoreSheet sheet : sheets) {
            requireOnPanel(applicantId, panelIds, sheet);
            if (sheet.status() == SheetStatus.SUPERSEDED) {
                throw new IllegalArgumentException("superseded sheet of " + sheet.expertId() + " among the current ones");
            }
            if (!scored.add(sheet.expertId())) {
                throw new IllegalArgumentException("two current sheets of " + sheet.expertId() + " for " + applicantId);
            }
            BigDecimal merged = result.expertTotal(sheet.expertId()).orElseThrow(() -> new IllegalArgumentException(
                    "sheet of " + sheet.expertId() + " is not in the merge of " + applicantId));
            if (merged.compareTo(sheet.total()) != 0) {
                throw new IllegalArgumentException("sheet of " + sheet.expertId() + " totals " + sheet.total()
                        + ", the merge of " + applicantId + " has " + merged);
            }
        }
        if (scored.size() != result.validExperts()) {
            throw new IllegalArgumentException("the merge of " + applicantId + " has " + result.validExperts()
                    + " valid experts, the summary " + scored.size() + " current sheets");
        }
        for (String recused : result.recusedExperts()) {
            if (!panelIds.contains(recused) || scored.contains(recused)) {
                throw new IllegalArgumentException("recused expert " + recused + " is not a panel member without a sheet");
            }
        }
        for (ScoreSheet old : superseded) {
            requireOnPanel(applicantId, panelIds, old);
            if (old.status() != SheetStatus.SUPERSEDED) {
                throw new IllegalArgumentException("sheet of " + old.expertId() + " round " + old.round()
                        + " is listed as superseded but is " + old.status());
            }
            boolean replaced = sheets.stream()
                    .anyMatch(s -> s.expertId().equals(old.expertId()) && s.round() > old.round());
            if (!replaced) {
                throw new IllegalArgumentException("superseded sheet of " + old.expertId() + " round " + old.round()
                        + " has no later sheet");
            }
        }
    }

    private static void requireOnPanel(String applicantId, Set<String> panelIds, ScoreSheet sheet) {
        if (!sheet.applicantId().equals(applicantId)) {
            throw new IllegalArgumentException("sheet for " + sheet.applicantId() + " on the summary of " + applicantId);
        }
        if (!panelIds.contains(sheet.expertId())) {
            throw new IllegalArgumentException("sheet of " + sheet.expertId() + ", who is not on the panel");
        }
    }
}

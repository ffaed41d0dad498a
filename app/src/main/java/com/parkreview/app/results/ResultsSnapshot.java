package com.parkreview.app.results;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a merge (汇总) decided, applicant by applicant: rank, panel score, tier, amount and the
 * number of experts who counted. Kept in the history at each merge as text, so that a later
 * change to the data that would change the results is seen as a difference from it.
 */
public record ResultsSnapshot(List<Line> lines) {

    /**
     * An applicant's line; "—" where the applicant has no result yet. {@code ruleFlags}: the flags
     * that pay past a rule (a fourth year, support of this year elsewhere), ";"-joined, or
     * {@link #UNKNOWN} in a snapshot of an earlier version, which did not keep them.
     */
    public record Line(String code, String rank, String score, String tier, String amount, String experts,
            String ruleFlags) {

        String text() {
            return String.join("\t", code, rank, score, tier, amount, experts, ruleFlags);
        }
    }

    /** One thing that differs between two snapshots, for one applicant. */
    public record Difference(String code, String what, String before, String after) {

        public LocalizedText words() {
            return switch (what) { // a tester's round 5 read "A04 新增申报单位 — → —" and could make nothing of it
                case "added" -> after.equals(NONE) ? AppText.of("results.addedUnscored", code)
                        : AppText.of("results.added", code, after);
                case "removed" -> AppText.of("results.removed", code);
                case "ruleFlags" -> AppText.of("results.ruleFlagsChanged", code, flagWords(before), flagWords(after));
                default -> AppText.of("results.difference", code, AppText.of("results.field." + what), before, after);
            };
        }
    }

    /**
     * v2 keeps the rule flags too: a session's year corrected after the merge made a fourth year and
     * support elsewhere vanish, the results still "current" (a tester's round 15).
     */
    private static final String FORMAT = "results-v2";
    private static final String FORMAT_V1 = "results-v1";
    private static final String NONE = "—";
    private static final String UNKNOWN = "?";

    private static LocalizedText flagWords(String flags) {
        List<LocalizedText> words = flags.isEmpty() ? List.of()
                : Arrays.stream(flags.split(";")).map(code -> AppText.of("results.ruleFlag." + code)).toList();
        return words.isEmpty() ? AppText.of("results.ruleFlagsNone") : AppText.list(words);
    }

    public ResultsSnapshot {
        lines = List.copyOf(lines);
    }

    /** The snapshot of a merge's result. */
    public static ResultsSnapshot of(SessionResult result) {
        List<Line> lines = new ArrayList<>();
        for (RankedApplicant row : result.rows()) {
            Optional<PanelOutcome> outcome = row.result().outcome();
            lines.add(new Line(row.applicant().id(),
                    row.rank().isPresent() ? String.valueOf(row.rank().getAsInt()) : NONE,
                    outcome.map(o -> o.panelScore().toPlainString()).orElse(NONE),
                    outcome.map(o -> o.tier().label()).orElse(NONE),
                    outcome.map(o -> o.amount().toWanString()).orElse(NONE),
                    String.valueOf(row.result().validExperts()),
                    String.join(";", row.flagCodes().stream().filter(DeviationFlag::paysPastARule).sorted().toList())));
        }
        return new ResultsSnapshot(lines);
    }

    /** The text kept in the history: a format line, then one tab-separated line per applicant. */
    public String text() {
        StringBuilder out = new StringBuilder(FORMAT);
        lines.forEach(line -> out.append('\n').append(line.text()));
        return out.toString();
    }

    /** The snapshot a history entry holds; empty when the text is not one (written by another version). */
    public static Optional<ResultsSnapshot> parse(String text) {
        String[] rows = text.split("\n", -1);
        boolean v1 = rows[0].equals(FORMAT_V1);
        if (!v1 && !rows[0].equals(FORMAT)) {
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.length; i++) {
            String[] cells = rows[i].split("\t", -1);
            if (cells.length != (v1 ? 6 : 7)) {
                return Optional.empty();
            }
            lines.add(new Line(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], v1 ? UNKNOWN : cells[6]));
        }
        return Optional.of(new ResultsSnapshot(lines));
    }

    /** What differs from an earlier snapshot, applicant by applicant in this snapshot's order, then those gone. */
    public List<Difference> differencesFrom(ResultsSnapshot earlier) {
        Map<String, Line> before = new LinkedHashMap<>();
        earlier.lines.forEach(line -> before.put(line.code(), line));
        List<Difference> found = new ArrayList<>();
        for (Line now : lines) {
            Line was = before.remove(now.code());
            if (was == null) {
                found.add(new Difference(now.code(), "added", NONE, now.score()));
                continue;
            }
            compare(found, now.code(), "score", was.score(), now.score());
            compare(found, now.code(), "tier", was.tier(), now.tier());
            compare(found, now.code(), "amount", was.amount(), now.amount());
            compare(found, now.code(), "rank", was.rank(), now.rank());
            compare(found, now.code(), "experts", was.experts(), now.experts());
            if (!was.ruleFlags().equals(UNKNOWN)) {
                compare(found, now.code(), "ruleFlags", was.ruleFlags(), now.ruleFlags());
            }
        }
        before.values().forEach(gone -> found.add(new Difference(gone.code(), "removed", gone.score(), NONE)));
        return found;
    }

    private static void compare(List<Difference> found, String code, String what, String before, String after) {
        if (!before.equals(after)) {
            found.add(new Difference(code, what, before, after));
        }
    }
}

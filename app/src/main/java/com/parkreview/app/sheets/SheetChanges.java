package com.parkreview.app.sheets;

import com.parkreview.app.AppText;
import com.parkreview.app.review.PrintedSheet;
import com.parkreview.scoring.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences between a sheet's canonical content as printed and as the stored data gives it
 * now, each in words: "indicator 4.1 of expert E5's sheet for A03: was 12, is now 11.5." The
 * canonical keys are those of the reports' {@code CanonicalForms}; a key without words of its own
 * is named as it stands there (documented in reports/README.md).
 */
final class SheetChanges {

    /** Longer text (opinions, comments) is shown cut to this many characters. */
    private static final int SHOWN = 40;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private record Rule(Set<PrintedSheet.Kind> kinds, Pattern key, Labeller label) {
    }

    @FunctionalInterface
    private interface Labeller {
        LocalizedText of(Matcher key, Subject subject);
    }

    /** Whose sheet it is, for the words: the expert's and the applicant's codes where they apply. */
    record Subject(PrintedSheet.Kind kind, String expert, String applicant) {
    }

    private static final Set<PrintedSheet.Kind> EXPERT = Set.of(PrintedSheet.Kind.EXPERT);
    private static final Set<PrintedSheet.Kind> SUMMARY = Set.of(PrintedSheet.Kind.SUMMARY);
    private static final Set<PrintedSheet.Kind> ANY = Set.of(PrintedSheet.Kind.values());

    private static final List<Rule> RULES = List.of(
            rule(EXPERT, "score\\.(.+)", (m, s) -> field("score", m.group(1), s.expert(), s.applicant())),
            rule(EXPERT, "comment\\.(.+)", (m, s) -> field("comment", m.group(1), s.expert(), s.applicant())),
            rule(EXPERT, "opinion", (m, s) -> field("opinion", s.expert(), s.applicant())),
            rule(EXPERT, "sheet\\.round", (m, s) -> field("round", s.expert(), s.applicant())),
            rule(SUMMARY, "score\\.([^.]+)\\.(.+)", (m, s) -> field("score", m.group(2), m.group(1), s.applicant())),
            rule(SUMMARY, "comment\\.([^.]+)\\.(.+)", (m, s) -> field("comment", m.group(2), m.group(1), s.applicant())),
            rule(SUMMARY, "opinion\\.([^.]+)", (m, s) -> field("opinion", m.group(1), s.applicant())),
            rule(SUMMARY, "sheet\\.([^.]+)\\.round", (m, s) -> field("round", m.group(1), s.applicant())),
            rule(SUMMARY, "superseded\\.([^.]+)\\.(\\d+)\\.(.+)",
                    (m, s) -> field("superseded", m.group(1), m.group(2), s.applicant(), m.group(3))),
            rule(SUMMARY, "mean\\.(.+)", (m, s) -> field("mean", m.group(1))),
            rule(SUMMARY, "panel\\.(score|tier|share|cap|amount)", (m, s) -> field("panel." + m.group(1))),
            rule(SUMMARY, "funding\\.(applied|received)", (m, s) -> field("funding." + m.group(1))),
            rule(SUMMARY, "flag\\.(\\d+)\\.(.+)\\.text", (m, s) -> field("flagText", m.group(2), m.group(1))),
            rule(SUMMARY, "flag\\.(\\d+)\\.(.+)", (m, s) -> field("flag", m.group(2), m.group(1))),
            rule(SUMMARY, "joint_opinion", (m, s) -> field("jointOpinion")),
            rule(Set.of(PrintedSheet.Kind.RESULTS),
                    "row\\.([^.]+)\\.(rank|name|uscc|experts|score|tier|tier_name|applied|received|base|share|amount|running"
                            + "|over_budget|period_exceeded)",
                    (m, s) -> field("row", m.group(1), AppText.of("field.row." + m.group(2)))),
            rule(Set.of(PrintedSheet.Kind.RESULTS), "(budget|total|cap)", (m, s) -> field(m.group(1))),
            // the head of every sheet and the results' agreement figures, in words (round 14 read session.round, agreement.icc_average)
            rule(ANY, "session\\.(name|programme|year|date|venue|round)", (m, s) -> field("session." + m.group(1))),
            rule(Set.of(PrintedSheet.Kind.RESULTS), "agreement\\.(icc_single|icc_average|kendall_w)",
                    (m, s) -> field("agreement." + m.group(1))),
            rule(ANY, "expert\\.([^.]+)\\.(name|organisation|role|leader|key|recused)",
                    (m, s) -> field("expert." + m.group(2), m.group(1))),
            rule(ANY, "applicant\\.(name|uscc|order)", (m, s) -> field("applicant." + m.group(1), s.applicant())),
            rule(ANY, "recusal\\.([^.]+)\\.([^.]+)\\.(reason|name|uscc)",
                    (m, s) -> field("recusal", m.group(1), m.group(2))));

    private SheetChanges() {
    }

    /** Each key whose value differs, in the canonical order; the keys to leave out are explained already. */
    static List<LocalizedText> between(Subject subject, Map<String, String> printed, Map<String, String> now,
            Set<String> leaveOut) {
        Set<String> keys = new TreeSet<>(printed.keySet());
        keys.addAll(now.keySet());
        List<LocalizedText> changes = new ArrayList<>();
        for (String key : keys) {
            Optional<String> was = Optional.ofNullable(printed.get(key));
            Optional<String> is = Optional.ofNullable(now.get(key));
            if (!was.equals(is) && !leaveOut.contains(key) && !saidByItsName(key, printed, now)) {
                changes.add(AppText.of("verifySheet.change", label(subject, key), shown(was), shown(is)));
            }
        }
        return changes;
    }

    /** A results row's tier code (good, excellent) beside its name (良好, 优秀): the name says the change. */
    private static boolean saidByItsName(String key, Map<String, String> printed, Map<String, String> now) {
        if (!key.startsWith("row.") || !key.endsWith(".tier")) {
            return false;
        }
        String name = key + "_name";
        return !Objects.equals(printed.get(name), now.get(name));
    }

    static LocalizedText label(Subject subject, String key) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.key().matcher(key);
            if (rule.kinds().contains(subject.kind()) && matcher.matches()) {
                return rule.label().of(matcher, subject);
            }
        }
        return field("other", key);
    }

    /**
     * A value as the explanation shows it: figures as they are, a mark (over budget, fourth year) as
     * yes or no in the reader's language (round 22 read "原为 false，现为 true"), text in quotes (long
     * text cut), none as —.
     */
    static Object shown(Optional<String> value) {
        if (value.isEmpty()) {
            return "—";
        }
        String text = value.get();
        if (text.equals("true") || text.equals("false")) {
            return AppText.of("verifySheet." + text);
        }
        if (NUMBER.matcher(text).matches()) {
            return text;
        }
        String oneLine = text.replace('\n', ' ');
        return "“" + (oneLine.length() > SHOWN ? oneLine.substring(0, SHOWN) + "…" : oneLine) + "”";
    }

    private static Rule rule(Set<PrintedSheet.Kind> kinds, String key, Labeller label) {
        return new Rule(kinds, Pattern.compile(key), label);
    }

    private static LocalizedText field(String name, Object... args) {
        return AppText.of("field." + name, args);
    }
}

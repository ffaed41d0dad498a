package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.entry.ScoreEntry;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sheets typed in from paper, the fallback when an expert scored by hand. The first person opens
 * a sheet marked {@link SheetOrigin#PAPER}, types it with {@link ScoringService} as usual and
 * signs it when it is complete (the paper carries the expert's own signature). It counts for
 * the merge only once a second person — someone who typed none of it — has typed the scores
 * again and they match; a mismatch names the indicators that differ. Both entries and every
 * correction are in the history.
 */
public final class PaperEntry {

    private final StoreAccess store;

    public PaperEntry(StoreAccess store) {
        this.store = store;
    }

    /**
     * The sheet to type an expert's paper sheet into: a new draft marked as paper, or the current
     * draft when nothing is typed in it yet (e.g. the new round of a re-review), or the paper
     * draft already being typed.
     */
    public ScoreSheet openPaperSheet(Actor actor, long expertId, long applicantId) {
        return store.write(actor, s -> paperSheet(s, expertId, applicantId));
    }

    /**
     * Whole paper sheets typed in at once (the command line's {@code score enter}): every
     * indicator's score and the opinion of each, checked before anything is stored, then signed as
     * the experts signed the paper. All of them, or none when any is refused.
     */
    public List<ScoreSheet> enterWhole(Actor typist, List<TypedSheet> sheets) {
        sheets.forEach(sheet -> TextField.OPINION.check(sheet.opinion()));
        List<ScoreSheet> signed = store.write(typist, s -> {
            List<ScoreSheet> done = new ArrayList<>();
            for (TypedSheet typed : sheets) {
                done.add(enterWhole(s, typed));
            }
            return done;
        });
        store.syncToDisk();
        return signed;
    }

    private ScoreSheet enterWhole(Store s, TypedSheet typed) {
        ScoreSheet sheet = paperSheet(s, typed.expertId(), typed.applicantId());
        if (!untouched(sheet)) {
            throw refuse("paper.draftTyped", ReviewRules.expert(s, typed.expertId()).code(),
                    ReviewRules.applicant(s, typed.applicantId()).code());
        }
        ProgrammeSettings programme = ReviewRules.session(s,
                ReviewRules.applicant(s, typed.applicantId()).sessionId()).settings();
        Map<String, BigDecimal> scores = read(programme, typed.scores());
        if (!TextField.saysSomething(typed.opinion())) {
            throw refuse("paper.opinionMissing", ReviewRules.expert(s, typed.expertId()).code(),
                    ReviewRules.applicant(s, typed.applicantId()).code());
        }
        scores.forEach((code, score) -> s.sheets().setScore(sheet.id(), code, Optional.of(score)));
        s.sheets().setOpinion(sheet.id(), typed.opinion().strip());
        s.sheets().setStatus(sheet.id(), SheetStatus.SIGNED, Optional.of(store.clock().instant()), "");
        return s.sheets().find(sheet.id()).orElseThrow();
    }

    private ScoreSheet paperSheet(Store s, long expertId, long applicantId) {
        ExpertModeRules.secretaryOnly(s, "action.paperEntry");
        Expert expert = ReviewRules.expert(s, expertId);
        Applicant applicant = ReviewRules.applicant(s, applicantId);
        if (expert.sessionId() != applicant.sessionId()) {
            throw refuse("rule.otherSession", expert.code(), applicant.code());
        }
        ClosedSessions.refuseChange(s, applicant.sessionId());
        StoredSession stored = StoredSession.load(s, applicant.sessionId());
        if (stored.recused(expertId, applicantId)) {
            throw refuse("rule.recusedNoSheet", expert.code(), applicant.code());
        }
        if (!applicant.preReview().passed()) {
            throw refuse("rule.notPassed", applicant.code(), applicant.name());
        }
        Optional<ScoreSheet> current = stored.currentSheet(expertId, applicantId);
        if (current.isEmpty()) {
            long id = s.sheets().create(expertId, applicantId, 1, SheetOrigin.PAPER, codes(stored),
                    store.clock().instant());
            ReviewRules.scoringStarted(s, applicant.sessionId());
            return s.sheets().find(id).orElseThrow();
        }
        ScoreSheet sheet = current.get();
        if (sheet.status() != SheetStatus.DRAFT) {
            throw refuse("paper.sheetSigned", expert.code(), applicant.code(), AppText.of("sheet.origin." + sheet.origin().name()));
        }
        if (sheet.origin() != SheetOrigin.PAPER) {
            if (!untouched(sheet)) {
                throw refuse("paper.draftTyped", expert.code(), applicant.code());
            }
            s.sheets().setOrigin(sheet.id(), SheetOrigin.PAPER);
        }
        return s.sheets().find(sheet.id()).orElseThrow();
    }

    /**
     * The second person's entry of a signed paper sheet: every indicator's score as read from the
     * paper (rule 2 applies). It is kept whether or not it matches; the comparison says which
     * indicators differ.
     */
    public PaperComparison secondEntry(Actor actor, long sheetId, Map<String, String> typed) {
        return store.write(actor, s -> secondEntry(s, actor, sheetId, typed));
    }

    /**
     * Second entries of several signed paper sheets, each typed by {@code actor}, by the sheet
     * each answers (the expert's current sheet for the applicant); all kept, or none when any is refused.
     */
    public List<PaperComparison> secondEntries(Actor actor, List<TypedSheet> sheets) {
        return store.write(actor, s -> {
            List<PaperComparison> compared = new ArrayList<>();
            for (TypedSheet typed : sheets) {
                ScoreSheet sheet = s.sheets().current(typed.expertId(), typed.applicantId()).orElseThrow(() ->
                        refuse("paper.noFirst", ReviewRules.expert(s, typed.expertId()).code(),
                                ReviewRules.applicant(s, typed.applicantId()).code()));
                compared.add(secondEntry(s, actor, sheet.id(), typed.scores()));
            }
            return compared;
        });
    }

    private static PaperComparison secondEntry(Store s, Actor actor, long sheetId, Map<String, String> typed) {
        ExpertModeRules.secretaryOnly(s, "action.paperEntry");
        ScoreSheet sheet = ReviewRules.sheet(s, sheetId);
        ClosedSessions.refuseSheetChange(s, sheetId);
        if (sheet.origin() != SheetOrigin.PAPER) {
            throw refuse("paper.notPaper", sheetId, AppText.of("sheet.origin." + sheet.origin().name()));
        }
        if (sheet.status() != SheetStatus.SIGNED) {
            throw refuse("paper.firstUnfinished", sheetId, AppText.of("sheet.state." + sheet.status().name()));
        }
        Applicant applicant = ReviewRules.applicant(s, sheet.applicantId());
        if (s.experts().recusals(applicant.sessionId()).stream()
                .anyMatch(r -> r.expertId() == sheet.expertId() && r.applicantId() == applicant.id())) {
            // set aside by a recusal after signing: "it counts" would be untrue (round 11)
            throw refuse("paper.setAside", ReviewRules.expert(s, sheet.expertId()).code(), applicant.code());
        }
        // one person however the name is written: spaces around it, full-width letters, case (round 7)
        if (typists(s, sheetId).stream().map(PaperEntry::person).anyMatch(person(actor.name())::equals)) {
            throw refuse("paper.samePerson", actor.name().strip());
        }
        ProgrammeSettings programme = ReviewRules.session(s,
                ReviewRules.applicant(s, sheet.applicantId()).sessionId()).settings();
        Map<String, BigDecimal> scores = read(programme, typed);
        refuseUndoingSettled(s, sheet, scores);
        s.paperChecks().record(sheetId, scores, actor.name());
        return PaperComparison.of(sheet, s.paperChecks().find(sheetId).orElseThrow());
    }

    /**
     * A sheet whose two entries agree counts: a further entry that differs would undo that, and with
     * it any difference the secretary settled reading the paper (a tester's round 7 typed the first
     * file again as a "second" entry, and the settled sheet stopped counting, unasked). One that
     * agrees changes nothing (a file of second entries typed again after one was corrected).
     * Correcting a settled sheet is a re-opening, with its reason in the history.
     */
    private static void refuseUndoingSettled(Store s, ScoreSheet sheet, Map<String, BigDecimal> scores) {
        if (PaperComparison.of(sheet, scores).matches()) {
            return;
        }
        s.paperChecks().find(sheet.id()).filter(check -> PaperComparison.of(sheet, check).matches()).ifPresent(check -> {
            throw refuse("paper.settled", ReviewRules.expert(s, sheet.expertId()).code(),
                    ReviewRules.applicant(s, sheet.applicantId()).code(), check.enteredBy());
        });
    }

    /** Whether the person named typed any entry of the sheet, the first or the second, however the name is written. */
    static boolean typedAnEntry(Store s, long sheetId, String name) {
        Set<String> people = new HashSet<>(typists(s, sheetId));
        s.paperChecks().find(sheetId).ifPresent(check -> people.add(check.enteredBy()));
        return people.stream().map(PaperEntry::person).anyMatch(person(name)::equals);
    }

    /** The comparison of a paper sheet with its second entry, once there is one. */
    public Optional<PaperComparison> comparison(long sheetId) {
        return store.read(s -> {
            ScoreSheet sheet = ReviewRules.sheet(s, sheetId);
            return s.paperChecks().find(sheetId).map(check -> PaperComparison.of(sheet, check));
        });
    }

    /**
     * Every indicator's score as typed, or a refusal naming every problem of the sheet at once: a
     * tester's round 14 was told of one wrong score a run (1.1, then 1.2, then 5.3 missing).
     */
    private static Map<String, BigDecimal> read(ProgrammeSettings programme, Map<String, String> typed) {
        List<LocalizedText> problems = new ArrayList<>();
        for (String code : typed.keySet()) {
            if (programme.rubric().indicator(code).isEmpty()) {
                problems.add(AppText.of("rule.noIndicator", code));
            }
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Indicator indicator : programme.rubric().indicators()) {
            ScoreEntry.Result result = ScoreEntry.read(indicator, typed.get(indicator.code()), programme.precision());
            if (result.rejection().isPresent()) {
                problems.add(result.rejection().get().text());
            } else {
                scores.put(indicator.code(), result.value().orElseThrow());
            }
        }
        refuseIfAny(problems);
        return scores;
    }

    /** A sheet's problems refused at once: one said as it is, several counted, one a line; none, nothing. */
    public static void refuseIfAny(List<LocalizedText> problems) {
        if (problems.size() == 1) {
            throw new ValidationException(problems.get(0));
        }
        if (!problems.isEmpty()) {
            LocalizedText all = problems.get(0);
            for (LocalizedText next : problems.subList(1, problems.size())) {
                all = AppText.of("paper.problemThen", all, next);
            }
            throw new ValidationException(AppText.of("paper.problems", problems.size(), all));
        }
    }

    /** One person however the name is written (round 7: "张三 "; round 9: "张 三"). */
    private static String person(String name) {
        return Names.seen(name);
    }

    /**
     * Who typed any of the sheet's content or signed it: the history knows. A secretary who settled
     * a difference set the score kept, but read the paper rather than typed it.
     */
    static Set<String> typists(Store s, long sheetId) {
        Set<String> names = new HashSet<>();
        Set<String> settlers = new HashSet<>();
        for (HistoryEntry entry : s.history().forEntity(HistoryRepository.SHEET, String.valueOf(sheetId))) {
            boolean content = entry.field().startsWith("score:") || entry.field().startsWith("comment:")
                    || entry.field().equals("opinion") || entry.action().equals("sign");
            if (content) {
                names.add(entry.actor());
            }
        }
        for (HistoryEntry note : s.history().forEntity(HistoryRepository.NOTE, PaperResolution.subject(sheetId))) {
            if (note.action().equals(PaperResolution.ACTION)) {
                settlers.add(note.actor());
            }
        }
        names.removeAll(settlers);
        return names;
    }

    private static boolean untouched(ScoreSheet sheet) {
        return sheet.entries().stream().allMatch(e -> e.score().isEmpty() && e.comment().isEmpty())
                && sheet.opinion().isEmpty();
    }

    private static List<String> codes(StoredSession stored) {
        return List.copyOf(stored.session().settings().rubric().indicatorCodes());
    }
}

package com.parkreview.app.sheets;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.HistoryHead;
import com.parkreview.app.review.HistoryStamp;
import com.parkreview.app.review.IndicatorEntry;
import com.parkreview.app.review.PrintedSheet;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.reports.verify.CanonicalContent;
import com.parkreview.reports.verify.CanonicalForms;
import com.parkreview.reports.verify.SheetCode;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.rubric.Rubric;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code verify-sheet}: finds a printed sheet by the verification code on the paper, rebuilds the
 * sheet's canonical content from the data stored now, and compares it with the content recorded
 * when the sheet was printed. An expert sheet is compared with the expert's current sheet for the
 * applicant, so a sheet superseded by a re-review no longer matches; the other kinds are rebuilt
 * as they would print now.
 */
public final class SheetVerification {

    private final StoreAccess store;

    public SheetVerification(StoreAccess store) {
        this.store = store;
    }

    /**
     * Checks the code as typed off the paper (upper or lower case, spaces or dashes between groups),
     * or as scanned from its QR code, which also carries where the history stood when the sheet was
     * made ({@link HistoryStamp}).
     */
    public SheetCheck check(String typed) {
        Optional<SheetCode> code = SheetCode.parse(typed);
        if (code.isEmpty()) {
            return new SheetCheck(SheetCheck.Verdict.NOT_A_CODE, Optional.empty(),
                    AppText.of("verifySheet.notACode", typed == null ? "" : typed.strip()), List.of());
        }
        Optional<HistoryStamp> stamp = stampOf(typed);
        return store.read(s -> check(s, code.get(),
                stamp.filter(st -> st.sameHistory(s.history()) && !st.heldBy(s.history())).map(HistoryStamp::seq)));
    }

    /** The stamp after the code in a scanned QR code's text ({@code PARKREVIEW-SHEET:<code>/<stamp>}), if any. */
    private static Optional<HistoryStamp> stampOf(String scanned) {
        int at = scanned.indexOf(SheetCode.STAMP_SEPARATOR);
        return at < 0 ? Optional.empty() : HistoryStamp.parse(scanned.substring(at + 1));
    }

    /** @param stampLost the history entry a scanned stamp names that this database no longer holds */
    private SheetCheck check(Store s, SheetCode code, Optional<Long> stampLost) {
        Optional<PrintedSheet> found = s.printedSheets().find(code.value());
        if (found.isEmpty() && stampLost.isPresent()) { // the sheet's record went with the cut
            long newest = s.history().head().map(HistoryHead::seq).orElse(0L);
            return new SheetCheck(SheetCheck.Verdict.HISTORY_CUT, Optional.empty(),
                    AppText.of("verifySheet.stampLost", code.value(), stampLost.get(), newest), List.of());
        }
        if (found.isEmpty()) {
            return printedElsewhere(s, code)
                    .map(what -> new SheetCheck(SheetCheck.Verdict.MATCHES, Optional.<PrintedSheet>empty(),
                            AppText.of("verifySheet.matchesElsewhere", code.value(), what), List.of()))
                    .orElseGet(() -> new SheetCheck(SheetCheck.Verdict.UNKNOWN, Optional.empty(),
                            AppText.of("verifySheet.unknown", code.value()), List.of()));
        }
        PrintedSheet printed = found.get();
        LocalizedText what = describe(s, printed);
        List<LocalizedText> changes = new ArrayList<>();
        if (!SheetCode.ofText(printed.canonicalText()).equals(code)) {
            changes.add(AppText.of("verifySheet.recordAltered"));
        } else {
            changes.addAll(compare(s, printed));
        }
        // the record's own head, where it has one, is what the printing wrote; a stamp read off the
        // paper stands in only for a sheet printed before records kept it (a mistyped stamp must not
        // make a whole history look rewritten)
        Optional<Long> lost = printed.historyHead().isPresent()
                ? printed.historyHead().filter(head -> !s.history().holds(head)).map(HistoryHead::seq)
                : stampLost;
        if (lost.isPresent()) {
            return new SheetCheck(SheetCheck.Verdict.HISTORY_CUT, found, historyCut(s, code, what, lost.get()), changes);
        }
        return changes.isEmpty()
                ? new SheetCheck(SheetCheck.Verdict.MATCHES, found, AppText.of("verifySheet.matches", code.value(), what),
                        List.of())
                : new SheetCheck(SheetCheck.Verdict.CHANGED, found,
                        AppText.of("verifySheet.changed", code.value(), what, changes.size()), changes);
    }

    /**
     * The history no longer holds the entry that recorded the printing: cut back before it (rows
     * deleted off its end, an older copy put in place) or rewritten from there on.
     */
    private static LocalizedText historyCut(Store s, SheetCode code, LocalizedText what, long printedAt) {
        long newest = s.history().head().map(HistoryHead::seq).orElse(0L);
        return newest < printedAt
                ? AppText.of("verifySheet.historyCut", code.value(), what, printedAt, newest)
                : AppText.of("verifySheet.historyRewritten", code.value(), what, printedAt, newest);
    }

    /**
     * An expert sheet printed where its code could not be recorded here — on the expert's own
     * laptop, before the score file came back — is found by making every current expert sheet's
     * content again: the code is the same wherever the same data is printed. Only a sheet that
     * still matches can be found this way; what changed since cannot be said without the record.
     */
    private Optional<LocalizedText> printedElsewhere(Store s, SheetCode code) {
        for (var session : s.sessions().list()) {
            StoredSheets now = StoredSheets.load(s, session.id(), session.date().orElse(LocalDate.now(store.clock())));
            Rubric rubric = now.stored().session().settings().rubric();
            for (Applicant a : now.stored().panelApplicants()) {
                for (Expert e : now.stored().experts()) {
                    Optional<ScoreSheet> sheet = now.stored().currentSheet(e.id(), a.id());
                    if (sheet.isEmpty() || !sheet.get().complete()) {
                        continue;
                    }
                    CanonicalContent content = CanonicalForms.expertSheet(now.header(sheet.get().round()), rubric,
                            now.applicant(a), now.expert(e), now.sheet(sheet.get()));
                    if (SheetCode.ofText(content.text()).equals(code)) {
                        return Optional.of(AppText.of("verifySheet.what.elsewhere", AppText.of(
                                "verifySheet.expertSheet", e.code(), e.name(), a.code(), a.name()),
                                sheet.get().round(), session.name()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The notes on what happened to the sheet, then each canonical item that differs. */
    private static List<LocalizedText> compare(Store s, PrintedSheet printed) {
        Map<String, String> was = CanonicalContent.read(printed.canonicalText());
        // a session without a date prints the day it is printed: rebuild with the day it was
        StoredSheets now = StoredSheets.load(s, printed.sessionId(), LocalDate.parse(was.get("session.date")));
        Rubric rubric = now.stored().session().settings().rubric();
        Optional<Applicant> applicant = printed.applicantId().flatMap(id -> s.applicants().find(id));
        Optional<Expert> expert = printed.expertId().flatMap(id -> s.experts().find(id));
        SheetChanges.Subject subject = new SheetChanges.Subject(printed.kind(),
                expert.map(Expert::code).orElse(""), applicant.map(Applicant::code).orElse(""));
        List<LocalizedText> notes = new ArrayList<>();
        Set<String> explained = Set.of();
        CanonicalContent content;
        switch (printed.kind()) {
            case BLANK -> content = CanonicalForms.blankSheet(now.header(printed.round()), rubric,
                    now.applicant(applicant.orElseThrow()));
            case EXPERT -> {
                Applicant a = applicant.orElseThrow();
                Expert e = expert.orElseThrow();
                if (now.stored().recused(e.id(), a.id())) {
                    notes.add(AppText.of("verifySheet.recusedNow", e.code(), a.code()));
                }
                ScoreSheet current = now.stored().currentSheet(e.id(), a.id()).orElseThrow();
                if (current.round() != printed.round()) {
                    notes.add(AppText.of("verifySheet.superseded", printed.round(), current.round()));
                    explained = Set.of("session.round", "sheet.round");
                }
                List<String> unscored = current.entries().stream().filter(x -> x.score().isEmpty())
                        .map(IndicatorEntry::code).toList();
                if (!unscored.isEmpty()) {
                    notes.add(AppText.of("verifySheet.noScoreNow", current.round(), String.join(" ", unscored)));
                    return notes;
                }
                content = CanonicalForms.expertSheet(now.header(current.round()), rubric, now.applicant(a),
                        now.expert(e), now.sheet(current));
            }
            case SUMMARY -> {
                Applicant a = applicant.orElseThrow();
                if (!a.preReview().passed()) {
                    notes.add(AppText.of("verifySheet.notOnPanel", a.code(), a.preReview().result().name()));
                    return notes;
                }
                content = CanonicalForms.panelSummary(now.summary(a));
            }
            case RESULTS -> content = CanonicalForms.results(now.results());
            case SIGN_IN -> content = CanonicalForms.signIn(now.signIn());
            default -> throw new IllegalStateException("unknown kind " + printed.kind());
        }
        notes.addAll(SheetChanges.between(subject, was, CanonicalContent.read(content.text()), explained));
        return notes;
    }

    /** What the sheet is and when and by whom it was printed. */
    private LocalizedText describe(Store s, PrintedSheet printed) {
        Optional<Applicant> applicant = printed.applicantId().flatMap(id -> s.applicants().find(id));
        Optional<Expert> expert = printed.expertId().flatMap(id -> s.experts().find(id));
        LocalizedText sheet = switch (printed.kind()) {
            case EXPERT -> AppText.of("verifySheet.expertSheet", expert.orElseThrow().code(), expert.get().name(),
                    applicant.orElseThrow().code(), applicant.get().name());
            case BLANK -> AppText.of("verifySheet.blankSheet", applicant.orElseThrow().code(), applicant.get().name());
            case SUMMARY -> AppText.of("verifySheet.summarySheet", applicant.orElseThrow().code(),
                    applicant.get().name());
            case RESULTS -> AppText.of("verifySheet.resultsSheet");
            case SIGN_IN -> AppText.of("verifySheet.signInSheet");
        };
        String session = s.sessions().find(printed.sessionId()).map(x -> x.name()).orElse("");
        ZonedDateTime at = printed.printedAt().atZone(store.clock().getZone());
        return AppText.of("verifySheet.what", sheet, printed.round(), session, at, printed.printedBy());
    }
}

package com.parkreview.app.sheets;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.PrintedSheet;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fill.SheetKind;
import com.parkreview.reports.verify.CanonicalContent;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is recorded of a sheet made for output: its code and canonical text, and what the sheet is
 * — read from the canonical text itself (the applicant's {@code applicant.id}, the one expert of
 * an expert sheet, the round of its head), so that the record says exactly what was printed.
 */
final class PrintedSheets {

    private PrintedSheets() {
    }

    static PrintedSheet.New record(StoredSheets session, FilledSheet sheet) {
        Map<String, String> items = CanonicalContent.read(sheet.canonicalText());
        PrintedSheet.Kind kind = kind(sheet.kind());
        Optional<Long> applicant = Optional.ofNullable(items.get("applicant.id"))
                .map(code -> session.stored().applicantByCode(code).map(Applicant::id).orElseThrow(
                        () -> new IllegalStateException("sheet " + sheet.name() + " names an applicant not stored: " + code)));
        Optional<Long> expert = kind == PrintedSheet.Kind.EXPERT ? Optional.of(expertOf(session, items, sheet))
                : Optional.empty();
        int round = Integer.parseInt(items.get("session.round"));
        return new PrintedSheet.New(sheet.code().value(), kind, session.stored().session().id(), applicant, expert,
                round, sheet.canonicalText());
    }

    static PrintedSheet.Kind kind(SheetKind kind) {
        return switch (kind) {
            case BLANK_SHEET -> PrintedSheet.Kind.BLANK;
            case EXPERT_SHEET -> PrintedSheet.Kind.EXPERT;
            case PANEL_SUMMARY -> PrintedSheet.Kind.SUMMARY;
            case RESULTS -> PrintedSheet.Kind.RESULTS;
            case SIGN_IN -> PrintedSheet.Kind.SIGN_IN;
        };
    }

    /** An expert sheet has the lines {@code expert.<code>.*} of its one expert. */
    private static long expertOf(StoredSheets session, Map<String, String> items, FilledSheet sheet) {
        Map<String, Expert> experts = session.stored().expertsByCode();
        return items.keySet().stream()
                .filter(key -> key.startsWith("expert.") && key.endsWith(".name"))
                .map(key -> key.substring("expert.".length(), key.length() - ".name".length()))
                .map(experts::get)
                .filter(Objects::nonNull)
                .map(Expert::id)
                .reduce((a, b) -> {
                    throw new IllegalStateException("expert sheet " + sheet.name() + " names more than one expert");
                })
                .orElseThrow(() -> new IllegalStateException("expert sheet " + sheet.name() + " names no stored expert"));
    }
}

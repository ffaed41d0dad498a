package com.parkreview.app.sheets;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.SheetKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Fills the sheets a request asks for from a stored session. A sheet that cannot be printed yet
 * (an expert sheet with a score missing, an applicant that did not pass pre-review) is refused
 * with the reason.
 */
public final class SheetMaker {

    private final ReportService reports;

    public SheetMaker(ReportService reports) {
        this.reports = reports;
    }

    public List<FilledSheet> fill(StoredSheets session, SheetRequest request) {
        var settings = session.stored().session().settings();
        return switch (request.kind()) {
            case BLANK -> applicants(session, request.applicant()).stream()
                    .map(a -> reports.blankSheet(session.header(1), settings, session.applicant(a))).toList();
            case EXPERT -> expertSheets(session, request);
            case SUMMARY -> applicants(session, request.applicant()).stream()
                    .map(a -> reports.panelSummary(session.summary(a), settings)).toList();
            case RESULTS -> List.of(reports.results(session.results(), settings));
            case SIGN_IN -> List.of(reports.signIn(session.signIn()));
            case PACK -> reports.pack(session.pack(), EnumSet.allOf(SheetKind.class));
        };
    }

    private List<FilledSheet> expertSheets(StoredSheets session, SheetRequest request) {
        var settings = session.stored().session().settings();
        List<FilledSheet> sheets = new ArrayList<>();
        List<Expert> experts = request.expert().isPresent()
                ? List.of(expert(session, request.expert().get()))
                : session.stored().experts();
        for (Applicant applicant : applicants(session, request.applicant())) {
            for (Expert expert : experts) {
                Optional<ScoreSheet> sheet = session.stored().currentSheet(expert.id(), applicant.id());
                boolean named = request.applicant().isPresent() && request.expert().isPresent();
                if (sheet.isEmpty() || !sheet.get().complete()) {
                    if (named) {
                        throw refuse(sheet.isEmpty() ? "sheets.notStarted" : "sheets.incomplete", expert.code(),
                                applicant.code());
                    }
                    continue; // printing them all: the sheets not ready yet are left out
                }
                if (sheet.get().status() == SheetStatus.SUPERSEDED) {
                    continue;
                }
                sheets.add(reports.expertSheet(session.header(sheet.get().round()), settings,
                        session.applicant(applicant), session.expert(expert), session.sheet(sheet.get())));
            }
        }
        if (sheets.isEmpty()) {
            throw refuse("sheets.noneReady");
        }
        return sheets;
    }

    private static List<Applicant> applicants(StoredSheets session, Optional<String> code) {
        if (code.isEmpty()) {
            return session.stored().panelApplicants();
        }
        Applicant applicant = session.stored().applicantByCode(code.get())
                .orElseThrow(() -> refuse("sheets.noApplicant", code.get(),
                        String.join(" ", session.stored().applicants().stream().map(Applicant::code).toList())));
        if (!applicant.preReview().passed()) {
            throw refuse("rule.notPassed", applicant.code(), applicant.name());
        }
        return List.of(applicant);
    }

    private static Expert expert(StoredSheets session, String code) {
        return session.stored().experts().stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> refuse("sheets.noExpert", code,
                        String.join(" ", session.stored().experts().stream().map(Expert::code).toList())));
    }
}

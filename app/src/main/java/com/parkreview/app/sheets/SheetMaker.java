package com.parkreview.app.sheets;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.Panel;
import com.parkreview.app.review.PrintedSheet;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.StoreAccess;
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
 *
 * <p>Whatever is printed, exported or previewed goes through {@link #make}: it records each
 * sheet's verification code with the canonical text it was computed from ({@code printed_sheet}),
 * so that {@link SheetVerification} can later tell whether a paper sheet still matches the stored
 * data. A code is recorded when the sheet is made, before the user prints or saves it: a sheet
 * previewed and never printed leaves a record no paper will ever be checked against, which is
 * harmless, while one printed and not recorded could never be checked.
 */
public final class SheetMaker {

    private final ReportService reports;
    private final StoreAccess store;
    private final Actor actor;

    /** A maker that records the code of every sheet it makes, as printed by the actor. */
    public SheetMaker(ReportService reports, StoreAccess store, Actor actor) {
        this.reports = reports;
        this.store = store;
        this.actor = actor;
    }

    /**
     * The sheets for output (PDF, PDF/A, one file each, XLSX, print, preview), their codes
     * recorded. When the database cannot be written the sheets are made all the same and the
     * printout says that their codes were not recorded.
     */
    public Printout make(StoredSheets session, SheetRequest request) {
        return record(session, fill(session, request));
    }

    /**
     * Records the codes of sheets filled by {@link #fill}: at once for what is shown or printed, or,
     * for a file, once the file is whole and before it takes its name ({@link PrintSheets#print(Actor,
     * long, SheetRequest, java.nio.file.Path, PrintSheets.Format)}).
     */
    Printout record(StoredSheets session, List<FilledSheet> sheets) {
        if (!store.writable()) {
            return new Printout(sheets, 0, Optional.of(AppText.of("sheets.notRecorded")));
        }
        long sessionId = session.stored().session().id();
        if (!store.read(s -> s.panels().mayChange(sessionId))) {
            return new Printout(sheets, 0, Optional.of(AppText.of("sheets.otherPanel",
                    store.read(s -> s.panels().ofSession(sessionId)).map(Panel::name).orElse("—"))));
        }
        List<PrintedSheet.New> records = sheets.stream().map(sheet -> PrintedSheets.record(session, sheet)).toList();
        int recorded = store.write(actor, s -> (int) records.stream()
                .filter(record -> s.printedSheets().record(record)).count());
        return new Printout(sheets, recorded, Optional.empty());
    }

    /** The sheets filled, nothing recorded yet; refused, saying what comes first, when there would be none. */
    List<FilledSheet> fill(StoredSheets session, SheetRequest request) {
        var settings = session.stored().session().settings();
        String name = session.stored().session().details().name();
        boolean signIn = request.kind() == SheetRequest.Kind.SIGN_IN || request.kind() == SheetRequest.Kind.PACK;
        boolean summaries = request.kind() == SheetRequest.Kind.SUMMARY || request.kind() == SheetRequest.Kind.PACK;
        if (signIn && session.stored().experts().isEmpty()) {
            throw refuse("sheets.noExperts", name);
        }
        if (session.stored().panelApplicants().isEmpty() && request.kind() != SheetRequest.Kind.SIGN_IN) {
            throw refuse("sheets.noApplicantPassed", name);
        }
        if (summaries && session.stored().experts().stream().filter(Expert::groupLeader).count() != 1) {
            throw refuse("sheets.noGroupLeader", name); // round 7: "did not expect", exit 1 (no experts at all too)
        }
        return switch (request.kind()) {
            case BLANK -> applicants(session, request.applicant()).stream()
                    .map(a -> reports.blankSheet(session.headerOf(a), settings, session.applicant(a))).toList();
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

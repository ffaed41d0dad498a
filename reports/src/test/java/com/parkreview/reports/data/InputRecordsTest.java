package com.parkreview.reports.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.SessionPack;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputRecordsTest {

    private static final PanelSummary A03 = RealisticSession.pack().summaries().get(2);
    private static final UnifiedSocialCreditCode USCC = UnifiedSocialCreditCode.parse("91110107MA04PL2W9W");

    @Test
    void aPackTakesTheSummaryOfAReReviewedApplicantAtItsLaterRoundButNotOneOfAnotherSession() {
        SessionPack pack = RealisticSession.pack();
        List<PanelSummary> summaries = new ArrayList<>(pack.summaries());
        PanelSummary a03 = summaries.get(2);
        summaries.set(2, withHeader(a03, a03.header().withRound(2)));
        assertDoesNotThrow(() -> new SessionPack(pack.settings(), pack.signIn(), summaries, pack.results()));
        SessionHeader other = new SessionHeader("另一评审会", a03.header().citation(), a03.header().year(),
                a03.header().date(), a03.header().venue(), 1);
        summaries.set(2, withHeader(a03, other));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionPack(pack.settings(), pack.signIn(), summaries, pack.results()));
    }

    private static PanelSummary withHeader(PanelSummary summary, SessionHeader header) {
        return new PanelSummary(header, summary.applicant(), summary.funding(), summary.panel(), summary.sheets(),
                summary.superseded(), summary.result(), summary.resolutions(), summary.jointOpinion());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            A01,      true
            E_12-b,   true
            '',       false
            A 01,     false
            A.01,     false
            申报单位1, false
            """)
    void idsAreWhatACanonicalKeyCanHold(String id, boolean accepted) {
        if (accepted) {
            assertDoesNotThrow(() -> new Applicant(id, "名称", USCC, 1));
        } else {
            assertThrows(IllegalArgumentException.class, () -> new Applicant(id, "名称", USCC, 1));
        }
    }

    @Test
    void aSignedSheetNeedsAnOpinion() {
        ScoreSheet sheet = A03.sheetOf("E1");
        assertThrows(IllegalArgumentException.class, () -> new ScoreSheet("A03", "E1", 1, SheetStatus.SIGNED,
                sheet.scores(), Map.of(), " ", Optional.of(LocalDateTime.of(2026, 11, 23, 9, 0))));
        assertDoesNotThrow(() -> new ScoreSheet("A03", "E1", 1, SheetStatus.DRAFT, sheet.scores(), Map.of(), "",
                Optional.empty()));
    }

    @Test
    void aCommentOnAnIndicatorTheSheetDoesNotScoreIsRefused() {
        ScoreSheet sheet = A03.sheetOf("E1");
        assertThrows(IllegalArgumentException.class, () -> new ScoreSheet("A03", "E1", 1, SheetStatus.DRAFT,
                sheet.scores(), Map.of("9.9", "?"), "", Optional.empty()));
    }

    @Test
    void summaryRefusesASheetWhoseTotalIsNotTheMergedOne() {
        List<ScoreSheet> sheets = new ArrayList<>(A03.sheets());
        ScoreSheet e1 = sheets.get(0);
        Map<String, BigDecimal> scores = new LinkedHashMap<>(e1.scores());
        scores.put("1.1", scores.get("1.1").add(BigDecimal.ONE));
        sheets.set(0, new ScoreSheet("A03", e1.expertId(), 1, e1.status(), scores, e1.comments(), e1.opinion(),
                e1.signedAt()));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> withSheets(sheets, A03.superseded()));
        assertTrue(refused.getMessage().contains("totals"), refused.getMessage());
    }

    @Test
    void summaryRefusesASupersededSheetWithoutALaterOne() {
        ScoreSheet old = A03.superseded().get(0);
        ScoreSheet stray = new ScoreSheet("A03", "E2", 1, SheetStatus.SUPERSEDED, old.scores(), Map.of(), "",
                Optional.empty());
        List<ScoreSheet> superseded = new ArrayList<>(A03.superseded());
        superseded.add(stray);
        assertThrows(IllegalArgumentException.class, () -> withSheets(A03.sheets(), superseded));
    }

    @Test
    void summaryRefusesAMissingCurrentSheet() {
        assertThrows(IllegalArgumentException.class, () -> withSheets(A03.sheets().subList(1, 5), A03.superseded()));
    }

    @Test
    void signInListRefusesARecusalOfSomeoneNotOnIt() {
        RecusalDeclaration stranger = new RecusalDeclaration("E9", RealisticSession.applicant("A02"), "理由");
        assertThrows(IllegalArgumentException.class,
                () -> new SignInList(RealisticSession.HEADER, RealisticSession.EXPERTS, List.of(stranger)));
    }

    private static PanelSummary withSheets(List<ScoreSheet> sheets, List<ScoreSheet> superseded) {
        return new PanelSummary(A03.header(), A03.applicant(), A03.funding(), A03.panel(), sheets, superseded,
                A03.result(), A03.resolutions(), A03.jointOpinion());
    }
}

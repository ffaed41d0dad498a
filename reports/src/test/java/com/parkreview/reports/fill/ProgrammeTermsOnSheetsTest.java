package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.PdfRuns;
import com.parkreview.reports.pdf.SheetPdf;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.Tier;
import com.parkreview.scoring.settings.TierScale;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sheets print the programme's terms from the session's settings, never from ParkReview's
 * constants: a session held under another citation, cap and tier names shows those on every
 * sheet, and nothing of the built-in 石景山 terms.
 */
class ProgrammeTermsOnSheetsTest {

    private static final ProgrammeSettings TERMS = ProgrammeSettings.SHIJINGSHAN
            .withCitation("《某区产业园区运营支持办法》实施细则（2027年修订） 第三条 支持园区运营")
            .withAnnualCap(Money.wan("1234"))
            .withTiers(new TierScale(List.of(
                    new Tier("excellent", "甲等", new BigDecimal("80"), BigDecimal.ONE),
                    new Tier("good", "乙等", new BigDecimal("60"), new BigDecimal("0.50")),
                    new Tier("fail", "丙等", BigDecimal.ZERO, BigDecimal.ZERO))));
    private static List<FilledSheet> sheets;
    private static byte[] pdf;

    @BeforeAll
    static void print() {
        ReportService service = new ReportService();
        sheets = service.pack(RealisticSession.underTerms(TERMS), EnumSet.allOf(SheetKind.class));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportPdf(sheets, DocumentInfo.of("terms", Optional.empty(), sheets), out);
        pdf = out.toByteArray();
        SheetPdf.keep("other-terms-pack.pdf", pdf);
    }

    @Test
    void everySheetCitesTheSessionsClause() {
        int page = 1;
        for (FilledSheet sheet : sheets) {
            String text = PdfRuns.of(pdf, page, page + sheet.pages() - 1).compact();
            assertTrue(text.contains(PdfRuns.compact(TERMS.citation())), sheet.name());
            page += sheet.pages();
        }
    }

    @Test
    void noSheetPrintsTheBuiltInTerms() {
        String text = PdfRuns.of(pdf, 1, Integer.MAX_VALUE).compact();
        // the tiers and the cap as the templates word them; opinions may still say 良好 in passing
        for (String builtIn : List.of("支持产业运营", "政策原文第九条", "优秀≥", "良好≥", "不合格<", "优秀（支持比例",
                "良好（支持比例", "年度支持上限1500.00")) {
            assertFalse(text.contains(builtIn), builtIn);
        }
    }

    @Test
    void resultsShowTheSessionsTierNamesSharesAndCap() {
        FilledSheet results = sheets.get(sheets.size() - 1);
        int first = 1 + sheets.subList(0, sheets.size() - 1).stream().mapToInt(FilledSheet::pages).sum();
        String text = PdfRuns.of(pdf, first, first + results.pages() - 1).compact();
        // A01 85.30 甲等 (1500 applied, base 1234); A06 79.40 乙等 at 50% of 1234 = 617
        assertTrue(text.contains("85.30甲等1234.001500.001234.00100%0.001234.00"), text);
        assertTrue(text.contains("79.40乙等1234.001234.0050%0.00617.00"), text);
        assertTrue(text.contains("甲等≥80分（100%）；乙等≥60分（50%）；丙等<60分（不予支持）"), text);
    }
}

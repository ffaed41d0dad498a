package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.SessionPack;
import com.parkreview.reports.data.Applicant;
import com.parkreview.reports.data.SheetStatus;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.PdfRuns;
import com.parkreview.reports.pdf.PdfText;
import com.parkreview.reports.pdf.SheetPdf;
import com.parkreview.scoring.merge.ApplicantFunding;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Amounts typed with more decimals than two (万元 to the 元 and below: 1499.999999) are printed as
 * typed: a tester's round 10 read 申请金额 1500.00, 已获同类支持 0.00 and 拟支持金额 1049.99 on the
 * results list, which do not add up by hand. The amount itself is truncated to 0.01 万元, and the
 * note under the list says so.
 */
class ExactAmountsTest {

    private static final String SCORES = "4 4 4 4 4 4.5 8 8 12 12 4 4 8"; // 80.5: 优秀, 100%

    @Test
    void amountsWithSixDecimalsArePrintedAsTypedOnTheListAndInTheWorkbook() throws Exception {
        String first17 = "91110107MA0888888";
        var builder = RealisticSession.builder().applicant(new Applicant("A08", "北京精确金额园区运营有限公司",
                UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17)), 8),
                new ApplicantFunding(Optional.of(Money.wan("1499.999999")), Money.wan("0.000001")), 0);
        for (String expert : List.of("E1", "E2", "E3", "E4", "E5")) {
            builder.sheet(RealisticSession.sheet("A08", expert, 1, SheetStatus.SIGNED, SCORES, "运营基础扎实，建议支持。",
                    LocalDateTime.of(2026, 11, 23, 10, 0)));
        }
        SessionPack pack = builder.build();
        ReportService service = new ReportService();
        FilledSheet results = service.results(pack.results(), pack.settings());
        byte[] pdf = SheetPdf.export(results);
        String cells = PdfRuns.of(pdf, 1, PdfText.of(pdf).pageCount()).compact();

        // cap, applied, base, share, received, amount: 1499.999999 × 100% − 0.000001 = 1499.999998 → 1499.99
        assertTrue(cells.contains("1500.001499.9999991499.999999100%0.0000011499.99"), cells);
        assertTrue(cells.contains("0.01万元以下舍去"), cells);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportWorkbook(pack, results, DocumentInfo.of("结果", Optional.empty(), List.of(results)), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("结果");
            Row row = null;
            boolean remarksInWords = false;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("A08")) {
                    row = r;
                }
                // the flags in the list's words, their codes beside them for a filter (they were codes only)
                remarksInWords |= r.getRowNum() > 0 && r.getCell(16).getStringCellValue().contains("待处理：档次分歧")
                        && r.getCell(17).getStringCellValue().contains("tier_split");
            }
            assertTrue(remarksInWords);
            assertEquals("0.00####", row.getCell(8).getCellStyle().getDataFormatString());
            assertEquals(1499.999999, row.getCell(8).getNumericCellValue());
            Row head = sheet.getRow(0);
            assertEquals("备注", head.getCell(16).getStringCellValue());
            assertEquals("标记代码", head.getCell(17).getStringCellValue());
        }
    }
}

package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.parkreview.reports.data.Applicant;
import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.fixture.LongOpinion;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.PdfText;
import com.parkreview.reports.pdf.QrCodes;
import com.parkreview.reports.pdf.SheetPdf;
import com.parkreview.reports.verify.CanonicalForms;
import com.parkreview.reports.verify.SheetCode;
import com.parkreview.scoring.rubric.Indicator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreSheetReportTest {

    private static final PanelSummary A03 = RealisticSession.pack().summaries().get(2);
    /** The indicator column of score-sheet.jrxml: left margin 45 + 36, 265 wide. */
    private static final float GUIDANCE_X = 81;
    private static final float GUIDANCE_WIDTH = 265;
    private static final Pattern PRINTED_CODE = Pattern.compile("校验码：([0-9a-f]{12})");

    @Test
    void expertSheetPrintsTheChineseTitleTheApplicantTheExpertAndTheRound() {
        PdfText pdf = PdfText.of(SheetPdf.export(expertSheet("E1", A03.sheetOf("E1"))));
        assertTrue(pdf.all().contains("专家评分表"), pdf.all());
        assertTrue(pdf.all().contains("首钢园具身智能产业基地运营管理有限公司"));
        assertTrue(pdf.all().contains("91110107MA04PL2W9W"));
        assertTrue(pdf.all().contains("王建国"));
        assertTrue(pdf.all().contains("第 1 轮"));
    }

    @ParameterizedTest(name = "indicator {0}: maximum {1}, score {2}")
    @CsvSource(textBlock = """
            1.1, 5,  4.0
            1.2, 5,  4.0
            1.3, 5,  3.5
            2.1, 5,  4.0
            2.2, 5,  4.0
            2.3, 5,  4.5
            3.1, 10, 7.5
            3.2, 10, 7.5
            4.1, 15, 12.0
            4.2, 15, 11.5
            5.1, 5,  4.0
            5.2, 5,  4.0
            5.3, 10, 8.0
            """)
    void expertSheetPrintsEveryScoreBesideItsMaximum(String code, String max, String score) {
        PdfText pdf = PdfText.of(SheetPdf.export(expertSheet("E1", A03.sheetOf("E1"))));
        assertTrue(pdf.lineStartingWith(code + " ").contains(" " + max + " " + score), pdf.lineStartingWith(code + " "));
    }

    @Test
    void expertSheetPrintsTheTotalTheTierItWouldGiveTheCommentsAndTheOpinion() {
        ScoreSheet sheet = A03.sheetOf("E1");
        PdfText pdf = PdfText.of(SheetPdf.export(expertSheet("E1", sheet)));
        assertTrue(pdf.lineStartingWith("合计").endsWith("100 78.5"), pdf.lineStartingWith("合计"));
        assertTrue(pdf.all().contains("良好（支持比例 70%）"));
        assertTrue(pdf.compact().contains("聚焦人形机器人方向"));
        assertTrue(pdf.compact().contains(sheet.opinion().replaceAll("\\s+", "")));
    }

    @Test
    void expertSheetPrintsTheKeyFingerprintUnderTheSignatureLineWhenTheExpertHasOne() {
        PdfText withKey = PdfText.of(SheetPdf.export(expertSheet("E1", A03.sheetOf("E1"))));
        String withoutKey = PdfText.of(SheetPdf.export(expertSheet("E2", A03.sheetOf("E2")))).all();
        assertEquals("签名密钥指纹 / Key fingerprint: 7C1A 93E0 5B2D F846", withKey.lineStartingWith("签名密钥指纹"));
        List<String> lines = withKey.all().lines().map(String::strip).toList();
        int signature = lines.indexOf(lines.stream().filter(l -> l.startsWith("评审专家（签名）")).findFirst().orElseThrow());
        assertTrue(lines.get(signature + 1).startsWith("签名密钥指纹"), "right after the signature line: " + lines);
        assertFalse(withoutKey.contains("Key fingerprint"), withoutKey);
        assertFalse(withoutKey.contains("密钥指纹"), withoutKey);
    }

    @Test
    void aReReviewedSheetSaysItsRound() {
        PdfText pdf = PdfText.of(SheetPdf.export(expertSheet("E5", A03.sheetOf("E5"))));
        assertTrue(pdf.all().contains("复评（第 2 轮）"), pdf.all());
        assertTrue(pdf.lineStartingWith("1.3 ").contains(" 5 1.5"));
    }

    @Test
    void blankSheetPrintsEveryIndicatorsGuidanceAndLeavesTheScoresEmpty() {
        FilledSheet sheet = ScoreSheetReport.blank(RealisticSession.HEADER, RealisticSession.SETTINGS, A03.applicant());
        byte[] bytes = SheetPdf.export(sheet);
        PdfText pdf = PdfText.of(bytes);
        String guidanceColumn = PdfText.column(bytes, 1, GUIDANCE_X, GUIDANCE_WIDTH);
        assertTrue(pdf.all().contains("评分表"));
        assertTrue(pdf.all().contains("首钢园具身智能产业基地运营管理有限公司"));
        for (Indicator indicator : RealisticSession.SETTINGS.rubric().indicators()) {
            assertTrue(guidanceColumn.contains(indicator.fullText().replaceAll("\\s+", "")), indicator.code());
            String line = pdf.lineStartingWith(indicator.code() + " ");
            assertTrue(line.endsWith(" " + indicator.max().toPlainString()), line);
        }
        assertEquals("合计 100", pdf.lineStartingWith("合计"));
        assertEquals(1, pdf.pageCount());
    }

    @Test
    void aTwoThousandCharacterOpinionFlowsOntoTheNextPageWithNothingCutOff() {
        String opinion = LongOpinion.text();
        ScoreSheet sheet = RealisticSession.packWithOpinion("A03", "E1", opinion).summaries().get(2).sheetOf("E1");
        assertEquals(LongOpinion.LENGTH, sheet.opinion().length());
        PdfText pdf = PdfText.of(SheetPdf.export(expertSheet("E1", sheet)));
        assertTrue(pdf.pageCount() >= 2, "pages: " + pdf.pageCount());
        assertTrue(pdf.page(pdf.pageCount()).replaceAll("\\s+", "").contains(LongOpinion.END));
        assertTrue(pdf.bodyText().contains(opinion), "the opinion is printed whole, in order");
        assertTrue(pdf.page(pdf.pageCount()).contains("评审专家（签名）"), "the signature line follows the opinion");
    }

    @Test
    void printedVerificationCodeIsTheCodeOfTheSheetsData() {
        ScoreSheet sheet = A03.sheetOf("E2");
        FilledSheet filled = expertSheet("E2", sheet);
        SheetCode expected = SheetCode.of(CanonicalForms.expertSheet(RealisticSession.HEADER,
                RealisticSession.SETTINGS.rubric(), A03.applicant(), RealisticSession.expert("E2"), sheet));
        assertEquals(expected, filled.code());
        assertEquals(expected.value(), printedCode(PdfText.of(SheetPdf.export(filled))));
    }

    @Test
    void qrCodePrintedOnTheSheetHoldsTheVerificationCode() {
        FilledSheet filled = expertSheet("E2", A03.sheetOf("E2"));
        assertEquals(filled.code().qrText(), QrCodes.readTopRightOfPdf(SheetPdf.export(filled)));
    }

    @Test
    void aStampTravelsInTheQrCodeAfterTheCodeAndLeavesTheCodeAsItWas() throws WriterException {
        String stamp = "H1412.0123456789ab.89abcdef";
        FilledSheet plain = expertSheet("E2", A03.sheetOf("E2"));
        FilledSheet stamped = ScoreSheetReport.expert(RealisticSession.HEADER.withStamp(stamp), RealisticSession.SETTINGS,
                A03.applicant(), RealisticSession.expert("E2"), A03.sheetOf("E2"));
        assertEquals(plain.code(), stamped.code(), "the stamp is not part of the sheet's content");
        String expected = "PARKREVIEW-SHEET:" + plain.code().value().toUpperCase(Locale.ROOT) + "/"
                + stamp.toUpperCase(Locale.ROOT);
        assertEquals(expected, QrCodes.readTopRightOfPdf(SheetPdf.export(stamped)));
        // in capitals the QR code is written in its alphanumeric mode: with the stamp, no more modules
        // (version 3, 29 × 29) than the code alone took in small letters, as earlier sheets printed it
        assertEquals(3, qrVersion("PARKREVIEW-SHEET:" + plain.code().value()));
        assertEquals(3, qrVersion(expected), "modules as large as the earlier sheets' were");
        assertEquals(expected, QrCodes.readTopRightOfPdf(SheetPdf.export(stamped), 100));
    }

    @Test
    void changingOneScoreChangesThePrintedCode() {
        ScoreSheet sheet = A03.sheetOf("E2");
        Map<String, BigDecimal> scores = new LinkedHashMap<>(sheet.scores());
        scores.put("3.2", scores.get("3.2").subtract(new BigDecimal("0.5")));
        ScoreSheet changed = new ScoreSheet(sheet.applicantId(), sheet.expertId(), sheet.round(), sheet.status(), scores,
                sheet.comments(), sheet.opinion(), sheet.signedAt());
        String before = printedCode(PdfText.of(SheetPdf.export(expertSheet("E2", sheet))));
        String after = printedCode(PdfText.of(SheetPdf.export(expertSheet("E2", changed))));
        assertNotEquals(before, after);
        assertEquals(SheetCode.of(CanonicalForms.expertSheet(RealisticSession.HEADER, RealisticSession.SETTINGS.rubric(),
                A03.applicant(), RealisticSession.expert("E2"), changed)).value(), after);
    }

    /**
     * A tester's round 11 printed the sheet of a paper sheet typed once, unchecked: it claimed
     * 电子签名状态：已签名 like a sheet the expert signed on the laptop. It says where it comes from.
     */
    @Test
    void aSheetTypedInFromPaperSaysSoAndClaimsNoElectronicSignature() {
        ScoreSheet sheet = A03.sheetOf("E2");
        ScoreSheet typedOnce = new ScoreSheet(sheet.applicantId(), sheet.expertId(), sheet.round(), sheet.status(),
                sheet.scores(), sheet.comments(), sheet.opinion(), sheet.signedAt(), java.util.Optional.of("仅录入一遍或两遍不一致，未核对"));
        String paper = PdfText.of(SheetPdf.export(expertSheet("E2", typedOnce))).compact();
        assertTrue(paper.contains("来源：专家签字的纸质评分表录入，仅录入一遍或两遍不一致，未核对"), paper);
        assertTrue(!paper.contains("电子签名状态"), paper);
        String electronic = PdfText.of(SheetPdf.export(expertSheet("E2", sheet))).compact();
        assertTrue(electronic.contains("电子签名状态：已签名"), electronic);
    }

    static String printedCode(PdfText pdf) {
        Matcher matcher = PRINTED_CODE.matcher(pdf.all());
        assertTrue(matcher.find(), "no 校验码 in the text");
        return matcher.group(1);
    }

    private static int qrVersion(String text) throws WriterException {
        return Encoder.encode(text, ErrorCorrectionLevel.M).getVersion().getVersionNumber();
    }

    private static FilledSheet expertSheet(String expertId, ScoreSheet sheet) {
        Applicant applicant = A03.applicant();
        Expert expert = RealisticSession.expert(expertId);
        return ScoreSheetReport.expert(RealisticSession.HEADER, RealisticSession.SETTINGS, applicant, expert, sheet);
    }
}

package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.demo.DemoSession;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.testing.PdfText;
import com.parkreview.reports.DocumentInfo;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formal sheets filled from a stored session (the demonstration session) and read back from the PDF. */
class ReportCommandTest {

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void demo() {
        db = dir.resolve("demo");
        try (Database database = Database.open(DatabaseFile.of(db), OpenOptions.creating())) {
            new DemoSession(database).create();
        }
    }

    private static List<String> fonts(Path pdf) throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
        }
        return names;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            blank   | --applicant=A03                | 评分表      | 首钢园具身智能产业基地运营管理有限公司 | 运营面积
            expert  | --applicant=A03 --expert=E5    | 专家评分表  | 陈磊                                 | 46.0
            summary | --applicant=A03                | 专家组评分汇总表 | 71.70                          | 750.00
            results | --all                          | 评审结果汇总表 | 北京石景山人形机器人产业园运营有限公司 | 1500.00
            signin  | --all                          | 专家签到表  | 近三年曾为该单位提供咨询服务          | 王建国
            """)
    void fillsEachSheetFromTheStoredSessionWithChineseEmbedded(String sheet, String selection, String title,
            String expected1, String expected2) throws Exception {
        Path pdf = dir.resolve(sheet + ".pdf");
        List<String> args = new ArrayList<>(List.of("report", "--db", db.toString(), "--session", "1",
                "--sheet", sheet, "--out", pdf.toString()));
        args.addAll(List.of(selection.split(" ")));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        String text = PdfText.of(pdf).replaceAll("\\s", ""); // Chinese wraps anywhere: compare without line breaks
        assertTrue(text.contains(title), text);
        assertTrue(text.contains(expected1), expected1 + " not in " + text);
        assertTrue(text.contains(expected2), expected2 + " not in " + text);
        assertTrue(fonts(pdf).stream().allMatch(f -> f.contains("WenQuanYiMicroHei") && f.endsWith("embedded")),
                fonts(pdf).toString());
        String code = run.out().strip().split("\\s+")[1];
        assertTrue(text.contains(code), "the printed verification code " + code + " is on the sheet");
    }

    @Test
    void wholePackCoversEveryApplicantThatWentToThePanel() throws Exception {
        Path pdf = dir.resolve("pack.pdf");
        CommandRun run = CommandRun.of("report", "--db", db.toString(), "--session", "1", "--sheet", "pack",
                "--out", pdf.toString());
        assertEquals(0, run.status(), run.err());
        String text = PdfText.of(pdf);
        for (String applicant : List.of("A01", "A02", "A03", "A04", "A05", "A06")) {
            assertTrue(run.out().contains("专家组评分汇总表_" + applicant), applicant);
        }
        assertTrue(text.contains("未签署"), "A05 and A06 have experts still to sign");
        assertFalse(run.out().contains("专家评分表_A06_E3"), "E3's sheet for A06 is half typed: not printed");
    }

    @Test
    void resultsExportAsAWorkbookOfDataSheetsAndAPrintSheetWithTheCode() throws Exception {
        Path xlsx = dir.resolve("results.xlsx");
        CommandRun run = CommandRun.of("report", "--db", db.toString(), "--session", "1", "--sheet", "results",
                "--out", xlsx.toString());
        assertEquals(0, run.status(), run.err());
        String code = run.out().strip().split("\\s+")[1];
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(List.of("结果", "专家评分", "偏差标记", "打印版"),
                    List.of(0, 1, 2, 3).stream().map(book::getSheetName).toList());
            assertEquals("演示秘书", book.getProperties().getCoreProperties().getCreator());
            assertTrue(book.getProperties().getCoreProperties().getKeywords().contains(code));
            assertTrue(book.getSheet("打印版").getFooter().getLeft().contains(code));
            var a01 = book.getSheet("结果").getRow(1);
            assertEquals("A01", a01.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, a01.getCell(12).getCellType(), "the amount is a number");
        }
    }

    /**
     * The demonstration session's pack: every applicant's and expert's name whole, the citation of
     * the implementing rules in the source's words, every sheet's code among the file's keywords.
     */
    @Test
    void demonstrationPackPrintsEveryNameWholeAndTheClauseOfTheRules() throws Exception {
        Path pdf = dir.resolve("demo-pack.pdf");
        CommandRun run = CommandRun.of("report", "--db", db.toString(), "--session", "1", "--sheet", "pack",
                "--out", pdf.toString());
        assertEquals(0, run.status(), run.err());
        String text = PdfText.of(pdf).replaceAll("[\\s\u3000]", "");
        List<String> names = new ArrayList<>(List.of(DemoSession.NAME, ProgrammeSettings.SHIJINGSHAN_CITATION,
                "统一社会信用代码", "石景山区科委三层会议室"));
        try (Database database = Database.open(DatabaseFile.of(db), OpenOptions.existing())) {
            database.read(s -> s.applicants().list(1)).forEach(a -> names.add(a.name()));
            database.read(s -> s.experts().list(1)).forEach(e -> {
                names.add(e.name());
                names.add(e.organisation());
            });
        }
        ProgrammeSettings.SHIJINGSHAN.rubric().indicators().forEach(i -> names.add(i.fullText()));
        for (String name : names) {
            assertTrue(text.contains(name.replaceAll("[\\s\u3000]", "")), name);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals("演示秘书", document.getDocumentInformation().getAuthor());
            assertEquals(DocumentInfo.PRODUCER, document.getDocumentInformation().getProducer());
            for (String line : run.out().lines().toList()) {
                assertTrue(document.getDocumentInformation().getKeywords().contains(line.split("\\s+")[1]), line);
            }
        }
    }

    @Test
    void pdfaWithEachWritesEveryFileAsTaggedPdfA2a() throws Exception {
        Path folder = dir.resolve("archive");
        CommandRun run = CommandRun.of("report", "--db", db.toString(), "--session", "1", "--sheet", "results",
                "--pdfa", "--each", "--out", folder.toString());
        assertEquals(0, run.status(), run.err());
        try (PDDocument document = Loader.loadPDF(folder.resolve("001_评审结果汇总表.pdf").toFile())) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""), xmp);
            assertTrue(xmp.contains("pdfaid:conformance>A<") || xmp.contains("pdfaid:conformance=\"A\""), xmp);
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("zh-CN", document.getDocumentCatalog().getLanguage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            incomplete sheet | --sheet=expert --applicant=A06 --expert=E3 --out=x.pdf | Expert E3's sheet for applicant A06 is not complete yet
            unknown applicant | --sheet=blank --applicant=A99 --out=x.pdf             | There is no applicant A99 in this session; the applicants are A01 A02 A03 A04 A05 A06.
            unknown expert    | --sheet=expert --applicant=A01 --expert=E9 --out=x.pdf | There is no expert E9 on this panel; the experts are E1 E2 E3 E4 E5.
            xlsx of a summary | --sheet=summary --applicant=A01 --out=x.xlsx          | Only the results list is exported as XLSX
            unknown kind      | --sheet=invoice --out=x.pdf                          | --sheet "invoice" is not a sheet here
            """)
    void refusesWithTheReason(String name, String options, String message) {
        List<String> args = new ArrayList<>(List.of("report", "--db", db.toString(), "--session", "1"));
        for (String option : options.split(" ")) {
            args.add(option.replace("=x.", "=" + dir.resolve("x.")));
        }
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(2, run.status(), run.out());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }
}

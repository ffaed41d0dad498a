package com.parkreview.app.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.csv.CsvTable;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A workbook that is not one, or holds a formula, is said so in words; never with POI's exception. */
class XlsxTableTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a CSV renamed    | applicant,expert\\nA01,E1                 | experts.xlsx: the file is not an .xlsx workbook
            text garbage     | PK garbage that is not a zip at all         | experts.xlsx: the file is not an .xlsx workbook
            """)
    void aFileThatIsNotAWorkbookIsSaidSo(String what, String content, String expected) throws Exception {
        Path file = dir.resolve("experts.xlsx");
        Files.write(file, content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
        List<InputProblem> problems = XlsxTable.read(file, SetupFiles.EXPERT_HEADER, Set.of()).problems();
        String message = problems.get(0).message(Locale.ENGLISH);
        assertEquals(true, message.startsWith(expected), message);
        assertFalse(message.contains("Exception") || message.contains("org.apache"), message);
    }

    @Test
    void aFormulaCellIsRefusedAtItsCell() throws Exception {
        Path file = dir.resolve("experts.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = sheetWithHeader(workbook, "Sheet0", SetupFiles.EXPERT_HEADER);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("E1");
            row.createCell(1).setCellFormula("HYPERLINK(\"http://example.invalid\",\"王\")");
            row.createCell(2).setCellValue("单位");
            row.createCell(3).setCellValue("产业专家");
            row.createCell(4).setCellValue("否");
            workbook.write(out);
        }
        List<InputProblem> problems = XlsxTable.read(file, SetupFiles.EXPERT_HEADER, Set.of()).problems();
        assertEquals("experts.xlsx line 2, column 2 (name): the cell holds a formula (=HYPERLINK(\"http://example.invalid\","
                + "\"王\")); type the value itself, or paste it as values.", problems.get(0).message(Locale.ENGLISH));
    }

    /**
     * A tester's round 5: the hidden first sheet was the one imported (A09 at 99,999 万元, where the
     * sheet shown held A01 at 1,000), and hidden rows went in without a word. What Excel hides is refused.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the first sheet hidden | sheet  | is hidden in Excel, and the import reads the first sheet
            a row hidden           | row    | experts.xlsx line 2: the row is hidden in Excel
            a column hidden        | column | experts.xlsx line 2, column 3 (organisation): the column is hidden in Excel
            """)
    void whatExcelHidesIsRefused(String what, String hidden, String said) throws Exception {
        Path file = dir.resolve("experts.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = expertsSheet(workbook, "隐藏");
            Row row = sheet.createRow(1);
            List.of("E1", "王建国", "北京某大学", "产业专家", "否").forEach(v -> row.createCell(row.getPhysicalNumberOfCells())
                    .setCellValue(v));
            workbook.createSheet("看得见的");
            switch (hidden) {
                case "sheet" -> workbook.setSheetHidden(0, true);
                case "row" -> row.setZeroHeight(true);
                default -> sheet.setColumnHidden(2, true);
            }
            workbook.write(out);
        }
        List<InputProblem> problems = XlsxTable.read(file, SetupFiles.EXPERT_HEADER, Set.of()).problems();
        assertEquals(1, problems.size(), what + ": " + problems);
        assertTrue(problems.get(0).message(Locale.ENGLISH).contains(said), problems.get(0).message(Locale.ENGLISH));
    }

    /**
     * A tester's round 10: rows on a second sheet, and a value in a column past the table's own,
     * were left out without a word ("Imported 1 row(s)"). Both are refused, said where they are;
     * a hidden sheet of drop-down choices, as office templates have, and a blank cell are read past.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a second sheet with an expert | second  | experts.xlsx: the workbook has another sheet with values, “第二页”, and the import reads only the first sheet, “专家”
            a hidden sheet of choices     | choices | ''
            a hidden sheet of the table   | hidden  | experts.xlsx: the workbook has a hidden sheet, “Sheet2”, headed as this table
            a value in column F           | column  | experts.xlsx line 2: the row has a value in column F, which has no heading: the table has 5 columns.
            a blank cell in column F      | blank   | ''
            a number for a name           | number  | experts.xlsx line 3, column 2 (name): the cell holds the number 12.5 where a name is expected
            a truth value for a name      | truth   | experts.xlsx line 2, column 3 (organisation): the cell holds the truth value TRUE
            a truth value for the leader  | leader  | ''
            """)
    void whatTheImportWouldLeaveOutIsRefused(String what, String where, String said) throws Exception {
        Path file = dir.resolve("experts.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = expertsSheet(workbook, "专家");
            Row row = sheet.createRow(1);
            List.of("E1", "王建国", "北京某大学", "产业专家", "否").forEach(v -> row.createCell(row.getPhysicalNumberOfCells())
                    .setCellValue(v));
            switch (where) {
                case "second" -> workbook.createSheet("第二页").createRow(0).createCell(0).setCellValue("E2");
                case "choices" -> {
                    workbook.createSheet("选项").createRow(0).createCell(0).setCellValue("产业专家");
                    workbook.setSheetHidden(1, true);
                }
                case "hidden" -> {
                    Sheet hidden = expertsSheet(workbook, "Sheet2");
                    Row e6 = hidden.createRow(1);
                    List.of("E6", "孙浩", "某大学", "产业专家", "否").forEach(v -> e6.createCell(e6.getPhysicalNumberOfCells())
                            .setCellValue(v));
                    workbook.setSheetHidden(1, true);
                }
                case "column" -> row.createCell(5).setCellValue("备注：可能回避");
                case "truth" -> row.getCell(2).setCellValue(true);
                case "leader" -> row.getCell(4).setCellValue(true); // Excel's TRUE, as a tick box makes it
                case "number" -> {
                    Row shifted = sheet.createRow(2);
                    shifted.createCell(0).setCellValue("E2");
                    shifted.createCell(1).setCellValue(12.5);
                    shifted.createCell(2).setCellValue("某大学");
                    shifted.createCell(3).setCellValue("产业专家");
                    shifted.createCell(4).setCellValue("否");
                }
                default -> row.createCell(5).setCellValue(" ");
            }
            workbook.write(out);
        }
        CsvTable table = XlsxTable.read(file, SetupFiles.EXPERT_HEADER, where.equals("number") ? Set.of("name") : Set.of());
        List<String> problems = table.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
        if (said.isEmpty()) {
            assertEquals(List.of(), problems, what);
            assertEquals(1, table.rows().size(), what);
        } else {
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith(said), problems.toString());
        }
    }

    /**
     * A tester's round 6 put a second expert far down the sheet, past the rows a table may have:
     * "Imported 1 row(s)", the other dropped without a word. A value anywhere past them refuses the
     * workbook, as a CSV that long is refused; a value within them, after blank rows, is read.
     */
    @ParameterizedTest(name = "a second expert in row {0}")
    @CsvSource(delimiter = '|', textBlock = """
            60      | ''
            5002    | ''
            5003    | experts.xlsx line 5003: the table goes on past 5000 rows
            1048576 | experts.xlsx line 1048576: the table goes on past 5000 rows
            """)
    void aValueFarDownTheSheetIsReadOrRefusedNeverDropped(int rowNumber, String said) throws Exception {
        Path file = dir.resolve("experts.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = expertsSheet(workbook, "专家");
            for (Row row : List.of(sheet.createRow(1), sheet.createRow(rowNumber - 1))) {
                List.of(row.getRowNum() == 1 ? "E1" : "E2", "王建国", "北京某大学", "产业专家", "否")
                        .forEach(v -> row.createCell(row.getPhysicalNumberOfCells()).setCellValue(v));
            }
            workbook.write(out);
        }
        CsvTable table = XlsxTable.read(file, SetupFiles.EXPERT_HEADER, Set.of());
        List<String> problems = table.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
        if (said.isEmpty()) {
            assertEquals(List.of(), problems);
            assertEquals(2, table.rows().size(), "both experts read");
        } else {
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith(said), problems.toString());
        }
    }

    /**
     * A workbook that unpacks far larger than any session's table (a million rows took 5 GB and
     * ended in OutOfMemoryError) is refused before the spreadsheet library reads it; the entry
     * compresses to a few kilobytes, as a zip bomb's does.
     */
    @Test
    void aWorkbookThatUnpacksFarLargerThanATableIsRefusedUnread() throws Exception {
        Path file = dir.resolve("experts.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blank = new byte[1024 * 1024];
            Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i <= WorkbookSize.MAX_BYTES / blank.length; i++) {
                zip.write(blank);
            }
            zip.closeEntry();
        }
        List<InputProblem> problems = XlsxTable.read(file, SetupFiles.EXPERT_HEADER, Set.of()).problems();
        assertEquals(List.of("experts.xlsx: the workbook unpacks to more than 10 MB, far more than a table of one session; "
                + "keep only the table in it, or save it as CSV UTF-8."),
                problems.stream().map(p -> p.message(Locale.ENGLISH)).toList());
    }

    /**
     * Round 8 F10: a workbook whose sheet XML holds row 2 twice (or a cell twice) imported one of
     * them without a word; Excel shows one too. Refused, naming the row or the cell.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a row written twice  | <row r="3"         | <row r="2"                          | row 2 is written twice inside the workbook file
            a cell written twice | <c r="B3"          | <c r="B2"                           | cell B2 is written twice inside the workbook file
            """)
    void aRowOrCellWrittenTwiceInTheFileIsRefused(String what, String from, String to, String said) throws Exception {
        Path made = dir.resolve("made.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(made)) {
            Sheet sheet = expertsSheet(workbook, "专家");
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                List<String> values = List.of("E" + r, "专家" + r, "单位", "产业专家", "否");
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            workbook.write(out);
        }
        Path file = dir.resolve("experts.xlsx");
        rewriteSheet(made, file, xml -> what.startsWith("a row")
                ? xml.replace(from, to).replaceAll("r=\"([A-Z]+)3\"", "r=\"$12\"")
                : xml.replace(from, to));
        CsvTable table = XlsxTable.read(file, SetupFiles.EXPERT_HEADER, Set.of());
        assertEquals(0, table.rows().size(), "nothing is imported");
        String message = table.problems().get(0).message(Locale.ENGLISH);
        assertTrue(message.startsWith("experts.xlsx: " + said), message);
        assertEquals(List.of(), XlsxTable.read(made, SetupFiles.EXPERT_HEADER, Set.of()).problems(), "the sound file is read");
    }

    private static void rewriteSheet(Path from, Path to, java.util.function.UnaryOperator<String> change) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    /**
     * Round 27: a workbook holding its sheet twice (two zip entries of one name, the second with
     * other rows) was refused as "the disk did not give its contents"; the disk read it whole.
     */
    @Test
    void aSheetWrittenTwiceInTheZipIsSaidAsAWorkbookFaultNotTheDisks() throws Exception {
        Path made = dir.resolve("made.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(made)) {
            applicantRow(workbook);
            workbook.write(out);
        }
        Path twice = dir.resolve("twice.xlsx");
        String sheet = "xl/worksheets/sheet1.xml";
        String stand = "xl/worksheets/sheet1.xmX"; // the same length: renamed in the bytes once written
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(made));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(twice))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
                if (entry.getName().equals(sheet)) {
                    out.putNextEntry(new ZipEntry(stand));
                    out.write(new String(content, StandardCharsets.UTF_8).replace("A01", "A02").getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        }
        byte[] bytes = Files.readAllBytes(twice);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace(stand, sheet);
        Files.write(twice, latin.getBytes(StandardCharsets.ISO_8859_1));

        CsvTable table = XlsxTable.read(twice, SetupFiles.APPLICANT_HEADER, Set.of("uscc"));
        assertEquals(List.of(), table.rows());
        assertEquals(1, table.problems().size(), table.problems().toString());
        String said = table.problems().get(0).message(Locale.ENGLISH);
        assertTrue(said.startsWith("twice.xlsx: the file is not an Excel workbook ParkReview can read"), said);
        assertFalse(said.contains("disk"), said);
    }

    /** A sheet with the experts' header in its first row. */
    /**
     * A tester's round 10: support already received of 1400 万元 in a cell formatted {@code ;;;}
     * (Excel shows nothing) and an amount of 1500 formatted {@code "800"} (Excel shows 800) were
     * imported without a word. A number format that only rounds, groups or adds a unit is read as
     * the exact number held; one that hides or changes it is refused at its cell.
     */
    @ParameterizedTest(name = "{1} formatted {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ;;;            | 1400      | the cell holds 1400, but its number format (;;;) shows no digit of it in Excel
            '"800"'        | 1500      | the cell holds 1500, but its number format ("800") shows no digit of it in Excel
            0%             | 8         | Excel shows this cell as "800%", but it holds 8
            @              | 900       | ''
            0              | 1499.6    | ''
            0.00           | 1234.5678 | ''
            '#,##0'        | 1500      | ''
            '0" 万元"'      | 1500      | ''
            General        | 1500      | ''
            """)
    void aNumberFormatThatHidesOrChangesTheNumberIsRefused(String format, double value, String said) throws Exception {
        Path file = dir.resolve("applicants.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row row = applicantRow(workbook);
            var amount = row.createCell(5);
            amount.setCellValue(value);
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            amount.setCellStyle(style);
            row.createCell(6).setCellValue(0);
            row.createCell(7).setCellValue(1);
            workbook.write(out);
        }
        List<InputProblem> problems = XlsxTable.read(file, SetupFiles.APPLICANT_HEADER, Set.of("uscc")).problems();
        if (said.isEmpty()) {
            assertEquals(List.of(), problems.stream().map(p -> p.message(Locale.ENGLISH)).toList());
        } else {
            assertEquals(1, problems.size(), problems.toString());
            String message = problems.get(0).message(Locale.ENGLISH);
            assertTrue(message.startsWith("applicants.xlsx line 2, column 6 (applied_wan): " + said), message);
        }
    }

    /**
     * Round 18 F9: number cells were read through a double, so 499.99999999999999999 went in as 500
     * and 7.9999999999999999 as order 8, where the same typed text is refused. The digits written
     * in the file are the number read; 1E1 is still 10. Round 27: 1e400, past a double, was shown
     * as "∞" in the refusal; it is read as written, for the amount's rule to refuse as typed. Round
     * 28: 1e-400 was quoted as 400 zeros, cut with the message; 401 digits still as "∞".
     */
    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            499.99999999999999999 | 499.99999999999999999
            7.9999999999999999    | 7.9999999999999999
            1E1                   | 10
            1500.0                | 1500
            0.1                   | 0.1
            1e400                 | 1e400
            -1e400                | -1e400
            1e-400                | 1e-400
            10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 | 100000000000000000000000…
            """)
    void aNumberCellIsReadDigitForDigitAsTheFileWritesIt(String written, String read) throws Exception {
        Path made = dir.resolve("made.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(made)) {
            Row row = applicantRow(workbook);
            row.createCell(5).setCellValue(123.25);
            row.createCell(6).setCellValue(0);
            row.createCell(7).setCellValue(1);
            workbook.write(out);
        }
        Path file = dir.resolve("applicants.xlsx");
        rewriteSheet(made, file, xml -> xml.replace("<v>123.25</v>", "<v>" + written + "</v>"));
        CsvTable table = XlsxTable.read(file, SetupFiles.APPLICANT_HEADER, Set.of("uscc"));
        assertEquals(List.of(), table.problems());
        assertEquals(read, table.rows().get(0).fields().get(5));
    }

    /** The applicants' header, and a second row holding the five text cells of one applicant. */
    private static Row applicantRow(XSSFWorkbook workbook) {
        Row row = sheetWithHeader(workbook, "Sheet0", SetupFiles.APPLICANT_HEADER).createRow(1);
        List.of("A01", "北京某园区运营有限公司", "91110107MA0000777G", "张三", "010-1234567")
                .forEach(v -> row.createCell(row.getPhysicalNumberOfCells()).setCellValue(v));
        return row;
    }

    private static Sheet expertsSheet(XSSFWorkbook workbook, String name) {
        return sheetWithHeader(workbook, name, SetupFiles.EXPERT_HEADER);
    }

    private static Sheet sheetWithHeader(XSSFWorkbook workbook, String name, List<String> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c));
        }
        return sheet;
    }
}

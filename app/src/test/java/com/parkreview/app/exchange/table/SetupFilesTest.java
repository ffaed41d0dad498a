package com.parkreview.app.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SetupFilesTest {

    private static final String HEADER = "code,name,uscc,contact_person,contact_phone,applied_wan,received_wan,defense_order,slot\n";
    private static final String GOOD = "A01,北京石景山人形机器人产业园运营有限公司,91110107MA01R8K521,赵晓东,010-68861201,1500,0,1,09:00\n"
            + "A02,京西智谷科技园管理有限公司,91110107MA00G3XT7J,孙丽,,1200,,,9:30\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    private static String messages(List<InputProblem> problems) {
        return String.join("\n", problems.stream().map(p -> p.message(Locale.ENGLISH)).toList());
    }

    @Test
    void aFullWidthOrderIsReadAsOnTheCommandLine() throws Exception {
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(file("a.csv", HEADER + GOOD
                + "A03,某园区,91110107MA04PL2W9W,,,,,３,\n"), Set.of(), Set.of(), Set.of(), 1);
        assertTrue(read.accepted(), messages(read.problems()));
        assertEquals(3, read.rows().get(2).defenseOrder());
    }

    @Test
    void readsEveryRowWithDefaultsForBlankCells() throws Exception {
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(file("a.csv", HEADER + GOOD), Set.of(), Set.of(), Set.of(), 1);
        assertTrue(read.accepted(), messages(read.problems()));
        assertEquals(2, read.rows().size());
        NewApplicant second = read.rows().get(1);
        assertEquals(2, second.defenseOrder(), "a blank order follows the row before");
        assertEquals(LocalTime.of(9, 30), second.slotStart().orElseThrow());
        assertEquals("1200.00", second.appliedFor().orElseThrow().toWanString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            bad credit code  | A03,某园区,91110107MA01R8K522,,,,,,      | a.csv line 4, column 3 (uscc): Unified social credit code "91110107MA01R8K522": the check character is "2"
            placeholder code | A03,某园区,000000000000000000,,,,,,      | a.csv line 4, column 3 (uscc): Unified social credit code "000000000000000000" is a placeholder
            no authority     | A03,某园区,01110108MA01000006,,,,,,      | a.csv line 4, column 3 (uscc): Unified social credit code "01110108MA01000006": the first character "0" names no registration authority
            repeated code    | A01,某园区,91110107MA04PL2W9W,,,,,,      | a.csv line 4, column 1 (code): code A01 is already used on line 2
            repeated operator| A03,某园区,91110107MA01R8K521,,,,,,      | a.csv line 4, column 3 (uscc): the unified social credit code 91110107MA01R8K521 is already that of another applicant (line 2)
            negative amount  | A03,某园区,91110107MA04PL2W9W,,,-1,,,    | a.csv line 4, column 6 (applied_wan): Amount -1 万元 is negative
            bad slot         | A03,某园区,91110107MA04PL2W9W,,,,,,9点半  | a.csv line 4, column 9 (slot): time slot "9点半" is not a time
            empty name       | A03,,91110107MA04PL2W9W,,,,,,            | a.csv line 4, column 2 (name): the name is empty
            dots for a name  | A03,……,91110107MA04PL2W9W,,,,,,          | a.csv line 4, column 2 (name): "……" says nothing in words
            repeated order   | A03,某园区,91110107MA04PL2W9W,,,,,1,     | a.csv line 4, column 8 (defense_order): defense order 1 is already that of the applicant on line 2; each applicant defends at a turn of its own
            order of a blank | A03,某园区,91110107MA04PL2W9W,,,,,2,     | a.csv line 4, column 8 (defense_order): defense order 2 is already that of the applicant on line 3, which left its order blank
            repeated name    | A03,京西智谷 科技园管理有限公司,91110107MA04PL2W9W,,,,,, | a.csv line 4, column 2 (name): the name “京西智谷 科技园管理有限公司” is already that of the applicant on line 3
            """)
    void aBadRowIsRefusedWithItsLineAndColumnAndNothingIsTaken(String name, String row, String message) throws Exception {
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(file("a.csv", HEADER + GOOD + row + "\n"), Set.of(),
                Set.of(), Set.of(), 1);
        assertTrue(!read.accepted());
        assertTrue(messages(read.problems()).contains(message), messages(read.problems()));
    }

    /** A tester's round 14: the office's 序号 and 备注 refused the table, leaving two lists of names to compare by eye. */
    @Test
    void aHeaderWithColumnsOfItsOwnNamesThemAndThoseMissing() throws Exception {
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(file("a.csv",
                "序号,编号,名称,统一社会信用代码,联系人,联系电话,申请金额(万元),已获同类支持（万元）,答辩顺序,备注\n"), Set.of(),
                Set.of(), Set.of(), 1);
        String chinese = read.problems().get(0).message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("多出的列：“序号”（第 1 列）、“备注”（第 10 列）；请删除这些列。缺少的列：“答辩时间”。"), chinese);
        assertTrue(read.problems().get(0).message(Locale.ENGLISH).contains(
                "Not columns of this table: “序号” (column 1), “备注” (column 10); delete them. Missing: “答辩时间”."),
                read.problems().get(0).message(Locale.ENGLISH));
    }

    /** A time cell shown with seconds (Excel's 9:30:00, round 13) and one typed full width are read; a second past is not a slot. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            9:30:00 | 09:30
            ９：３０  | 09:30
            14:05   | 14:05
            9:30:15 | ''
            """)
    void aTimeSlotAsOfficesWriteIt(String typed, String read) throws Exception {
        SetupFiles.Result<NewApplicant> result = SetupFiles.applicants(file("a.csv", HEADER
                + "A01,北京石景山人形机器人产业园运营有限公司,91110107MA01R8K521,,,1500,0,1," + typed + "\n"), Set.of(), Set.of(), Set.of(), 1);
        if (read.isEmpty()) {
            assertTrue(messages(result.problems()).contains("time slot \"" + typed + "\" is not a time"),
                    messages(result.problems()));
        } else {
            assertEquals(LocalTime.parse(read), result.rows().get(0).slotStart().orElseThrow(), messages(result.problems()));
        }
    }

    @Test
    void codesAlreadyInTheSessionAreRefused() throws Exception {
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(file("a.csv", HEADER + GOOD), Set.of("A02"),
                Set.of(), Set.of(), 1);
        assertEquals("a.csv line 3, column 1 (code): code A02 is already used in this session; each code once.",
                messages(read.problems()));
    }

    @Test
    void expertsWithRolesInChineseOrEnglishAndOneLeader() throws Exception {
        Path experts = file("e.csv", "code,name,organisation,role,group_leader\n"
                + "E1,王建国,北京理工大学,产业专家,是\nE2,刘芳,正信会计师事务所,finance,否\nE3,张伟,人工智能中心,industry,\n");
        SetupFiles.Result<NewExpert> read = SetupFiles.experts(experts, Set.of(), false);
        assertTrue(read.accepted(), messages(read.problems()));
        assertEquals(ExpertRole.FINANCE, read.rows().get(1).role());
        assertTrue(read.rows().get(0).groupLeader());
        // the first leader is named at every later one (round 14: the third was said to follow the second)
        SetupFiles.Result<NewExpert> twoLeaders = SetupFiles.experts(file("e2.csv",
                "code,name,organisation,role,group_leader\nE1,甲,,产业专家,是\nE2,乙,,财务专家,yes\nE3,丙,,财务专家,√\n"),
                Set.of(), false);
        assertEquals("e2.csv line 3, column 5 (group_leader): a second group leader (the first is on line 2); a panel has one.\n"
                + "e2.csv line 4, column 5 (group_leader): a second group leader (the first is on line 2); a panel has one.",
                messages(twoLeaders.problems()));
        // codes as an office types them: lower case and full width are the session's E1 and E4
        SetupFiles.Result<NewExpert> typed = SetupFiles.experts(file("e3.csv",
                "code,name,organisation,role,group_leader\ne1,甲,,产业专家,√\nＥ４,乙,,财务专家,×\n"), Set.of(), false);
        assertEquals(List.of("E1", "E4"), typed.rows().stream().map(NewExpert::code).toList(), messages(typed.problems()));
        assertTrue(typed.rows().get(0).groupLeader() && !typed.rows().get(1).groupLeader());
    }

    @Test
    void excelWorkbookIsReadLikeTheCsvAndANumberCellForTheCreditCodeIsRefused() throws Exception {
        Path xlsx = workbook(1500, sheet -> {
            XSSFRow number = sheet.createRow(2);
            number.createCell(0).setCellValue("A04");
            number.createCell(1).setCellValue("中关村石景山园创新服务有限公司");
            number.createCell(2).setCellValue(911101078020317760d);
        });
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(xlsx, Set.of(), Set.of(), Set.of(), 1);
        assertEquals(1, read.problems().size(), messages(read.problems()));
        assertTrue(messages(read.problems()).startsWith("a.xlsx line 3, column 3 (uscc): the cell holds the number"),
                messages(read.problems()));
        SetupFiles.Result<NewApplicant> fixed = SetupFiles.applicants(file("fixed.csv", HEADER
                + "A01,北京石景山人形机器人产业园运营有限公司,91110107MA01R8K521,,,1500,,1,\n"), Set.of(), Set.of(), Set.of(), 1);
        assertEquals("1500.00", fixed.rows().get(0).appliedFor().orElseThrow().toWanString());
    }

    /** A number cell is read as the number it holds, not as Excel shows it: the amount rule sees what was typed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            minus zero                 | -0.0           | applied_wan
            seven decimals shown as 1500 | 1500.0000004 | applied_wan
            a tiny exponent            | 1.0E-7         | applied_wan
            far out of range           | 1.0E20         | applied_wan
            """)
    void aNumberCellIsHeldToTheRuleForItsTypedText(String what, double value, String column) throws Exception {
        Path xlsx = workbook(value, sheet -> { });
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(xlsx, Set.of(), Set.of(), Set.of(), 1);
        assertEquals(List.of(), read.rows(), what);
        assertEquals(1, read.problems().size(), messages(read.problems()));
        assertTrue(messages(read.problems()).contains(column), messages(read.problems()));
    }

    /** The empty template imported by mistake said "Imported 0 row(s)", exit 0; now it is refused, saying why. */
    @Test
    void aTableWithItsHeaderAndNothingUnderItIsRefused() throws Exception {
        SetupFiles.Result<NewApplicant> read = SetupFiles.applicants(file("empty.csv", HEADER), Set.of(), Set.of(), Set.of(), 1);
        assertEquals("empty.csv: the table has its header but no row under it; write one row per applicant or expert, "
                + "then import it.", messages(read.problems()));
    }

    /** A workbook of applicants: the header, applicant A01 applying for {@code appliedFor} 万元 as a number cell, then {@code more}. */
    private Path workbook(double appliedFor, Consumer<XSSFSheet> more) throws Exception {
        Path xlsx = dir.resolve("a.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = workbook.createSheet("申报单位");
            String[] header = HEADER.strip().split(",");
            XSSFRow top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("A01");
            row.createCell(1).setCellValue("北京石景山人形机器人产业园运营有限公司");
            row.createCell(2).setCellValue("91110107MA01R8K521");
            row.createCell(5).setCellValue(appliedFor);
            row.createCell(7).setCellValue(1);
            more.accept(sheet);
            workbook.write(out);
        }
        return xlsx;
    }
}

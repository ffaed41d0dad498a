package com.parkreview.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programme office's tables: the template written empty, filled in, imported under either header. */
class SetupTablesTest {

    private static final String APPLICANT_ROWS = "A01,北京石景山人形机器人产业园运营有限公司,91110107MA01R8K521,赵晓东,010-68861201,1500,0,1,09:00\r\n"
            + "A02,京西智谷科技园管理有限公司,91110107MA00G3XT7J,孙丽,,1200,,,9:30\r\n";

    @TempDir
    Path dir;

    private Database db;
    private long session;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        session = new SessionSetup(db).createSession(TestSessions.SECRETARY, new SessionDetails("2026年度评审", 2026,
                Optional.empty(), "", Optional.empty(), null), ProgrammeSettings.SHIJINGSHAN);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Path template(SetupTemplate.Kind kind, String name) {
        Path file = dir.resolve(name);
        SetupTemplate.write(kind, file);
        return file;
    }

    @Test
    void theCsvTemplateFilledInIsImportedWithItsChineseHeader() throws Exception {
        Path file = template(SetupTemplate.Kind.APPLICANTS, "申报单位.csv");
        assertEquals("\uFEFF编号,名称,统一社会信用代码,联系人,联系电话,申请金额（万元）,已获同类支持（万元）,答辩顺序,答辩时间\r\n",
                Files.readString(file));
        Files.writeString(file, APPLICANT_ROWS, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        TableImport done = new ImportApplicants(db).importFile(TestSessions.SECRETARY, session, file);

        assertEquals(List.of("A01", "A02"), done.codes(), done.problems().toString());
        List<Applicant> stored = db.read(s -> s.applicants().list(session));
        assertEquals(Optional.of(Money.wan("1200")), stored.get(1).appliedFor());
        assertEquals(2, stored.get(1).defenseOrder());
    }

    @Test
    void theEnglishHeaderAndHalfWidthBracketsAreTheSameColumns() throws Exception {
        Path english = dir.resolve("en.csv");
        Files.writeString(english, "code,name,uscc,contact_person,contact_phone,applied_wan,received_wan,defense_order,slot\n"
                + APPLICANT_ROWS);
        Path halfWidth = dir.resolve("half.csv");
        Files.writeString(halfWidth, "编号,名称,统一社会信用代码,联系人,联系电话,申请金额(万元),已获同类支持(万元),答辩顺序,答辩时间\n"
                + APPLICANT_ROWS.replace("A01,", "B01,").replace("A02,", "B02,")
                        .replace("有限公司,", "二分公司,").replace(",0,1,09:00", ",0,3,09:00") // turns of their own
                        .replace("91110107MA01R8K521", TestSessions.uscc(1).value())
                        .replace("91110107MA00G3XT7J", TestSessions.uscc(2).value()));
        assertEquals(2, new ImportApplicants(db).importFile(TestSessions.SECRETARY, session, english).codes().size());
        TableImport second = new ImportApplicants(db).importFile(TestSessions.SECRETARY, session, halfWidth);
        assertTrue(second.accepted(), second.problems().toString());
    }

    @Test
    void aFileWithOneBadRowAddsNothingAndNamesLineColumnValueAndRule() throws Exception {
        Path file = template(SetupTemplate.Kind.APPLICANTS, "a.csv");
        Files.writeString(file, APPLICANT_ROWS + "A03,某园区,91110107MA01R8K522,,,abc,,,\r\nA01,重复," + TestSessions.uscc(1).value() + ",,,,,,\r\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        TableImport done = new ImportApplicants(db).importFile(TestSessions.SECRETARY, session, file);

        assertFalse(done.accepted());
        List<String> messages = done.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("a.csv line 4, column 3 (统一社会信用代码)")
                && m.contains("91110107MA01R8K522")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("a.csv line 4, column 6 (申请金额（万元）)")
                && m.contains("abc")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("a.csv line 5, column 1 (编号)")
                && m.contains("line 2")), messages.toString());
        assertEquals(List.of(), db.read(s -> s.applicants().list(session)));
    }

    @Test
    void theWorkbookTemplateKeepsTheCreditCodeAsTextAndImportsThePanel() throws Exception {
        Path applicants = template(SetupTemplate.Kind.APPLICANTS, "申报单位.xlsx");
        try (InputStream in = Files.newInputStream(applicants); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("统一社会信用代码", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals("@", sheet.getColumnStyle(2).getDataFormatString());
        }
        Path experts = template(SetupTemplate.Kind.EXPERTS, "专家组.xlsx");
        try (InputStream in = Files.newInputStream(experts); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            String[][] rows = {{"E1", "李明", "北京某大学", "产业专家", "是"}, {"E2", "王芳", "某会计师事务所", "财务专家", "否"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = Files.newOutputStream(experts)) {
                book.write(out);
            }
        }

        TableImport done = new ImportExperts(db).importFile(TestSessions.SECRETARY, session, experts);

        assertEquals(List.of("E1", "E2"), done.codes(), done.problems().toString());
        List<Expert> panel = db.read(s -> s.experts().list(session));
        assertEquals(ExpertRole.FINANCE, panel.get(1).role());
        assertTrue(panel.get(0).groupLeader());
    }

    @Test
    void theWrongTemplateIsRefusedNamingTheHeaderExpected() {
        Path file = dir.resolve("wrong.csv");
        SetupTemplate.write(SetupTemplate.Kind.EXPERTS, file);
        TableImport done = new ImportApplicants(db).importFile(TestSessions.SECRETARY, session, file);
        List<String> messages = done.problems().stream().map(InputProblem::toString).toList();
        assertFalse(done.accepted());
        assertTrue(done.problems().get(0).message(Locale.ENGLISH).contains("编号,名称,统一社会信用代码"), messages.toString());
        assertEquals(0, db.read(s -> s.applicants().list(session)).size());
    }
}

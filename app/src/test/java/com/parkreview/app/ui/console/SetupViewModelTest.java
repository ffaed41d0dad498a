package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The set-up tab: applicants and experts typed or imported, credit codes checked, pre-review. */
class SetupViewModelTest {

    private static final String HEADER = "code,name,uscc,contact_person,contact_phone,applied_wan,received_wan,defense_order,slot\n";

    @TempDir
    Path dir;

    private ConsoleTesting t;
    private SetupViewModel setup;

    @BeforeEach
    void setUp() {
        t = new ConsoleTesting(dir, 2, 0);
        setup = t.setupTab();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private Path file(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    /** A tester's round 5: Add greyed with only a code typed, and nothing said why. */
    @Test
    void theExpertFormSaysWhyAddIsGreyed() {
        ExpertEntryViewModel expert = setup.expertEntry();
        assertEquals("", expert.problemProperty().get().strip(), "nothing typed: nothing said");
        expert.codeProperty().set("E1");
        assertTrue(expert.problemProperty().get().contains("E1") && !expert.problemProperty().get().isBlank(),
                expert.problemProperty().get());
        expert.nameProperty().set("王建国");
        expert.organisationProperty().set("北京某大学");
        assertEquals("", expert.problemProperty().get());
    }

    @Test
    void creditCodeIsCheckedAsItIsTyped() {
        setup.applicantEntry().codeProperty().set("A01");
        setup.applicantEntry().nameProperty().set("北京测试园区运营有限公司");
        setup.applicantEntry().usccProperty().set("91110107MA01R8K52");
        assertTrue(setup.applicantEntry().entryProblemProperty().get()
                .contains("统一社会信用代码“91110107MA01R8K52”为 17 位；应为 18 位。"),
                setup.applicantEntry().entryProblemProperty().get());
        setup.applicantEntry().usccProperty().set("91110107MA01R8K521");
        assertFalse(setup.applicantEntry().entryProblemProperty().get().contains("统一社会信用代码"),
                setup.applicantEntry().entryProblemProperty().get());
    }

    /** A03's code, name and credit code typed into the applicant form. */
    private void typedA03() {
        setup.applicantEntry().codeProperty().set("A03");
        setup.applicantEntry().nameProperty().set("新园区运营有限公司");
        setup.applicantEntry().usccProperty().set(TestSessions.uscc(3).value());
    }

    /**
     * A tester's round 8: "12ab" in the phone showed no problem until Add, and a corrected phone kept
     * its old problem, Add greyed, until another field was touched. The phone is checked as typed.
     */
    @Test
    void thePhoneIsCheckedAsItIsTyped() {
        typedA03();
        setup.applicantEntry().phoneProperty().set("010-6886abc");
        assertTrue(setup.applicantEntry().entryProblemProperty().get().contains("010-6886abc"),
                setup.applicantEntry().entryProblemProperty().get());
        setup.applicantEntry().phoneProperty().set("010-68862002");
        assertEquals("", setup.applicantEntry().entryProblemProperty().get());
    }

    @Test
    void operatorSupportedForTheWholePeriodIsFlaggedWhileTyping() {
        var operator = TestSessions.uscc(77);
        for (int year : new int[] {2023, 2024, 2025}) {
            new SessionSetup(t.db).recordSupport(TestSessions.SECRETARY, new OperatorSupport(operator, year,
                    Optional.empty(), Optional.of(Money.wan("1000")), ""));
        }
        setup.applicantEntry().usccProperty().set(operator.value());
        assertEquals("该运营单位已在 2023、2024、2025 年获得支持：再支持将超过 3 年支持期限（规则 8）。",
                setup.applicantEntry().periodWarningProperty().get());
        setup.applicantEntry().usccProperty().set(TestSessions.uscc(78).value());
        assertEquals("", setup.applicantEntry().periodWarningProperty().get());
    }

    @Test
    void applicantTypedInIsAddedAfterTheOthersAndTheFieldsEmpty() {
        typedA03();
        setup.applicantEntry().appliedProperty().set("1200");
        setup.applicantEntry().slotProperty().set("9:50");
        assertEquals("", setup.applicantEntry().applicantProblemProperty().get());
        setup.addApplicant();
        assertEquals(3, setup.applicants().size());
        SetupViewModel.ApplicantLine added = setup.applicants().get(2);
        assertEquals(3, added.applicant().defenseOrder());
        assertEquals("09:50", added.applicant().slotStart().orElseThrow().toString());
        assertEquals("", setup.applicantEntry().codeProperty().get());
    }

    @Test
    void badSlotIsRefusedNamingTheValueAndNothingIsAdded() {
        typedA03();
        setup.applicantEntry().slotProperty().set("九点");
        assertTrue(setup.applicantEntry().applicantProblemProperty().get().contains("九点"), setup.applicantEntry().applicantProblemProperty().get());
        assertThrows(ValidationException.class, setup::addApplicant);
        assertEquals(2, t.db.read(s -> s.applicants().list(t.ids.session())).size());
    }

    /** The window is a source like any file: what the rule refuses is said beside the form, naming the field. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            name    | 001B | 申报单位名称：第 6 个字符 U+001B 是控制字符
            name    | 202E | 申报单位名称：第 6 个字符 U+202E 是双向文字控制符
            contact | 0007 | 联系人：第 6 个字符 U+0007 是控制字符
            phone   | 0000 | 联系电话：第 6 个字符 U+0000 是控制字符
            applied | -0   | 申请金额：金额“-0”不是普通数字
            applied | 1e400 | 申请金额：金额“1e400”不是普通数字
            """)
    void hostileTextOrNumbersTypedInAreRefusedNamingTheFieldAndNothingIsAdded(String field, String typed,
            String expected) {
        String hostile = typed.matches("[0-9A-F]{4}") ? "新园区运营" + Character.toString(Integer.parseInt(typed, 16)) : typed;
        setup.applicantEntry().codeProperty().set("A03");
        setup.applicantEntry().nameProperty().set(field.equals("name") ? hostile : "新园区运营有限公司");
        setup.applicantEntry().contactProperty().set(field.equals("contact") ? hostile : "");
        setup.applicantEntry().phoneProperty().set(field.equals("phone") ? hostile : "");
        setup.applicantEntry().appliedProperty().set(field.equals("applied") ? hostile : "");
        setup.applicantEntry().usccProperty().set(TestSessions.uscc(3).value());
        String problem = setup.applicantEntry().applicantProblemProperty().get();
        assertTrue(problem.contains(expected), problem);
        assertEquals(com.parkreview.scoring.text.InputText.printable(problem), problem);
        assertThrows(ValidationException.class, setup::addApplicant);
        assertEquals(2, t.db.read(s -> s.applicants().list(t.ids.session())).size());
    }

    /** Add greys for a bad amount, time or code: the form says why under it, naming the field and the value. */
    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            received | abc               | 本年已获同类支持：金额“abc”不是普通数字
            applied  | 三千              | 申请金额：金额“三千”不是普通数字
            slot     | 25:99             | 答辩时间“25:99”不是时间
            uscc     | 91110107MA01R8K52 | 统一社会信用代码“91110107MA01R8K52”为 17 位
            """)
    void whyAddIsGreyedIsSaidUnderTheFormNamingTheField(String field, String typed, String expected) {
        ApplicantEntryViewModel entry = setup.applicantEntry();
        entry.codeProperty().set("A03");
        entry.nameProperty().set("新园区运营有限公司");
        entry.usccProperty().set(field.equals("uscc") ? typed : TestSessions.uscc(3).value());
        entry.receivedProperty().set(field.equals("received") ? typed : "");
        entry.appliedProperty().set(field.equals("applied") ? typed : "");
        entry.slotProperty().set(field.equals("slot") ? typed : "");
        assertFalse(entry.applicantProblemProperty().get().isBlank(), "Add is greyed");
        assertTrue(entry.entryProblemProperty().get().startsWith(expected), entry.entryProblemProperty().get());
        entry.receivedProperty().set("");
        entry.appliedProperty().set("");
        entry.slotProperty().set("");
        entry.usccProperty().set(TestSessions.uscc(3).value());
        assertEquals("", entry.entryProblemProperty().get(), "nothing said once the fields are right");
    }

    /** Every field's problem at once, in the form's order (a tester met them one at a time, the credit code before the name). */
    @Test
    void everyProblemOfTheApplicantFormIsSaidAtOnceInTheFormsOrder() {
        ApplicantEntryViewModel entry = setup.applicantEntry();
        entry.codeProperty().set("A03");
        entry.slotProperty().set("25:99");
        entry.receivedProperty().set("abc");
        List<String> lines = List.of(entry.entryProblemProperty().get().split("\n"));
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("A03") && lines.get(0).contains("名称"), lines.get(0));
        assertTrue(lines.get(1).contains("统一社会信用代码"), lines.get(1));
        assertTrue(lines.get(2).startsWith("本年已获同类支持："), lines.get(2));
        assertTrue(lines.get(3).contains("25:99"), lines.get(3));
        entry.nameProperty().set("新园区运营有限公司");
        entry.usccProperty().set(TestSessions.uscc(3).value());
        entry.receivedProperty().set("");
        entry.slotProperty().set("9:30");
        assertEquals("", entry.entryProblemProperty().get());
    }

    /** Rule 6 takes the smaller of the cap and the amount applied for: more than the cap is allowed, and said. */
    @Test
    void anAmountAppliedForAboveTheCapIsTakenAndNoted() {
        Money cap = t.db.read(s -> s.sessions().find(t.ids.session())).orElseThrow().settings().annualCap();
        ApplicantEntryViewModel entry = setup.applicantEntry();
        entry.codeProperty().set("A03");
        entry.nameProperty().set("新园区运营有限公司");
        entry.usccProperty().set(TestSessions.uscc(3).value());
        entry.appliedProperty().set(cap.toWanString());
        assertEquals("", entry.entryNotesProperty().get(), "the cap itself is not above the cap");
        entry.appliedProperty().set("99999");
        assertEquals("申请 99999.00 万元，高于年度支持上限 " + cap.toWanString() + " 万元：拟支持金额按上限计算（规则 6）。",
                entry.entryNotesProperty().get());
        assertEquals("", entry.applicantProblemProperty().get(), "noted, not refused");
        setup.addApplicant();
        assertEquals(3, t.db.read(s -> s.applicants().list(t.ids.session())).size());
    }

    @Test
    void importWithABadRowTakesNothingThenTheCorrectedFileTakesEveryRow() throws Exception {
        String good = "A03,新园区一,91110107MA01R8K521,,,1500,0,,09:00\n";
        Path bad = file("申报单位.csv", HEADER + good + "A04,新园区二,91110107MA01R8K522,,,,,,\n");
        SetupViewModel.ImportOutcome refused = setup.importApplicants(bad);
        assertFalse(refused.accepted());
        assertTrue(refused.problems().get(0).contains("申报单位.csv") && refused.problems().get(0).contains("uscc"),
                refused.problems().toString());
        assertEquals(2, t.db.read(s -> s.applicants().list(t.ids.session())).size(), "nothing taken");

        Path fixed = file("申报单位.csv", HEADER + good + "A04,新园区二,91110107MA04PL2W9W,,,,,,\n");
        SetupViewModel.ImportOutcome taken = setup.importApplicants(fixed);
        assertTrue(taken.accepted(), taken.problems().toString());
        assertEquals(2, taken.imported());
        assertEquals(4, setup.applicants().size());
        assertEquals(3, setup.applicants().get(2).applicant().defenseOrder(), "imported rows follow the others");
    }

    @Test
    void importingTheSameApplicantsAgainIsRefused() throws Exception {
        Path file = file("a.csv", HEADER + "A01,重复,91110107MA04PL2W9W,,,,,,\n");
        SetupViewModel.ImportOutcome refused = setup.importApplicants(file);
        assertFalse(refused.accepted());
        assertEquals(2, setup.applicants().size());
    }

    @Test
    void expertsAreAddedWithOneGroupLeader() {
        setup.expertEntry().codeProperty().set("E1");
        setup.expertEntry().nameProperty().set("王建国");
        setup.expertEntry().organisationProperty().set("北京某大学");
        setup.expertEntry().leaderProperty().set(true);
        setup.addExpert();
        setup.expertEntry().codeProperty().set("E2");
        setup.expertEntry().nameProperty().set("李敏");
        setup.expertEntry().roleProperty().set(ExpertRole.FINANCE);
        setup.expertEntry().leaderProperty().set(true);
        assertThrows(ValidationException.class, setup::addExpert, "a second group leader");
        assertEquals(1, setup.experts().size());
    }

    @Test
    void eachNewExpertStartsWithEmptyFieldsAndTheIndustryRole() {
        expert("E1", "李敏", ExpertRole.FINANCE, true);
        assertEquals(ExpertRole.FINANCE, setup.experts().get(0).role(), "stored as chosen");
        assertEquals(ExpertRole.INDUSTRY, setup.expertEntry().roleProperty().get(), "not carried to the next expert");
        assertEquals("", setup.expertEntry().nameProperty().get());
        assertEquals(false, setup.expertEntry().leaderProperty().get());
    }

    @Test
    void theExpertsTableShowsTheApplicantsEachExpertDeclaredAConflictWith() {
        setup.expertEntry().codeProperty().set("E1");
        setup.expertEntry().nameProperty().set("王建国");
        setup.expertEntry().roleProperty().set(ExpertRole.INDUSTRY);
        setup.addExpert();
        Expert expert = setup.experts().get(0);
        assertEquals("", setup.recusedFrom(expert));
        new com.parkreview.app.review.ScoringService(t.db).declareRecusal(TestSessions.SECRETARY, expert.id(),
                setup.applicants().get(1).applicant().id(), "曾任该单位顾问");
        setup.refresh();
        assertEquals(setup.applicants().get(1).applicant().code(), setup.recusedFrom(setup.experts().get(0)));
    }

    private void expert(String code, String name, ExpertRole role, boolean leader) {
        setup.expertEntry().codeProperty().set(code);
        setup.expertEntry().nameProperty().set(name);
        setup.expertEntry().roleProperty().set(role);
        setup.expertEntry().leaderProperty().set(leader);
        setup.addExpert();
    }

    @Test
    void thePanelNoteSaysWhatDiffersFromFiveExpertsWithALeaderAndBothRoles() {
        assertEquals("专家组现有 0 位专家，规定为 5 位。", setup.panelNoteProperty().get());
        expert("E1", "王建国", ExpertRole.INDUSTRY, false);
        assertEquals("专家组现有 1 位专家，规定为 5 位。 尚未指定组长（组长撰写专家组综合意见）。 专家组中没有财务专家。",
                setup.panelNoteProperty().get());
        expert("E2", "李敏", ExpertRole.INDUSTRY, true);
        expert("E3", "张伟", ExpertRole.INDUSTRY, false);
        expert("E4", "刘芳", ExpertRole.FINANCE, false);
        assertEquals("专家组现有 4 位专家，规定为 5 位。", setup.panelNoteProperty().get());
        expert("E5", "陈磊", ExpertRole.FINANCE, false);
        assertEquals("专家组 5 位专家，组长 李敏，产业专家与财务专家均在。", setup.panelNoteProperty().get());
    }
}

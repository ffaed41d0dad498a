package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pre-review (初审) materials checklist, and the rule that passing needs the required materials. */
class MaterialsTest {

    @TempDir
    Path dir;

    private Database db;
    private SessionSetup setup;
    private long applicant;

    /** A whole checklist: every material received but those named, each with a short note. */
    static List<MaterialItem> checklist(Set<Material> notReceived) {
        return Arrays.stream(Material.values())
                .map(m -> new MaterialItem(m, !notReceived.contains(m), notReceived.contains(m) ? "未提供" : "已核验"))
                .toList();
    }

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        setup = new SessionSetup(db);
        applicant = TestSessions.session(db, 2, 5).applicant(1);
        setup.setPreReview(TestSessions.SECRETARY, applicant, PreReview.PENDING);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private MaterialsChecklist stored() {
        return db.read(s -> s.materials().forApplicant(applicant));
    }

    private PreReview preReview() {
        return db.read(s -> s.applicants().find(applicant)).orElseThrow().preReview();
    }

    @Test
    void aChecklistNeverFilledInIsEmptyAndTheApplicantPassesAsBefore() {
        assertFalse(stored().filledIn());
        setup.setPreReview(TestSessions.SECRETARY, applicant, PreReview.PASSED);
        assertTrue(preReview().passed());
    }

    @Test
    void recordedChecklistIsReadBackWithItsNotes() {
        setup.recordMaterials(TestSessions.SECRETARY, applicant, List.of(
                MaterialItem.received(Material.APPLICATION_FORM, ""),
                MaterialItem.received(Material.BUSINESS_LICENCE, "  副本已核对原件 "),
                MaterialItem.received(Material.FINANCIAL, "2025年度审计报告"),
                MaterialItem.missing(Material.QUALIFICATION, "暂无高新技术企业资质"),
                MaterialItem.received(Material.MANAGEMENT, ""),
                MaterialItem.missing(Material.OTHER, "")));
        MaterialsChecklist checklist = stored();
        assertTrue(checklist.filledIn());
        assertEquals(6, checklist.items().size());
        assertEquals(MaterialItem.received(Material.BUSINESS_LICENCE, "副本已核对原件"),
                checklist.item(Material.BUSINESS_LICENCE).orElseThrow());
        assertEquals(MaterialItem.missing(Material.QUALIFICATION, "暂无高新技术企业资质"),
                checklist.item(Material.QUALIFICATION).orElseThrow());
        assertEquals(List.of(), checklist.missingRequired());
    }

    @Test
    void optionalMaterialsMayBeMissingWhenTheApplicantPasses() {
        setup.recordMaterials(TestSessions.SECRETARY, applicant,
                checklist(Set.of(Material.QUALIFICATION, Material.OTHER)));
        setup.setPreReview(TestSessions.SECRETARY, applicant, PreReview.PASSED);
        assertTrue(preReview().passed());
    }

    @ParameterizedTest(name = "{0} missing")
    @CsvSource(textBlock = """
            APPLICATION_FORM, the application form (申报书),                                    申报书
            BUSINESS_LICENCE, the business licence with the unified social credit code (统一社会信用代码营业执照), 统一社会信用代码营业执照
            FINANCIAL,        the financial statements (财务证明材料),                            财务证明材料
            MANAGEMENT,       the management rules (管理能力证明材料),                            管理能力证明材料
            """)
    void passingIsRefusedWhileARequiredMaterialIsMissingAndNothingChanges(Material missing, String english,
            String chinese) {
        setup.recordMaterials(TestSessions.SECRETARY, applicant, checklist(Set.of(missing)));
        long history = db.read(s -> s.history().count());
        ValidationException e = assertThrows(ValidationException.class,
                () -> setup.setPreReview(TestSessions.SECRETARY, applicant, PreReview.PASSED));
        assertTrue(e.getMessage(Locale.ENGLISH).startsWith("Applicant A01 (测试园区运营有限公司1) cannot pass pre-review "
                + "(初审): not received: " + english + ". Required are"), e.getMessage(Locale.ENGLISH));
        assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).startsWith("申报单位 A01（测试园区运营有限公司1）不能通过初审：未收到"
                + chinese + "。"), e.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertEquals(PreReview.PENDING, preReview());
        assertEquals(history, (long) db.read(s -> s.history().count()));
    }

    @Test
    void theRefusalNamesEveryMissingMaterialInTheSeedsOrder() {
        setup.recordMaterials(TestSessions.SECRETARY, applicant,
                checklist(Set.of(Material.MANAGEMENT, Material.FINANCIAL, Material.OTHER)));
        ValidationException e = assertThrows(ValidationException.class,
                () -> setup.setPreReview(TestSessions.SECRETARY, applicant, PreReview.PASSED));
        assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).contains("未收到财务证明材料、管理能力证明材料。"),
                e.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertTrue(e.getMessage(Locale.ENGLISH).contains(
                "not received: the financial statements (财务证明材料), the management rules (管理能力证明材料)."));
    }

    @Test
    void failingForIncompleteMaterialsNeedsNoChecklistRule() {
        setup.recordMaterials(TestSessions.SECRETARY, applicant, checklist(Set.of(Material.FINANCIAL)));
        setup.setPreReview(TestSessions.SECRETARY, applicant,
                PreReview.failed(PreReview.FailReason.MATERIALS_INCOMPLETE, "缺财务证明材料"));
        assertEquals(PreReview.Result.FAILED, preReview().result());
    }

    @Test
    void aPassedApplicantKeepsItsRequiredMaterials() {
        setup.recordMaterials(TestSessions.SECRETARY, applicant, checklist(Set.of()));
        setup.setPreReview(TestSessions.SECRETARY, applicant, PreReview.PASSED);
        ValidationException e = assertThrows(ValidationException.class, () -> setup.recordMaterials(
                TestSessions.SECRETARY, applicant, checklist(Set.of(Material.APPLICATION_FORM))));
        assertTrue(e.getMessage(Locale.ENGLISH).startsWith("Applicant A01 (测试园区运营有限公司1) has passed pre-review (初审), "
                + "so the application form (申报书) cannot be marked as not received"), e.getMessage(Locale.ENGLISH));
        assertTrue(stored().item(Material.APPLICATION_FORM).orElseThrow().received());
    }

    @Test
    void aChecklistNamesEveryMaterialOnce() {
        List<MaterialItem> short4 = checklist(Set.of()).subList(0, 4);
        ValidationException incomplete = assertThrows(ValidationException.class,
                () -> setup.recordMaterials(TestSessions.SECRETARY, applicant, short4));
        assertEquals("The checklist leaves out the management rules (管理能力证明材料), other supporting materials "
                + "(其他证明材料); it says for every material whether it was received.",
                incomplete.getMessage(Locale.ENGLISH));
        List<MaterialItem> twice = new java.util.ArrayList<>(checklist(Set.of()));
        twice.add(MaterialItem.missing(Material.FINANCIAL, ""));
        ValidationException doubled = assertThrows(ValidationException.class,
                () -> setup.recordMaterials(TestSessions.SECRETARY, applicant, twice));
        assertEquals("材料清单中财务证明材料出现了两次；每项材料只出现一次。", doubled.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertFalse(stored().filledIn());
    }

    @Test
    void aNoteLongerThanAllowedIsRefusedNamingTheMaterial() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> MaterialItem.received(Material.OTHER, "长".repeat(501)));
        assertEquals("The note on other supporting materials (其他证明材料) has 501 characters; at most 500 are allowed.",
                e.getMessage(Locale.ENGLISH));
    }

    @Test
    void eachChangedItemGoesIntoTheHistoryAndTheChainHolds() {
        setup.recordMaterials(TestSessions.SECRETARY, applicant, checklist(Set.of(Material.FINANCIAL)));
        long afterFirst = db.read(s -> s.history().latest(10_000)).size();
        setup.recordMaterials(TestSessions.SECRETARY, applicant, checklist(Set.of()));
        List<HistoryEntry> entries = db.read(s -> s.history().forEntity("applicant", String.valueOf(applicant)));
        HistoryEntry last = entries.get(entries.size() - 1);
        assertEquals(afterFirst + 1, db.read(s -> s.history().latest(10_000)).size(),
                "only the financial statements changed");
        assertEquals("material:FINANCIAL", last.field());
        assertEquals("missing 未提供", last.oldValue().orElseThrow());
        assertEquals("received 已核验", last.newValue().orElseThrow());
        assertEquals(TestSessions.SECRETARY.name(), last.actor());
        assertTrue(db.read(s -> s.history().verify()).intact());
    }

    @Test
    void checklistAndResultAreRecordedTogetherOrNotAtAll() {
        ValidationException e = assertThrows(ValidationException.class, () -> setup.recordPreReview(
                TestSessions.SECRETARY, applicant, checklist(Set.of(Material.MANAGEMENT)), PreReview.PASSED));
        assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).contains("不能通过初审：未收到管理能力证明材料"),
                e.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertFalse(stored().filledIn(), "the checklist of a refused pre-review is not kept either");
        assertEquals(PreReview.PENDING, preReview());

        setup.recordPreReview(TestSessions.SECRETARY, applicant, checklist(Set.of(Material.QUALIFICATION)),
                PreReview.PASSED);
        assertEquals(PreReview.PASSED, preReview());
        assertEquals(List.of(), stored().missingRequired());
    }

    @Test
    void aPassedApplicantFailedForMissingMaterialsInOneStep() {
        setup.recordPreReview(TestSessions.SECRETARY, applicant, checklist(Set.of()), PreReview.PASSED);
        PreReview failed = PreReview.failed(PreReview.FailReason.MATERIALS_INCOMPLETE, "财务报表未盖章");
        setup.recordPreReview(TestSessions.SECRETARY, applicant, checklist(Set.of(Material.FINANCIAL)), failed);
        assertEquals(failed, preReview());
        assertEquals(List.of(Material.FINANCIAL), stored().missingRequired());
    }
}

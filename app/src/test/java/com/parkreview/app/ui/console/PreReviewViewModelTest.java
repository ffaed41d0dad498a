package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Material;
import com.parkreview.app.review.MaterialItem;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pre-review dialog without a window: the checklist ticked, the result, what refuses it. */
class PreReviewViewModelTest {

    @TempDir
    Path dir;

    private ConsoleTesting t;
    private SetupViewModel setup;

    @BeforeEach
    void setUp() {
        t = new ConsoleTesting(dir, 2, 1);
        setup = t.setupTab();
        new SessionSetup(t.db).setPreReview(TestSessions.SECRETARY, applicant().id(), PreReview.PENDING);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private Applicant applicant() {
        return t.db.read(s -> s.applicants().find(t.ids.applicant(1))).orElseThrow();
    }

    private PreReviewViewModel open() {
        return setup.preReviewOf(applicant());
    }

    private static void tick(PreReviewViewModel model, Set<Material> received) {
        model.lines().forEach(line -> line.received().set(received.contains(line.material())));
    }

    private static Set<Material> parse(String materials) {
        return materials.isBlank() ? Set.of()
                : Arrays.stream(materials.trim().split(" ")).map(Material::valueOf).collect(java.util.stream.Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} with {1}: \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            PASSED  | APPLICATION_FORM BUSINESS_LICENCE FINANCIAL MANAGEMENT                | ''
            PASSED  | APPLICATION_FORM BUSINESS_LICENCE FINANCIAL QUALIFICATION MANAGEMENT OTHER | ''
            PASSED  | APPLICATION_FORM BUSINESS_LICENCE MANAGEMENT                          | 不能通过初审：未收到财务证明材料。请勾选已收到的材料，或将结论改为不通过（材料不全）。
            PASSED  | ''                                                                    | 不能通过初审：未收到申报书、统一社会信用代码营业执照、财务证明材料、管理能力证明材料。请勾选已收到的材料，或将结论改为不通过（材料不全）。
            PENDING | ''                                                                    | ''
            FAILED  | APPLICATION_FORM                                                      | 结论为不通过时，请选择不通过原因。
            """)
    void whatCannotBeSavedIsSaidAsTheSecretaryTicks(PreReview.Result result, String received, String problem) {
        PreReviewViewModel model = open();
        tick(model, parse(received));
        model.resultProperty().set(result);
        assertEquals(problem, model.problemProperty().get());
    }

    @Test
    void savedChecklistAndResultAreWhatTheDialogShowsNextTime() {
        assertEquals("未登记", setup.applicants().get(0).materialsText());
        PreReviewViewModel model = open();
        tick(model, Set.of(Material.APPLICATION_FORM, Material.BUSINESS_LICENCE));
        model.lines().stream().filter(l -> l.material() == Material.FINANCIAL).findFirst().orElseThrow()
                .note().set("审计报告未盖章");
        model.resultProperty().set(PreReview.Result.FAILED);
        model.reasonProperty().set(PreReview.FailReason.MATERIALS_INCOMPLETE);
        model.noteProperty().set("请补交后再审");
        model.save();
        setup.refresh();
        assertEquals("不通过：材料不全", setup.applicants().get(0).preReviewText());
        assertEquals("缺财务证明材料、管理能力证明材料", setup.applicants().get(0).materialsText());
        assertEquals("未登记", setup.applicants().get(1).materialsText(), "the other applicant's checklist is its own");

        PreReviewViewModel again = open();
        assertEquals(List.of(Material.FINANCIAL, Material.MANAGEMENT), again.missingRequired());
        assertEquals("审计报告未盖章", again.lines().get(Material.FINANCIAL.ordinal()).note().get());
        assertEquals(PreReview.FailReason.MATERIALS_INCOMPLETE, again.reasonProperty().get());
        assertEquals("请补交后再审", again.noteProperty().get());
    }

    @Test
    void anApplicantWithItsRequiredMaterialsPassesAndTheListSaysSo() {
        PreReviewViewModel model = open();
        tick(model, Set.of(Material.APPLICATION_FORM, Material.BUSINESS_LICENCE, Material.FINANCIAL,
                Material.MANAGEMENT));
        model.resultProperty().set(PreReview.Result.PASSED);
        model.save();
        setup.refresh();
        assertEquals("通过", setup.applicants().get(0).preReviewText());
        assertEquals("必需材料齐全", setup.applicants().get(0).materialsText());
    }

    /** A round 5 tester passed a late applicant after the kits went out, and nothing said they lacked it. */
    @Test
    void joiningOrLeavingThePanelAfterKitsWentOutSaysToExportThemAgain() {
        OfflineDay.handedOut(t.db, t.ids.session(), "E1");
        PreReviewViewModel model = open();
        tick(model, Set.of(Material.APPLICATION_FORM, Material.BUSINESS_LICENCE, Material.FINANCIAL,
                Material.MANAGEMENT));
        model.resultProperty().set(PreReview.Result.PASSED);
        String name = applicant().name();
        assertEquals(Optional.of("已导出的 1 个专家评审包是在 A01 " + name + " 通过初审之前导出的，其中没有该申报单位："
                + "请为仍在评分的专家重新导出评审包。"), model.save());

        PreReviewViewModel same = open();
        same.noteProperty().set("复核无误");
        assertEquals(Optional.empty(), same.save(), "still passed: the kits list it as it is");

        PreReviewViewModel failing = open();
        failing.resultProperty().set(PreReview.Result.FAILED);
        failing.reasonProperty().set(PreReview.FailReason.LATE);
        assertEquals(Optional.of("已导出的 1 个专家评审包中仍有 A01 " + name + "（导出时它已通过初审；现在对它的评分在导入时将被拒绝）："
                + "请为仍在评分的专家重新导出评审包。"), failing.save());
    }

    @Test
    void aRefusedSaveRecordsNothing() {
        PreReviewViewModel model = open();
        tick(model, Set.of(Material.APPLICATION_FORM));
        model.lines().get(0).note().set("长".repeat(MaterialItem.NOTE_MAX + 1));
        model.resultProperty().set(PreReview.Result.PENDING);
        assertThrows(ValidationException.class, model::save);
        assertEquals(PreReview.PENDING, applicant().preReview());
        assertEquals(false, new SessionSetup(t.db).materials(applicant().id()).filledIn());
    }
}

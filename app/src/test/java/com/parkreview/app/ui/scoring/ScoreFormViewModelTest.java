package com.parkreview.app.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.ScoreChangedMeanwhile;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The score form's state and rules, without a window. */
@InLocale("zh")
class ScoreFormViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private TestSessions.Ids ids;
    private ScoreFormViewModel form;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(db, 2, 3);
        form = open();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ScoreFormViewModel open() {
        return ScoreFormViewModel.open(db, new ScoringService(db), TestSessions.expert(1), ids.expert(1), ids.applicant(1));
    }

    private IndicatorRowViewModel row(String code) {
        return form.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private ScoreSheet stored() {
        return db.read(s -> s.sheets().current(ids.expert(1), ids.applicant(1))).orElseThrow();
    }

    private void type(String code, String value) {
        row(code).typedProperty().set(value);
        form.commitScore(row(code));
    }

    /**
     * The same sheet open twice (the expert's form and a typist's, two windows on one server): a
     * score the other form stored after this one showed the sheet is not overwritten silently.
     */
    @Test
    void aScoreChangedInAnotherFormMeanwhileIsNotOverwrittenAndIsShown() {
        ScoreFormViewModel other = open();
        IndicatorRowViewModel there = other.rows().stream().filter(r -> r.code().equals("1.1")).findFirst().orElseThrow();
        there.typedProperty().set("4");
        other.commitScore(there);

        row("1.1").typedProperty().set("5");
        ScoreChangedMeanwhile refused = assertThrows(ScoreChangedMeanwhile.class, () -> form.commitScore(row("1.1")));
        assertTrue(refused.getMessage(Locale.SIMPLIFIED_CHINESE).startsWith("本评分表指标 1.1 的分数在此表显示之后，已由 "),
                refused.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertTrue(refused.getMessage(Locale.SIMPLIFIED_CHINESE).contains("在别处改为 4。您输入的（5）没有保存"),
                refused.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Optional.of(new BigDecimal("4")), stored().score("1.1"), "the other form's score stays");
        assertEquals("4", row("1.1").typedProperty().get(), "this form now shows it");

        type("1.1", "5"); // typed again over the score now shown: the writer knows what they replace
        assertEquals(Optional.of(new BigDecimal("5")), stored().score("1.1"));
        there.typedProperty().set("");
        assertThrows(ScoreChangedMeanwhile.class, () -> other.commitScore(there), "a clear is no different");
        assertEquals(Optional.of(new BigDecimal("5")), stored().score("1.1"));
    }

    @Test
    void opensOnTable1GroupedByDimension() {
        assertEquals(5, form.groups().size());
        assertEquals(13, form.rows().size());
        assertEquals("运营服务基础条件", form.groups().get(0).name());
        assertEquals("5", row("1.1").maxText());
    }

    @ParameterizedTest(name = "typing ''{1}'' in {0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1.1 | 4.5    | ""
            1.1 | ４．５  | ""
            1.1 | 5.5    | 指标 1.1（运营主体及其关联企业是否为专业化…）：5.5 超过该指标分值；允许范围 0–5，步长 0.5。
            4.1 | 12.3   | 指标 4.1（园区企业入住率/平台数（家）/注…）：12.3 不是步长的整数倍；允许范围 0–15，步长 0.5。
            2.3 | 五     | 指标 2.3（运营单位的信用情况）：“五”不是数字；允许范围 0–5，步长 0.5。
            3.1 | ""     | ""
            """)
    void fieldSaysWhyAsItIsTyped(String code, String typed, String problem) {
        row(code).typedProperty().set(typed);
        assertEquals(problem, row(code).problemProperty().get());
    }

    @Test
    void committedScoreIsStoredAndShownAsStored() {
        type("1.1", "４．５");
        assertEquals(Optional.of(new BigDecimal("4.5")), stored().score("1.1"));
        assertEquals("4.5", row("1.1").typedProperty().get());
    }

    @Test
    void refusedScoreIsNotStoredAndKeepsWhatWasTyped() {
        type("1.2", "3");
        row("1.2").typedProperty().set("9");
        assertFalse(form.commitScore(row("1.2")));
        assertEquals(Optional.of(new BigDecimal("3")), stored().score("1.2"));
        assertEquals("9", row("1.2").typedProperty().get());
        assertTrue(row("1.2").problemProperty().get().contains("9 超过该指标分值"));
    }

    @Test
    void totalsFollowTheTypingAndIgnoreRefusedValues() {
        type("1.1", "4");
        type("1.2", "3.5");
        row("2.1").typedProperty().set("5");
        assertEquals(new BigDecimal("7.5"), form.groups().get(0).subtotalProperty().get());
        assertEquals(0, new BigDecimal("12.5").compareTo(form.totalProperty().get()));
        row("2.1").typedProperty().set("50");
        assertEquals(0, new BigDecimal("7.5").compareTo(form.totalProperty().get()));
    }

    /** Scores typed (not yet stored) to the given total, indicators filled in order up to their maxima. */
    private void typeTotal(String total) {
        BigDecimal remaining = new BigDecimal(total);
        for (IndicatorRowViewModel r : form.rows()) {
            BigDecimal score = remaining.min(r.indicator().max());
            remaining = remaining.subtract(score);
            r.typedProperty().set(score.toPlainString());
        }
    }

    @Test
    void whatKeepsTheSheetFromBeingSignedIsSaidBeforeAnythingIsAsked() {
        assertEquals(Optional.of("暂不能签署：指标 1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 4.1 4.2 5.1 5.2 5.3 尚未评分。"),
                form.missingForSigning());
        typeTotal("80");
        form.rows().subList(0, 12).forEach(form::commitScore);
        assertEquals(Optional.of("暂不能签署：指标 5.3 尚未评分。"), form.missingForSigning(), "typed is not stored");
        form.commitScore(form.rows().get(12));
        assertEquals(Optional.of("暂不能签署：评价意见为空或只有标点；请用文字写明。"), form.missingForSigning());
        form.opinionProperty().set("同意。");
        assertEquals(Optional.empty(), form.missingForSigning());
    }

    @Test
    void onAnExpertsLaptopNoAmountIsShownTheKitCarriesNoAmountApplied() throws Exception {
        try (Database laptop = OfflineDay.laptop(dir, OfflineDay.kit(db, ids.session(), 1))) {
            ExpertMode mode = OfflineDay.mode(laptop);
            ScoreFormViewModel expertForm = ScoreFormViewModel.open(laptop, new ScoringService(laptop),
                    TestSessions.expert(1), mode.expertId(), OfflineDay.applicant(laptop, "A01"));
            assertEquals("金额：由专家组汇总确定", expertForm.amountTextProperty().get());
        }
    }

    @ParameterizedTest(name = "total {0} → {1}, {2}")
    @CsvSource(textBlock = """
            100,  优秀（100%）,  1500.00 万元
            80,   优秀（100%）,  1500.00 万元
            79.5, 良好（70%）,   1050.00 万元
            60,   良好（70%）,   1050.00 万元
            59.5, 不合格（0%）,  0.00 万元
            """)
    void tierAndAmountAreWhatThisSheetAloneWouldGive(String total, String tier, String amount) {
        typeTotal(total);
        assertEquals(0, new BigDecimal(total).compareTo(form.totalProperty().get()));
        assertEquals(tier, form.tierTextProperty().get());
        assertEquals(amount, form.amountTextProperty().get());
    }

    @Test
    void signingNeedsEveryScoreAndTheOpinionThenLocksTheSheet() {
        assertThrows(ValidationException.class, form::sign);
        for (IndicatorRowViewModel r : form.rows()) {
            r.typedProperty().set(r.maxText());
            form.commitScore(r);
        }
        assertTrue(form.completeProperty().get());
        ValidationException noOpinion = assertThrows(ValidationException.class, form::sign);
        assertEquals("暂不能签署：评价意见为空或只有标点；请用文字写明。", noOpinion.getMessage(Locale.SIMPLIFIED_CHINESE));
        form.opinionProperty().set("同意支持。");
        form.sign();
        assertFalse(form.editableProperty().get());
        assertEquals(SheetStatus.SIGNED, stored().status());
        row("1.1").typedProperty().set("0");
        assertFalse(form.commitScore(row("1.1")), "a locked sheet stores nothing");
        assertEquals(Optional.of(new BigDecimal("5")), stored().score("1.1"));
    }

    @Test
    void reopeningNeedsAReason() {
        for (IndicatorRowViewModel r : form.rows()) {
            r.typedProperty().set("1");
            form.commitScore(r);
        }
        form.opinionProperty().set("暂不支持。");
        form.sign();
        assertThrows(ValidationException.class, () -> form.reopen(" "));
        form.reopen("补充评语");
        assertTrue(form.editableProperty().get());
        assertEquals(SheetStatus.DRAFT, stored().status());
    }

    @Test
    void reopeningTheFormShowsWhatWasStored() {
        type("5.2", "3.5");
        row("5.2").commentProperty().set("转化项目较少");
        form.commitComment(row("5.2"));
        form = open();
        assertEquals("3.5", row("5.2").typedProperty().get());
        assertEquals("转化项目较少", row("5.2").commentProperty().get());
    }
}

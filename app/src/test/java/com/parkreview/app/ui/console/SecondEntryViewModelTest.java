package com.parkreview.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.PaperEntry;
import com.parkreview.app.review.PaperResolution;
import com.parkreview.app.review.ScoringService;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second entry of a paper sheet: checked as typed, compared, counted only on a match. */
class SecondEntryViewModelTest {

    private static final String[] CODES = "1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 4.1 4.2 5.1 5.2 5.3".split(" ");
    private static final String[] EIGHTY = "5 5 5 5 5 5 10 10 15 15 0 0 0".split(" ");

    @TempDir
    Path dir;

    private ConsoleTesting t;
    private long sheet;

    @BeforeEach
    void setUp() {
        t = new ConsoleTesting(dir, 1, 3, ConsoleTesting.totals("80", "80", "-"));
        Actor first = Actor.secretary("王录入");
        PaperEntry paper = new PaperEntry(t.db);
        sheet = paper.openPaperSheet(first, t.ids.expert(3), t.ids.applicant(1)).id();
        ScoringService scoring = new ScoringService(t.db);
        for (int i = 0; i < CODES.length; i++) {
            scoring.commitScore(first, sheet, CODES[i], EIGHTY[i]);
        }
        scoring.setOpinion(first, sheet, "同意（纸质）。");
        scoring.sign(first, sheet);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private SecondEntryViewModel typed(String typist, String... values) {
        SecondEntryViewModel model = new SecondEntryViewModel(new PaperEntry(t.db), sheet, ProgrammeSettings.SHIJINGSHAN);
        model.typistProperty().set(typist);
        for (int i = 0; i < values.length; i++) {
            model.fields().get(i).typed().set(values[i]);
        }
        return model;
    }

    private int validExperts() {
        return t.merge.results(t.ids.session()).row("A01").orElseThrow().result().validExperts();
    }

    @Test
    void saysWhatIsMissingBeforeItCanBeCompared() {
        SecondEntryViewModel model = typed("", EIGHTY);
        assertEquals("请填写录入人：第二次录入须由未参与第一次录入的人完成。", model.problemProperty().get());
        model.typistProperty().set("李复核");
        assertEquals("", model.problemProperty().get());
        model.fields().get(8).typed().set("16");
        assertTrue(model.problemProperty().get().startsWith("指标 4.1"), model.problemProperty().get());
    }

    @Test
    void aTypistNameWithAnEscapeSequenceIsRefusedNamingTheField() {
        SecondEntryViewModel model = typed("李复核\u001b[2J", EIGHTY);
        assertEquals("操作人姓名：第 4 个字符 U+001B 是控制字符，文字中不允许出现（只允许制表符，多行栏目还允许换行符）。",
                model.problemProperty().get());
    }

    @Test
    void mismatchIsNamedAndTheSheetDoesNotCountThenAMatchCounts() {
        String[] misread = EIGHTY.clone();
        misread[8] = "13";
        SecondEntryViewModel wrong = typed("李复核", misread);
        assertFalse(wrong.enter().matches());
        assertEquals("第二次录入与第一次在 4.1 (15 / 13) 处不一致（第一次 / 第二次）。请核对纸质评分表，改正录错的一方；"
                + "两次一致之前，该评分表不计入合并。", wrong.outcomeProperty().get());
        assertFalse(wrong.countedProperty().get());
        assertEquals(2, validExperts());

        SecondEntryViewModel right = typed("李复核", EIGHTY);
        assertTrue(right.enter().matches());
        assertTrue(right.countedProperty().get());
        assertEquals(3, validExperts());
    }

    @Test
    void theSecretarySettlesTheDifferenceInTheDialogAndTheSheetCounts() {
        String[] misread = EIGHTY.clone();
        misread[8] = "13";
        SecondEntryViewModel model = typed("李复核", misread);
        model.allowSettling(new PaperResolution(t.db), Actor.secretary("赵秘书"));
        assertTrue(model.settles());
        model.enter();
        assertEquals(1, model.differences().size());
        assertEquals("4.1", model.differences().get(0).indicatorCode());

        model.settle(model.differences().get(0), PaperResolution.Keep.FIRST, "纸质表 4.1 为 15 分");

        assertEquals(0, model.differences().size());
        assertEquals(EIGHTY[8], model.fields().get(8).typed().get(), "the field shows the value that counts, not the misread 13");
        assertTrue(model.countedProperty().get());
        assertEquals(3, validExperts());
    }

    @Test
    void firstTypistCannotTypeTheSecondEntry() {
        SecondEntryViewModel same = typed("王录入", EIGHTY);
        assertThrows(ValidationException.class, same::enter);
        assertEquals(2, validExperts());
    }

    /** A tester's round 8 pressed Esc on six typed scores and they were gone, unasked: the dialog asks while this holds. */
    @Test
    void scoresTypedAndNotComparedAreKnownUntilCompared() {
        SecondEntryViewModel model = typed("李复核");
        assertFalse(model.typedNotEntered(), "nothing typed: closing loses nothing");
        model.fields().get(0).typed().set("5");
        assertTrue(model.typedNotEntered());
        for (int i = 0; i < EIGHTY.length; i++) {
            model.fields().get(i).typed().set(EIGHTY[i]);
        }
        model.enter();
        assertFalse(model.typedNotEntered(), "compared: nothing to lose");
        model.fields().get(2).typed().set("4");
        assertTrue(model.typedNotEntered(), "changed after the comparison");
    }
}

package com.parkreview.app.ui.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.sheets.PrintedDemo;
import com.parkreview.app.sheets.SheetCheck.Verdict;
import com.parkreview.app.sheets.SheetRequest;
import com.parkreview.app.sheets.SheetVerification;
import com.parkreview.app.testing.InLocale;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 核对纸质评分表 without a window: the code typed, the verdict and what changed, in the user's language. */
@InLocale("zh")
class VerifySheetViewModelTest {

    @TempDir
    Path dir;
    private PrintedDemo demo;
    private VerifySheetViewModel model;

    @BeforeEach
    void open() {
        demo = new PrintedDemo(dir);
        model = new VerifySheetViewModel(new SheetVerification(demo.db()));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private String printedCode() {
        return demo.print(SheetRequest.Kind.EXPERT, "A03", "E5").code().value();
    }

    @Test
    void aSheetJustPrintedMatchesWhateverWayItsCodeIsTyped() {
        String code = printedCode();
        model.codeProperty().set(code.toUpperCase(Locale.ROOT).substring(0, 4) + " " + code.substring(4, 8) + "-"
                + code.substring(8));
        model.check();
        assertEquals(Optional.of(Verdict.MATCHES), model.verdictProperty().get());
        assertTrue(model.explanationProperty().get().startsWith("评分表 " + code + " 与当前存储的数据一致"),
                model.explanationProperty().get());
        assertEquals(List.of(), model.changes());
    }

    @Test
    void aScoreChangedSinceListsTheChangeInTheUsersLanguage() {
        String code = printedCode();
        demo.correctScore("E5", "A03", "4.1", "7.5");
        model.codeProperty().set(code);
        model.check();
        assertEquals(Optional.of(Verdict.CHANGED), model.verdictProperty().get());
        assertEquals(List.of("专家 E5 对 A03 评分表的指标 4.1：原为 7，现为 7.5。"), model.changes());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(textBlock = """
            0123456789ab, UNKNOWN,    此数据库中没有打印过校验码为 0123456789ab 的评分表
            e41b-e357,    NOT_A_CODE, “e41b-e357”不是校验码
            """)
    void aCodeNotPrintedHereOrNotACodeIsSaidSo(String typed, Verdict verdict, String start) {
        printedCode();
        model.codeProperty().set(typed);
        model.check();
        assertEquals(Optional.of(verdict), model.verdictProperty().get());
        assertTrue(model.explanationProperty().get().startsWith(start), model.explanationProperty().get());
        assertEquals(List.of(), model.changes());
    }

    @Test
    void anAnswerThatArrivesAfterAnotherCodeWasTypedIsNotShown() {
        String code = printedCode();
        model.codeProperty().set(code);
        var answer = model.lookUp(code);
        model.codeProperty().set("0123456789ab");
        model.show(code, answer);
        assertEquals(Optional.empty(), model.verdictProperty().get(), "the answer was for the code typed before");
        assertEquals("", model.explanationProperty().get());
    }

    @Test
    void typingAnotherCodeClearsTheVerdictOfThePreviousOne() {
        String code = printedCode();
        demo.correctScore("E5", "A03", "4.1", "7.5");
        model.codeProperty().set(code);
        model.check();
        model.codeProperty().set(code.substring(0, 11));
        assertEquals(Optional.empty(), model.verdictProperty().get());
        assertEquals("", model.explanationProperty().get());
        assertEquals(List.of(), model.changes());
    }
}

package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.data.SignInList;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.reports.pdf.PdfText;
import com.parkreview.reports.pdf.SheetPdf;
import com.parkreview.reports.verify.CanonicalForms;
import com.parkreview.reports.verify.SheetCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInReportTest {

    private static final SignInList LIST = RealisticSession.pack().signIn();
    private static final PdfText PDF = PdfText.of(SheetPdf.export(SignInReport.fill(LIST)));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            1, 王建国, 北京理工大学机械与车辆学院, 产业专家, 组长
            2, 李文静, 中国科学院自动化研究所,    产业专家, 成员
            3, 张海涛, 北京京西产业研究院,        产业专家, 成员
            4, 陈晓梅, 北京华审会计师事务所,      财务专家, 成员
            5, 刘志强, 首都经济贸易大学会计学院,  财务专家, 成员
            """)
    void listsEveryExpertToSignIn(String order, String name, String organisation, String role, String position) {
        assertTrue(PDF.lineStartingWith(order + " " + name).startsWith(
                order + " " + name + " " + organisation + " " + role + " " + position), PDF.lineStartingWith(order + " "));
    }

    @Test
    void printsTheRecusalDeclarationWithItsReasonAndASignatureLine() {
        assertTrue(PDF.all().contains("专家签到表"));
        String text = PDF.compact();
        assertTrue(text.contains("本人陈晓梅（北京华审会计师事务所）与申报单位“京西智谷科技园管理有限公司”"
                + "（统一社会信用代码91110107MA00G3XT7J）存在利害关系，申请回避"), text);
        assertTrue(text.contains("理由：本人所在会计师事务所2025年为该单位提供年度审计服务，存在利害关系，申请回避。本人签名："));
    }

    @Test
    void saysSoWhenNoExpertRecused() {
        SignInList none = new SignInList(LIST.header(), LIST.experts(), List.of());
        assertTrue(PdfText.of(SheetPdf.export(SignInReport.fill(none))).compact().contains("本次评审无专家申请回避。"));
    }

    @Test
    void printedCodeIsTheCodeOfTheList() {
        assertEquals(SheetCode.of(CanonicalForms.signIn(LIST)).value(), ScoreSheetReportTest.printedCode(PDF));
    }
}

package com.parkreview.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShownWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            结果表导出为 Excel（XLSX）…                                   | Excel
            打开 ParkReview 评分文件（.prscore），另存为 PDF 或 CSV         | ''
            申报单位 A01、专家 E5、指标 1.1，统一社会信用代码 91110107MA01R8K521 | ''
            数据库：/tmp/junit-1/E2-laptop.mv.db                          | ''
            您的密钥指纹为 A42E 9ADB BFCE 2757                            | ''
            表头为“code,name,uscc”                                        | ''
            请按 Enter 或 Tab 键                                          | ''
            可留空：此时使用 PGPASSWORD 或 ~/.pgpass                         | ''
            例如 postgresql://wang@db.office.local:5432/review             | ''
            PostgreSQL 服务器（?sslmode=disable）                          | sslmode disable
            已导入 development build.                                     | development build
            ICC(A,k) 0.9020；Kendall's W                                 | ICC Kendall
            """)
    void findsEnglishWordsOutsideTheAllowedNames(String text, String words) {
        List<String> expected = words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));
        assertEquals(expected, ShownWords.words(text));
    }
}

package com.parkreview.scoring.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementWordsTest {

    @ParameterizedTest(name = "ICC {0} → {1}, W {0} → {2}")
    @CsvSource(textBlock = """
            0.20, POOR,      POOR
            0.30, POOR,      MODERATE
            0.49, POOR,      MODERATE
            0.50, MODERATE,  GOOD
            0.75, GOOD,      EXCELLENT
            0.90, EXCELLENT, EXCELLENT
            """)
    void levelsFollowTheConventions(String value, AgreementWords.Level icc, AgreementWords.Level w) {
        assertEquals(icc, AgreementWords.icc(new BigDecimal(value)));
        assertEquals(w, AgreementWords.kendallW(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3.40  | 专家 E1 平均比专家组得分高 3.40 分（6 个申报单位）：偏宽松。
            -2.50 | 专家 E1 平均比专家组得分低 2.50 分（6 个申报单位）：偏严格。
            1.20  | 专家 E1 平均与专家组得分相差 1.20 分以内（6 个申报单位）：与专家组一致。
            """)
    void leniencyInWords(String mean, String words) {
        assertEquals(words, AgreementWords.leniency(new ExpertLeniency("E1", 6, Optional.of(new BigDecimal(mean))))
                .in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void summarySaysWhyWhenNotComputable() {
        AgreementFigures none = new AgreementFigures(1, 5, AgreementFigures.Icc.NOT_COMPUTABLE, Optional.empty(),
                java.util.Map.of());
        assertEquals("Agreement cannot be judged yet: it needs at least three applicants scored by every expert "
                + "(1 so far, 5 experts).", AgreementWords.summary(none).in(Locale.ENGLISH));
    }
}

package com.parkreview.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.parkreview.scoring.settings.Tier;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tier is shown as the session's programme names it in Chinese; English names the known ones in English. */
class UiTextTierTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @ParameterizedTest(name = "{0} {1} ({2}) → {3}")
    @CsvSource(textBlock = """
            zh, excellent, 优秀档, 优秀档
            zh, good,      良好,   良好
            en, excellent, 优秀档, Excellent
            en, special,   特优,   特优
            """)
    void tierIsShownByTheProgrammesOwnNameInChinese(String language, String code, String label, String shown) {
        Locale.setDefault(Locale.forLanguageTag(language));
        assertEquals(shown, UiText.tierLabel(new Tier(code, label, new BigDecimal("80"), BigDecimal.ONE)));
    }
}

package com.parkreview.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void wholeNumbersAndDecimalsArePrintedWithoutGrouping() {
        assertEquals("Support years limit 2026 is not allowed; use 1 or more (default 3).",
                LocalizedText.of("settings.years", 2026).in(Locale.ENGLISH));
        assertEquals("Amount 12345.5 万元 is negative; amounts are 0 or more.",
                LocalizedText.of("money.negative", new BigDecimal("12345.5")).in(Locale.ENGLISH));
    }

    @Test
    void choicePatternsStillSeeANumber() {
        String whole = LocalizedText.of("entry.too_many_decimals", "4.1", "x", "8.7", "allowed", 0).in(Locale.ENGLISH);
        String tenth = LocalizedText.of("entry.too_many_decimals", "4.1", "x", "8.77", "allowed", 1).in(Locale.ENGLISH);
        assertEquals("Indicator 4.1 (x): 8.7 has too many decimals (scores are whole numbers); allowed.", whole);
        assertEquals("Indicator 4.1 (x): 8.77 has too many decimals (at most one decimal); allowed.", tenth);
    }

    @Test
    void anEchoedValueCarriesNoControlCharacterAndIsCutWhenHuge() {
        String echoed = LocalizedText.of("money.notANumber", "\u001b[2J\u0007" + "9".repeat(2000)).in(Locale.ENGLISH);
        assertEquals(false, echoed.contains("\u001b") || echoed.contains("\u0007"), echoed);
        assertEquals(true, echoed.startsWith("Amount \"U+001B[2JU+0007999"), echoed);
        assertEquals(true, echoed.length() < 700, echoed);
    }

    @Test
    void englishIsGivenOnAChineseSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("The rubric needs a name.", LocalizedText.of("rubric.name").in(Locale.ENGLISH));
            assertEquals("评分标准缺少名称。", LocalizedText.of("rubric.name").text());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMomentInItsOwnZoneIsWrittenAsTheLanguageWritesIt() {
        ZonedDateTime printed = Instant.parse("2026-12-10T06:30:00Z").atZone(ZoneId.of("Asia/Shanghai"));
        LocalizedText text = LocalizedText.of("money.notANumber", printed);
        assertEquals(true, text.in(Locale.ENGLISH).contains("\"10 Dec 2026 14:30\""), text.in(Locale.ENGLISH));
        assertEquals(true, text.in(Locale.SIMPLIFIED_CHINESE).contains("“2026年12月10日 14:30”"),
                text.in(Locale.SIMPLIFIED_CHINESE));
    }
}

package com.parkreview.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTimeTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-10T06:30:00Z | zh | 2026年12月10日 14:30",
        "2026-12-10T06:30:00Z | en | 10 Dec 2026 14:30",
        "2026-01-02T16:05:59Z | zh | 2026年1月3日 00:05",
    })
    void aMomentInBeijingAsTheReaderWritesIt(String stored, String language, String shown) {
        assertEquals(shown, LocalizedTime.of(Instant.parse(stored), Locale.forLanguageTag(language),
                ZoneId.of("Asia/Shanghai")));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-10 | zh | 2026年12月10日",
        "2026-01-05 | zh | 2026年1月5日",
        "2026-12-10 | en | 2026-12-10",
    })
    void aDayAsTheReaderWritesIt(String stored, String language, String shown) {
        assertEquals(shown, LocalizedTime.day(LocalDate.parse(stored), Locale.forLanguageTag(language)));
    }
}

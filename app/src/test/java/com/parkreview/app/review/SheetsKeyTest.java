package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SheetsKeyTest {

    private static ScoreSheet sheet(long id, String... scores) {
        List<IndicatorEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            entries.add(new IndicatorEntry("1." + (i + 1),
                    scores[i].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(scores[i])), "评语"));
        }
        return new ScoreSheet(id, id, 1, 1, SheetStatus.SIGNED, SheetOrigin.IMPORTED, entries, "同意。",
                Optional.of(Instant.EPOCH), Instant.EPOCH);
    }

    @ParameterizedTest(name = "recorded {0}, now {1}: holds {2}")
    @CsvSource(delimiter = '|', value = {
        "12,13           | 12,13           | true",   // both written before fingerprints
        "12,13           | 12#aaaaaaaa,13#bbbbbbbb | true", // an old key holds by its ids
        "12,13           | 12#aaaaaaaa     | false",
        "12#aaaaaaaa,13#bbbbbbbb | 12#aaaaaaaa,13#bbbbbbbb | true",
        "12#aaaaaaaa,13#bbbbbbbb | 12#aaaaaaaa,13#cccccccc | false", // sheet 13 changed in place
        "12#aaaaaaaa     | 12,13           | false",
    })
    void aResolutionHoldsForTheSameSheetsWithTheSameScores(String recorded, String current, boolean holds) {
        assertEquals(holds, SheetsKey.holdsFor(recorded.strip(), current.strip()));
    }

    @Test
    void theFingerprintIsOfTheScoresOnly() {
        ScoreSheet a = sheet(7, "8", "4.5", "");
        ScoreSheet sameScoresOtherZeros = sheet(7, "8.0", "4.50", "");
        ScoreSheet changed = sheet(7, "8", "4", "");
        assertEquals(SheetsKey.of(List.of(a)), SheetsKey.of(List.of(sameScoresOtherZeros)));
        assertEquals(false, SheetsKey.of(List.of(a)).equals(SheetsKey.of(List.of(changed))));
        assertEquals(Set.of(7L, 9L), SheetsKey.ids(SheetsKey.of(List.of(a, sheet(9, "1")))));
        assertEquals(Set.of(7L, 9L), SheetsKey.ids("7,9"));
    }

    @Test
    void aKeyStillHoldsOnlyWhileItsSheetsKeepTheirScores() {
        String key = SheetsKey.of(List.of(sheet(7, "8", "4.5"), sheet(9, "1", "2")));
        assertEquals(true, SheetsKey.stillHolds(key, List.of(sheet(7, "8", "4.5"), sheet(9, "1", "2"))));
        assertEquals(false, SheetsKey.stillHolds(key, List.of(sheet(7, "8", "4.5"), sheet(9, "1", "3"))));
        assertEquals(false, SheetsKey.stillHolds(key, List.of(sheet(7, "8", "4.5"))), "a sheet gone");
        assertEquals(true, SheetsKey.stillHolds("7,9", List.of(sheet(7, "0"), sheet(9, "0"))), "an old key");
    }
}

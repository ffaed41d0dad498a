package com.parkreview.scoring.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Table1Test {

    private final Rubric rubric = Table1.rubric();

    @Test
    void hasFiveDimensionsThirteenIndicatorsAndOneHundredPoints() {
        assertEquals(5, rubric.dimensions().size());
        assertEquals(13, rubric.indicators().size());
        assertEquals(0, new BigDecimal("100").compareTo(rubric.maxTotal()));
    }

    @ParameterizedTest(name = "dimension {0} {1} is worth {2}")
    @CsvSource(textBlock = """
            1, 运营服务基础条件, 15, 1.1;1.2;1.3
            2, 运营单位基本情况, 15, 2.1;2.2;2.3
            3, 运营管理制度情况, 20, 3.1;3.2
            4, 企业入驻集聚情况, 30, 4.1;4.2
            5, 服务体系,         20, 5.1;5.2;5.3
            """)
    void dimensionsAsInTheSeed(String code, String name, int max, String indicators) {
        Dimension dimension = rubric.dimensions().get(Integer.parseInt(code) - 1);
        assertEquals(code, dimension.code());
        assertEquals(name, dimension.name());
        assertEquals(0, BigDecimal.valueOf(max).compareTo(dimension.max()));
        assertEquals(indicators, String.join(";", dimension.indicators().stream().map(Indicator::code).toList()));
    }

    @ParameterizedTest(name = "indicator {0} is worth {1}")
    @CsvSource(textBlock = """
            1.1, 5
            1.2, 5
            1.3, 5
            2.1, 5
            2.2, 5
            2.3, 5
            3.1, 10
            3.2, 10
            4.1, 15
            4.2, 15
            5.1, 5
            5.2, 5
            5.3, 10
            """)
    void indicatorMaximaAsInTheSeed(String code, int max) {
        assertEquals(0, BigDecimal.valueOf(max).compareTo(rubric.indicator(code).orElseThrow().max()));
    }

    @Test
    void everyIndicatorTextStandsWordForWordInTheSeed() throws IOException {
        String seed = seedTable();
        for (Indicator indicator : rubric.indicators()) {
            assertTrue(seed.contains("\t" + indicator.fullText() + "\n"),
                    () -> indicator.code() + " is not in the seed as: " + indicator.fullText());
        }
    }

    private static String seedTable() throws IOException {
        try (InputStream in = Table1Test.class.getResourceAsStream("/seed-002-table1.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

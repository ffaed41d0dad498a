package com.parkreview.scoring.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RubricTest {

    private static Indicator indicator(String code, int max) {
        return new Indicator(code, "指标" + code, "", BigDecimal.valueOf(max));
    }

    @Test
    void duplicateIndicatorCodeIsRefusedNamingTheCode() {
        Dimension one = new Dimension("1", "甲", BigDecimal.TEN, List.of(indicator("1.1", 5), indicator("1.2", 5)));
        Dimension copy = new Dimension("2", "乙", BigDecimal.TEN, List.of(indicator("2.1", 10)));
        Dimension clash = new Dimension("3", "丙", BigDecimal.TEN, List.of(indicator("3.1", 10)));
        new Rubric("ok", List.of(one, copy, clash));

        Dimension again = new Dimension("1", "丁", BigDecimal.TEN, List.of(indicator("1.1", 10)));
        ValidationException e = assertThrows(ValidationException.class, () -> new Rubric("bad", List.of(one, again)));
        assertEquals("Dimension code 1 is used twice; every dimension code must be unique.", e.getMessage(Locale.ENGLISH));
    }

    @Test
    void dimensionWhoseIndicatorsDoNotAddUpIsRefusedWithBothFigures() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Dimension("3", "运营管理制度情况",
                new BigDecimal("25"), List.of(indicator("3.1", 10), indicator("3.2", 10))));
        assertEquals("一级指标 3：分值 25 与其二级指标分值之和 20 不一致。", e.getMessage(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void nonPositiveMaximumIsRefusedNamingTheIndicator() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Indicator("2.1", "x", "", new BigDecimal("-5")));
        assertEquals("Indicator 2.1: max -5 is not allowed; a maximum is a positive number.", e.getMessage(Locale.ENGLISH));
    }

    @Test
    void indicatorFiledUnderAnotherDimensionIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Dimension("1", "甲", BigDecimal.TEN, List.of(indicator("2.1", 10))));
        assertEquals("rubric.dimension.foreignIndicator", e.text().key());
    }

    @Test
    void shortNameCutsLongIndicatorNames() {
        assertEquals("运营面积", Table1.rubric().indicator("1.2").orElseThrow().shortName());
        assertEquals("园区企业入住率/平台数（家）/注…", Table1.rubric().indicator("4.1").orElseThrow().shortName());
    }
}

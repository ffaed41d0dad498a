package com.parkreview.scoring.settings;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.rubric.Table1;

/**
 * Everything that makes one funding programme's review: its rubric, the annual cap per operator,
 * the tiers, how many years an operator may be supported, and the session-level choices
 * (precision, aggregation rule, deviation thresholds).
 */
public record ProgrammeSettings(
        String name,
        Rubric rubric,
        Money annualCap,
        TierScale tiers,
        int supportYearsLimit,
        ScorePrecision precision,
        AggregationRule rule,
        DeviationThresholds thresholds) {

    /** 石景山区人形机器人产业发展支持办法实施细则 第七条: at most 1500 万元 a year, at most 3 years. */
    public static final ProgrammeSettings SHIJINGSHAN = new ProgrammeSettings(
            "石景山区人形机器人产业发展支持办法 · 支持产业运营（第七条）",
            Table1.rubric(),
            Money.wan("1500"),
            TierScale.DEFAULT,
            3,
            ScorePrecision.DEFAULT,
            AggregationRule.MEAN,
            DeviationThresholds.DEFAULT);

    /** 朝阳区 特色园区建设运营主体: the same model with at most 500 万元 a year for three years. */
    public static final ProgrammeSettings CHAOYANG_PARK_OPERATORS = SHIJINGSHAN
            .withName("朝阳区 · 特色园区建设运营主体支持")
            .withAnnualCap(Money.wan("500"));

    public ProgrammeSettings {
        if (name == null || name.isBlank()) {
            throw new ValidationException(LocalizedText.of("settings.name"));
        }
        if (rubric == null || annualCap == null || tiers == null || precision == null || rule == null
                || thresholds == null) {
            throw new IllegalArgumentException("every programme setting is required");
        }
        if (annualCap.isZero()) {
            throw new ValidationException(LocalizedText.of("settings.cap", annualCap.toWanString()));
        }
        if (supportYearsLimit < 1) {
            throw new ValidationException(LocalizedText.of("settings.years", supportYearsLimit));
        }
    }

    public ProgrammeSettings withName(String value) {
        return new ProgrammeSettings(value, rubric, annualCap, tiers, supportYearsLimit, precision, rule, thresholds);
    }

    public ProgrammeSettings withRubric(Rubric value) {
        return new ProgrammeSettings(name, value, annualCap, tiers, supportYearsLimit, precision, rule, thresholds);
    }

    public ProgrammeSettings withAnnualCap(Money value) {
        return new ProgrammeSettings(name, rubric, value, tiers, supportYearsLimit, precision, rule, thresholds);
    }

    public ProgrammeSettings withTiers(TierScale value) {
        return new ProgrammeSettings(name, rubric, annualCap, value, supportYearsLimit, precision, rule, thresholds);
    }

    public ProgrammeSettings withSupportYearsLimit(int value) {
        return new ProgrammeSettings(name, rubric, annualCap, tiers, value, precision, rule, thresholds);
    }

    public ProgrammeSettings withPrecision(ScorePrecision value) {
        return new ProgrammeSettings(name, rubric, annualCap, tiers, supportYearsLimit, value, rule, thresholds);
    }

    public ProgrammeSettings withRule(AggregationRule value) {
        return new ProgrammeSettings(name, rubric, annualCap, tiers, supportYearsLimit, precision, value, thresholds);
    }

    public ProgrammeSettings withThresholds(DeviationThresholds value) {
        return new ProgrammeSettings(name, rubric, annualCap, tiers, supportYearsLimit, precision, rule, value);
    }
}

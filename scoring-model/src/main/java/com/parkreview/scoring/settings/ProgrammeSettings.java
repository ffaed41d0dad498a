package com.parkreview.scoring.settings;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.rubric.Table1;
import com.parkreview.scoring.text.InputText;

/**
 * Everything that makes one funding programme's review: its name, the clause of the rules it
 * applies (the citation every sheet prints), its rubric, the annual cap per operator, the tiers,
 * how many years an operator may be supported, and the session-level choices (precision,
 * aggregation rule, deviation thresholds). A session keeps its own copy: the sheets print these,
 * never a constant.
 */
public record ProgrammeSettings(
        String name,
        String citation,
        Rubric rubric,
        Money annualCap,
        TierScale tiers,
        int supportYearsLimit,
        ScorePrecision precision,
        AggregationRule rule,
        DeviationThresholds thresholds) {

    /** The most characters a citation may have (the store's column). */
    public static final int CITATION_LIMIT = 500;

    /**
     * The clause the 石景山 rules are in, in the source's own words: the implementing rules'
     * title (its line break and the draft's 征求意见稿 left out) and 第七条's heading, which names the
     * 办法's article it implements.
     */
    public static final String SHIJINGSHAN_CITATION =
            "《石景山区人形机器人产业发展支持办法（试行）》实施细则 第七条 支持产业运营（政策原文第九条）";

    /** 石景山区人形机器人产业发展支持办法（试行）实施细则 第七条: at most 1500 万元 a year, at most 3 years. */
    public static final ProgrammeSettings SHIJINGSHAN = new ProgrammeSettings(
            "石景山区 · 人形机器人产业基地运营支持",
            SHIJINGSHAN_CITATION,
            Table1.rubric(),
            Money.wan("1500"),
            TierScale.DEFAULT,
            3,
            ScorePrecision.DEFAULT,
            AggregationRule.MEAN,
            DeviationThresholds.DEFAULT);

    /** 朝阳区 特色园区建设运营主体 (第九条): the same model with at most 500 万元 a year for three years. */
    public static final ProgrammeSettings CHAOYANG_PARK_OPERATORS = SHIJINGSHAN
            .withName("朝阳区 · 特色园区建设运营主体支持")
            .withCitation("《北京市朝阳区促进智能机器人产业创新发展若干措施》 第九条 支持特色园区建设")
            .withAnnualCap(Money.wan("500"));

    public ProgrammeSettings {
        if (name == null || name.isBlank()) {
            throw new ValidationException(LocalizedText.of("settings.name"));
        }
        if (citation == null || citation.isBlank()) {
            throw new ValidationException(LocalizedText.of("settings.citation"));
        }
        if (citation.codePointCount(0, citation.length()) > CITATION_LIMIT) {
            throw new ValidationException(LocalizedText.of("settings.citationLong", CITATION_LIMIT));
        }
        InputText.require(LocalizedText.of("settings.citationField"), citation, CITATION_LIMIT * 2, InputText.Lines.ONE);
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

    /**
     * These settings, refused when a tier starts above the most the rubric gives (a tester's round 13
     * took a tier from 100.01 of 100 points, and every applicant failed). Checked where tiers or a
     * rubric are given, not where settings are read back: a session stored before this check stays
     * readable.
     */
    private ProgrammeSettings reachable() {
        for (Tier tier : tiers.tiers()) {
            if (tier.minScore().compareTo(rubric.maxTotal()) > 0) {
                throw new ValidationException(LocalizedText.of("settings.tier.unreachable", tier.label(),
                        tier.minScore().stripTrailingZeros().toPlainString(), rubric.maxTotal().stripTrailingZeros().toPlainString()));
            }
        }
        return this;
    }

    public ProgrammeSettings withName(String value) {
        return new ProgrammeSettings(value, citation, rubric, annualCap, tiers, supportYearsLimit, precision, rule, thresholds);
    }

    public ProgrammeSettings withCitation(String value) {
        return new ProgrammeSettings(name, value, rubric, annualCap, tiers, supportYearsLimit, precision, rule, thresholds);
    }

    public ProgrammeSettings withRubric(Rubric value) {
        return new ProgrammeSettings(name, citation, value, annualCap, tiers, supportYearsLimit, precision, rule, thresholds)
                .reachable();
    }

    public ProgrammeSettings withAnnualCap(Money value) {
        return new ProgrammeSettings(name, citation, rubric, value, tiers, supportYearsLimit, precision, rule, thresholds);
    }

    public ProgrammeSettings withTiers(TierScale value) {
        return new ProgrammeSettings(name, citation, rubric, annualCap, value, supportYearsLimit, precision, rule, thresholds)
                .reachable();
    }

    public ProgrammeSettings withSupportYearsLimit(int value) {
        return new ProgrammeSettings(name, citation, rubric, annualCap, tiers, value, precision, rule, thresholds);
    }

    public ProgrammeSettings withPrecision(ScorePrecision value) {
        return new ProgrammeSettings(name, citation, rubric, annualCap, tiers, supportYearsLimit, value, rule, thresholds);
    }

    public ProgrammeSettings withRule(AggregationRule value) {
        return new ProgrammeSettings(name, citation, rubric, annualCap, tiers, supportYearsLimit, precision, value, thresholds);
    }

    public ProgrammeSettings withThresholds(DeviationThresholds value) {
        return new ProgrammeSettings(name, citation, rubric, annualCap, tiers, supportYearsLimit, precision, rule, value);
    }
}

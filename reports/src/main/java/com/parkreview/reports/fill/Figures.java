package com.parkreview.reports.fill;

import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ScorePrecision;
import com.parkreview.scoring.settings.Tier;
import com.parkreview.scoring.settings.TierScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How the sheets print figures and dates: exact decimals, never through a double. */
final class Figures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final String[] CHINESE_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private Figures() {
    }

    /** An indicator score or an expert total in the session's step: {@code 4.5}, {@code 13.0}. */
    static String score(BigDecimal score, ScorePrecision precision) {
        int scale = Math.max(precision.decimals(), score.stripTrailingZeros().scale());
        return score.setScale(Math.max(0, scale), RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A maximum as the rubric states it: {@code 5}, {@code 15}. */
    static String whole(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A mean or panel score, already rounded to two decimals by the scoring model. */
    static String twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String money(Money money) {
        return money.toWanString();
    }

    /** A tier's share as a percentage: {@code 100%}, {@code 70%}. */
    static String percent(BigDecimal share) {
        return whole(share.movePointRight(2)) + "%";
    }

    static String tier(Tier tier) {
        return tier.label() + "（支持比例 " + percent(tier.share()) + "）";
    }

    /** The tiers in words, highest first: 优秀 ≥ 80 分（100%）；良好 ≥ 60 分（70%）；不合格 &lt; 60 分（不予支持） */
    static String tierScale(TierScale scale) {
        StringBuilder text = new StringBuilder();
        BigDecimal above = null;
        for (Tier tier : scale.tiers()) {
            if (!text.isEmpty()) {
                text.append("；");
            }
            text.append(tier.label());
            text.append(tier.minScore().signum() > 0 || above == null
                    ? " ≥ " + whole(tier.minScore()) + " 分"
                    : " < " + whole(above) + " 分");
            text.append(tier.funds() ? "（" + percent(tier.share()) + "）" : "（不予支持）");
            above = tier.minScore();
        }
        return text.toString();
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(LocalDateTime time) {
        return DATE_TIME.format(time);
    }

    static String round(int round) {
        return round == 1 ? "第 1 轮" : "复评（第 " + round + " 轮）";
    }

    /** The round in a column header: 第 1 轮, 复评第 2 轮. */
    static String shortRound(int round) {
        return round == 1 ? "第 1 轮" : "复评第 " + round + " 轮";
    }

    /** 一, 二, … 十, then digits: the numbering of a rubric's dimensions. */
    static String chineseOrdinal(int oneBased) {
        return oneBased >= 1 && oneBased <= CHINESE_NUMERALS.length
                ? CHINESE_NUMERALS[oneBased - 1]
                : Integer.toString(oneBased);
    }
}

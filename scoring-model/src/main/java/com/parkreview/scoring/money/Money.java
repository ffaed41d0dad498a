package com.parkreview.scoring.money;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in 万元 (ten thousand yuan), exact to the 分: at most six decimals, never
 * negative. Printed figures are in 万元 with two decimals.
 */
public record Money(BigDecimal wan) implements Comparable<Money> {

    /** Six decimals of 万元 is one 分. */
    public static final int MAX_SCALE = 6;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (wan == null) {
            throw new IllegalArgumentException("wan must not be null");
        }
        if (wan.signum() < 0) {
            throw new ValidationException(LocalizedText.of("money.negative", wan));
        }
        if (wan.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new ValidationException(LocalizedText.of("money.tooPrecise", wan));
        }
        wan = canonical(wan);
    }

    public static Money wan(String amount) {
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(LocalizedText.of("money.notANumber", amount));
        }
        return new Money(value);
    }

    public static Money wan(BigDecimal amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(wan.add(other.wan));
    }

    /** This minus the other, or zero where the other is larger: support is never negative. */
    public Money minusFloorZero(Money other) {
        return new Money(wan.subtract(other.wan).max(BigDecimal.ZERO));
    }

    /**
     * This times a share of it, truncated to 0.01 万元 (100 元) so that the product never exceeds
     * the share the rules allow.
     */
    public Money timesShareTruncated(BigDecimal share) {
        return new Money(wan.multiply(share).setScale(2, RoundingMode.DOWN));
    }

    public Money truncatedToHundredYuan() {
        return new Money(wan.setScale(2, RoundingMode.DOWN));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return wan.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** The figure as printed: 万元 with two decimals. */
    public String toWanString() {
        return wan.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return wan.compareTo(other.wan);
    }

    @Override
    public String toString() {
        return toWanString() + " 万元";
    }

    private static BigDecimal canonical(BigDecimal value) {
        int scale = Math.max(2, value.stripTrailingZeros().scale());
        return value.setScale(scale, RoundingMode.UNNECESSARY);
    }
}

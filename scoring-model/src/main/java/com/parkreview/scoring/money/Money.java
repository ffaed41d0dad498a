package com.parkreview.scoring.money;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.text.PlainNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount of money in 万元 (ten thousand yuan), exact to the 分: at most six decimals, never
 * negative. Printed figures are in 万元 with two decimals.
 */
public record Money(BigDecimal wan) implements Comparable<Money> {

    /** Six decimals of 万元 is one 分. */
    public static final int MAX_SCALE = 6;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** The largest amount a person may write (the store keeps 12 digits before the point). */
    public static final BigDecimal MAX_WAN = new BigDecimal("999999999999.999999");

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

    /**
     * An amount as written in a field, a cell or an option: a plain number of 万元 ({@link
     * PlainNumber}: no sign, no exponent, full-width digits read as ASCII), from 0 to
     * {@link #MAX_WAN}, at most six decimals.
     */
    public static Money wan(String amount) {
        if (PlainNumber.negative(amount)) {
            throw new ValidationException(LocalizedText.of("money.negative", PlainNumber.normalise(amount)));
        }
        Optional<BigDecimal> value = PlainNumber.parse(amount);
        if (value.isEmpty()) {
            throw new ValidationException(LocalizedText.of("money.notANumber", amount == null ? "" : amount.strip()));
        }
        if (value.get().compareTo(MAX_WAN) > 0) {
            throw new ValidationException(LocalizedText.of("money.tooLarge", value.get(), MAX_WAN));
        }
        return new Money(value.get());
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
    /**
     * The amount in 万元 with two decimals, or all of its decimals where it has more: never rounded,
     * so that a cap of 1234.565 is not printed as 1234.57 beside an amount paid from 1234.565 (a
     * tester's round 7).
     */
    public String toWanString() {
        BigDecimal exact = wan.stripTrailingZeros();
        return (exact.scale() <= 2 ? wan.setScale(2, RoundingMode.UNNECESSARY) : exact).toPlainString();
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

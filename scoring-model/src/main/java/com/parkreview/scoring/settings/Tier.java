package com.parkreview.scoring.settings;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;

/**
 * A funding tier: panel scores from {@code minScore} up (to the next tier) get {@code share} of
 * the applicant's cap. {@code code} is the stable word ({@code excellent}); {@code label} the
 * policy's word (优秀).
 */
public record Tier(String code, String label, BigDecimal minScore, BigDecimal share) {

    public Tier {
        if (code == null || !code.matches("[a-z][a-z0-9_]*")) {
            throw new ValidationException(LocalizedText.of("settings.tier.code", code));
        }
        if (label == null || label.isBlank()) {
            throw new ValidationException(LocalizedText.of("settings.tier.label", code));
        }
        if (minScore == null || minScore.signum() < 0) {
            throw new ValidationException(LocalizedText.of("settings.tier.minScore", code, minScore));
        }
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException(LocalizedText.of("settings.tier.share", code, share));
        }
        share = share.setScale(Math.max(2, share.stripTrailingZeros().scale()));
    }

    /** The share as printed: {@code 1.00}, {@code 0.70}, {@code 0.00}. */
    public String shareText() {
        return share.toPlainString();
    }

    public boolean funds() {
        return share.signum() > 0;
    }
}

package com.parkreview.scoring.settings;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tiers of a programme, highest first. The lowest tier starts at 0, so every score has a
 * tier; a score belongs to the highest tier whose minimum it reaches (rule 5: on the rounded
 * figure that is printed).
 */
public record TierScale(List<Tier> tiers) {

    /** 第七条（二）: 优秀 ≥ 80 → 100%, 良好 60–79 → 70%, 不合格 &lt; 60 → 0. */
    public static final TierScale DEFAULT = new TierScale(List.of(
            new Tier("excellent", "优秀", new BigDecimal("80"), new BigDecimal("1.00")),
            new Tier("good", "良好", new BigDecimal("60"), new BigDecimal("0.70")),
            new Tier("fail", "不合格", BigDecimal.ZERO, new BigDecimal("0.00"))));

    public TierScale {
        if (tiers == null || tiers.isEmpty()) {
            throw new ValidationException(LocalizedText.of("settings.tiers.empty"));
        }
        tiers = tiers.stream().sorted(Comparator.comparing(Tier::minScore).reversed()).toList();
        Set<String> codes = new HashSet<>();
        Set<BigDecimal> minima = new HashSet<>();
        for (Tier tier : tiers) {
            if (!codes.add(tier.code())) {
                throw new ValidationException(LocalizedText.of("settings.tiers.duplicateCode", tier.code()));
            }
            if (!minima.add(tier.minScore().stripTrailingZeros())) {
                throw new ValidationException(
                        LocalizedText.of("settings.tiers.duplicateMinimum", tier.minScore()));
            }
        }
        for (int i = 0; i + 1 < tiers.size(); i++) { // a better score is never paid less (a typo swapping 70 and 100)
            Tier higher = tiers.get(i);
            Tier lower = tiers.get(i + 1);
            if (higher.share().compareTo(lower.share()) < 0) {
                throw new ValidationException(LocalizedText.of("settings.tiers.shareOrder", higher.label(),
                        higher.minScore().stripTrailingZeros().toPlainString(), percent(higher.share()), lower.label(),
                        percent(lower.share())));
            }
        }
        Tier lowest = tiers.get(tiers.size() - 1);
        if (lowest.minScore().signum() != 0) {
            throw new ValidationException(LocalizedText.of("settings.tiers.noFloor", lowest.code()));
        }
    }

    public Tier tierFor(BigDecimal score) {
        for (Tier tier : tiers) {
            if (score.compareTo(tier.minScore()) >= 0) {
                return tier;
            }
        }
        return tiers.get(tiers.size() - 1);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}

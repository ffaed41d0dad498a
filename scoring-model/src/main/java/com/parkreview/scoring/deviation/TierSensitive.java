package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.settings.Tier;
import java.math.BigDecimal;
import java.util.List;

/** The panel's tier would change if one of these valid experts were left out. */
public record TierSensitive(Tier panelTier, List<LeftOut> changes) implements DeviationFlag {

    /** The panel score and tier without one expert. */
    public record LeftOut(String expertId, BigDecimal scoreWithout, Tier tierWithout) {
    }

    public TierSensitive {
        changes = List.copyOf(changes);
    }

    @Override
    public String code() {
        return "tier_sensitive";
    }

    @Override
    public LocalizedText explanation() {
        LocalizedText detail = changes.stream()
                .map(c -> LocalizedText.of("flag.changeWithout", c.expertId(), c.scoreWithout().toPlainString(),
                        c.tierWithout().label()))
                .reduce((first, next) -> LocalizedText.of("flag.listMore", first, next)).orElse(LocalizedText.of("flag.none"));
        return LocalizedText.of("flag.tierSensitive", panelTier.label(), detail);
    }
}

package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.settings.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

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
        String detail = changes.stream()
                .map(c -> c.expertId() + " → " + c.scoreWithout().toPlainString() + " " + c.tierWithout().label())
                .collect(Collectors.joining("，"));
        return LocalizedText.of("flag.tierSensitive", panelTier.label(), detail);
    }
}

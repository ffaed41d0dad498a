package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.settings.Tier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The valid experts' own totals fall into different tiers. */
public record TierSplit(Map<String, Tier> tierByExpert) implements DeviationFlag {

    public TierSplit {
        tierByExpert = Collections.unmodifiableMap(new LinkedHashMap<>(tierByExpert));
    }

    @Override
    public String code() {
        return "tier_split";
    }

    @Override
    public LocalizedText explanation() {
        // joined as the language joins a list: "，" in an English sentence was a tester's round 20
        LocalizedText byExpert = tierByExpert.entrySet().stream()
                .map(e -> LocalizedText.of("flag.expertTier", e.getKey(), e.getValue().label()))
                .reduce((first, next) -> LocalizedText.of("flag.listMore", first, next)).orElse(LocalizedText.of("flag.none"));
        return LocalizedText.of("flag.tierSplit", byExpert);
    }
}

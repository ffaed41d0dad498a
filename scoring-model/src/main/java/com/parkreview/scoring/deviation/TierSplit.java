package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.settings.Tier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

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
        String byExpert = tierByExpert.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().label())
                .collect(Collectors.joining("，"));
        return LocalizedText.of("flag.tierSplit", byExpert);
    }
}

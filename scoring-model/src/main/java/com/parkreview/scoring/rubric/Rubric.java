package com.parkreview.scoring.rubric;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A scoring rubric: dimensions of indicators, each code unique, maxima consistent. */
public final class Rubric {

    private final String name;
    private final List<Dimension> dimensions;
    private final Map<String, Indicator> indicatorsByCode;

    public Rubric(String name, List<Dimension> dimensions) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(LocalizedText.of("rubric.name"));
        }
        if (dimensions == null || dimensions.isEmpty()) {
            throw new ValidationException(LocalizedText.of("rubric.empty"));
        }
        this.name = name;
        this.dimensions = List.copyOf(dimensions);
        Set<String> dimensionCodes = new HashSet<>();
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Dimension dimension : this.dimensions) {
            if (!dimensionCodes.add(dimension.code())) {
                throw new ValidationException(LocalizedText.of("rubric.dimension.duplicate", dimension.code()));
            }
            for (Indicator indicator : dimension.indicators()) {
                if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                    throw new ValidationException(
                            LocalizedText.of("rubric.indicator.duplicate", indicator.code()));
                }
            }
        }
        this.indicatorsByCode = Collections.unmodifiableMap(byCode);
    }

    public String name() {
        return name;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** Every indicator in rubric order ({@code 1.1}, {@code 1.2}, … {@code 5.3}). */
    public List<Indicator> indicators() {
        return List.copyOf(indicatorsByCode.values());
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicatorsByCode.get(code));
    }

    public Set<String> indicatorCodes() {
        return indicatorsByCode.keySet();
    }

    public BigDecimal maxTotal() {
        return dimensions.stream().map(Dimension::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rubric r && r.name.equals(name) && r.dimensions.equals(dimensions);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + dimensions.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + indicatorsByCode.size() + " indicators, " + maxTotal().toPlainString() + ")";
    }
}

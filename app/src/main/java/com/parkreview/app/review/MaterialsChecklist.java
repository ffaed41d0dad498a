package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.AppText;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An applicant's pre-review (初审) materials checklist: the items the secretary recorded, by
 * material. Empty when the checklist was never filled in (sessions set up before there was one,
 * CSV imports): then the pre-review rule on materials does not apply.
 */
public record MaterialsChecklist(long applicantId, Map<Material, MaterialItem> items) {

    public MaterialsChecklist {
        EnumMap<Material, MaterialItem> copy = new EnumMap<>(Material.class);
        items.forEach((material, item) -> {
            if (item.material() != material) {
                throw new IllegalArgumentException(item + " filed under " + material);
            }
            copy.put(material, item);
        });
        items = Collections.unmodifiableMap(copy);
    }

    /** A whole checklist: every material exactly once. */
    public static MaterialsChecklist of(long applicantId, List<MaterialItem> items) {
        EnumMap<Material, MaterialItem> byMaterial = new EnumMap<>(Material.class);
        for (MaterialItem item : items) {
            if (byMaterial.put(item.material(), item) != null) {
                throw refuse("material.twice", item.material().label());
            }
        }
        List<Material> absent = Arrays.stream(Material.values()).filter(m -> !byMaterial.containsKey(m)).toList();
        if (!absent.isEmpty()) {
            throw refuse("material.incomplete", AppText.list(absent.stream().map(Material::label).toList()));
        }
        return new MaterialsChecklist(applicantId, byMaterial);
    }

    /** Whether the secretary has filled the checklist in at all. */
    public boolean filledIn() {
        return !items.isEmpty();
    }

    public Optional<MaterialItem> item(Material material) {
        return Optional.ofNullable(items.get(material));
    }

    /** The required materials not received (one not recorded is not received), in the seed's order. */
    public List<Material> missingRequired() {
        return Arrays.stream(Material.values())
                .filter(Material::required)
                .filter(m -> !item(m).map(MaterialItem::received).orElse(false))
                .toList();
    }
}

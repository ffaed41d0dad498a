package com.parkreview.app.exchange.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.exchange.json.JsonFields;
import com.parkreview.app.exchange.json.RubricJson;
import com.parkreview.app.exchange.json.StrictJson;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.DeviationThresholds;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import com.parkreview.scoring.settings.Tier;
import com.parkreview.scoring.settings.TierScale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A kit's {@code programme}: the settings the session is scored on, its citation, its rubric in
 * the rubric file's form.
 */
final class KitProgramme {

    /** Points (thresholds, tier minima) as the store keeps them. */
    private static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    /** 万元 as the store keeps them: twelve digits before the point. */
    private static final BigDecimal MAX_WAN = new BigDecimal("999999999999");

    private KitProgramme() {
    }

    static ObjectNode toNode(ProgrammeSettings programme) {
        ObjectNode node = StrictJson.mapper().createObjectNode();
        node.put("name", programme.name());
        node.put("citation", programme.citation());
        node.put("annualCapWan", programme.annualCap().wan().toPlainString());
        node.put("supportYearsLimit", programme.supportYearsLimit());
        node.put("precision", programme.precision().label());
        node.put("rule", programme.rule().id());
        node.put("expertThreshold", programme.thresholds().expertPoints().toPlainString());
        node.put("indicatorThreshold", programme.thresholds().indicatorShare().toPlainString());
        ArrayNode tiers = node.putArray("tiers");
        for (Tier tier : programme.tiers().tiers()) {
            ObjectNode t = tiers.addObject();
            t.put("code", tier.code());
            t.put("label", tier.label());
            t.put("minScore", tier.minScore().toPlainString());
            t.put("share", tier.share().toPlainString());
        }
        node.set("rubric", RubricJson.toNode(programme.rubric()));
        return node;
    }

    static ProgrammeSettings fromNode(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("name", "citation", "annualCapWan", "supportYearsLimit", "precision", "rule",
                "expertThreshold", "indicatorThreshold", "tiers", "rubric"));
        String name = JsonFields.text(node, path, "name", 200);
        // a kit from before the citation was a setting: its sheets printed the programme's name there
        String citation = JsonFields.optionalText(node, path, "citation", ProgrammeSettings.CITATION_LIMIT)
                .orElse(name);
        BigDecimal cap = JsonFields.decimalText(node, path, "annualCapWan", MAX_WAN, 6);
        int years = JsonFields.integer(node, path, "supportYearsLimit", 1, 100);
        String precision = JsonFields.text(node, path, "precision", 3);
        String rule = JsonFields.text(node, path, "rule", 10);
        BigDecimal expertPoints = JsonFields.decimalText(node, path, "expertThreshold", MAX_POINTS, 2);
        BigDecimal indicatorShare = JsonFields.decimalText(node, path, "indicatorThreshold", BigDecimal.ONE, 4);
        List<Tier> tiers = JsonFields.list(node, path, "tiers", KitProgramme::tier);
        Rubric rubric = RubricJson.fromNode(JsonFields.present(node, path, "rubric"), JsonFields.join(path, "rubric"));
        ScorePrecision step = JsonFields.build(JsonFields.join(path, "precision"), () -> ScorePrecision.parse(precision));
        AggregationRule aggregation = JsonFields.build(JsonFields.join(path, "rule"), () -> AggregationRule.parse(rule));
        TierScale scale = JsonFields.build(JsonFields.join(path, "tiers"), () -> new TierScale(tiers));
        DeviationThresholds thresholds = JsonFields.build(path,
                () -> new DeviationThresholds(expertPoints, indicatorShare));
        return JsonFields.build(path, () -> new ProgrammeSettings(name, citation, rubric, new Money(cap), scale, years, step,
                aggregation, thresholds));
    }

    private static Tier tier(JsonNode node, String path) throws JsonFields.FieldException {
        JsonFields.onlyFields(node, path, Set.of("code", "label", "minScore", "share"));
        String code = JsonFields.text(node, path, "code", 30);
        String label = JsonFields.text(node, path, "label", 30);
        BigDecimal minScore = JsonFields.decimalText(node, path, "minScore", MAX_POINTS, 2);
        BigDecimal share = JsonFields.decimalText(node, path, "share", BigDecimal.ONE, 4);
        return JsonFields.build(path, () -> new Tier(code, label, minScore, share));
    }
}

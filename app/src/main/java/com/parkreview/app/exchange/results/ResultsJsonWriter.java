package com.parkreview.app.exchange.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.merge.ExpertTotal;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.AgreementFigures;
import com.parkreview.scoring.session.ExpertLeniency;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.Tier;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The ranked results as JSON: the CSV's columns per applicant plus per-indicator means, each
 * expert's total and the flags explained, then the session figures. Decimals are strings, so
 * that no reader turns 80.00 into 80 or 0.1 into a binary fraction.
 */
public final class ResultsJsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private ResultsJsonWriter() {
    }

    public static void write(SessionResult result, ProgrammeSettings settings, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "parkreview-merge-results");
        root.put("version", 1);
        ObjectNode programme = root.putObject("settings");
        programme.put("programme", settings.name());
        programme.put("citation", settings.citation());
        programme.put("cap_wan", settings.annualCap().toWanString());
        ArrayNode tiers = programme.putArray("tiers");
        for (Tier tier : settings.tiers().tiers()) {
            tiers.addObject().put("tier", tier.code()).put("label", tier.label())
                    .put("min_score", tier.minScore().toPlainString()).put("share", tier.shareText());
        }
        programme.put("rule", settings.rule().id());
        programme.put("precision", settings.precision().label());
        ArrayNode rows = root.putArray("applicants");
        for (RankedApplicant row : result.rows()) {
            rows.add(applicant(row));
        }
        root.set("session", session(result));
        MAPPER.writeValue(out, root);
        out.write('\n');
    }

    private static ObjectNode applicant(RankedApplicant row) {
        ObjectNode node = MAPPER.createObjectNode();
        Optional<PanelOutcome> outcome = row.result().outcome();
        if (row.rank().isPresent()) {
            node.put("rank", row.rank().getAsInt());
        } else {
            node.putNull("rank");
        }
        node.put("applicant", row.applicant().id());
        node.put("name", row.applicant().name());
        row.applicant().uscc().ifPresent(u -> node.put("uscc", u.value()));
        node.put("experts", row.result().validExperts());
        putOrNull(node, "panel_score", outcome.map(o -> o.panelScore().toPlainString()));
        node.put("tier", outcome.map(o -> o.tier().code()).orElse(ResultsCsvWriter.INCOMPLETE));
        putOrNull(node, "share", outcome.map(o -> o.tier().shareText()));
        putOrNull(node, "applicant_cap_wan", outcome.map(o -> o.applicantCap().toWanString()));
        putOrNull(node, "amount_wan", outcome.map(o -> o.amount().toWanString()));
        putOrNull(node, "running_total_wan", row.runningTotal().map(Money::toWanString));
        ArrayNode flags = node.putArray("flags");
        row.flagCodes().forEach(flags::add);
        ArrayNode explained = node.putArray("deviation");
        for (DeviationFlag flag : row.result().flags()) {
            ObjectNode f = explained.addObject();
            f.put("flag", flag.code());
            f.put("explanation", flag.explanation().text());
        }
        ObjectNode totals = node.putObject("expert_totals");
        for (ExpertTotal total : row.result().expertTotals()) {
            totals.put(total.expertId(), total.total().toPlainString());
        }
        ArrayNode recused = node.putArray("recused");
        row.result().recusedExperts().forEach(recused::add);
        putDecimals(node.putObject("indicator_means"), row.result().indicatorMeans());
        putDecimals(node.putObject("dimension_means"), row.result().dimensionMeans());
        return node;
    }

    private static ObjectNode session(SessionResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        putOrNull(node, "budget_wan", result.budget().map(Money::toWanString));
        node.put("total_proposed_wan", result.totalProposed().toWanString());
        AgreementFigures agreement = result.agreement();
        ObjectNode a = node.putObject("agreement");
        a.put("complete_applicants", agreement.applicants());
        a.put("experts", agreement.experts());
        putIcc(a.putObject("totals"), agreement.totals());
        putOrNull(a, "kendall_w", agreement.kendallW().map(BigDecimal::toPlainString));
        ObjectNode byIndicator = a.putObject("by_indicator");
        agreement.byIndicator().forEach((code, icc) -> putIcc(byIndicator.putObject(code), icc));
        ObjectNode leniency = node.putObject("leniency");
        for (ExpertLeniency l : result.leniency()) {
            ObjectNode e = leniency.putObject(l.expertId());
            e.put("applicants", l.applicants());
            putOrNull(e, "mean_difference", l.meanDifference().map(BigDecimal::toPlainString));
        }
        return node;
    }

    private static void putIcc(ObjectNode node, AgreementFigures.Icc icc) {
        putOrNull(node, "icc_a1", icc.single().map(BigDecimal::toPlainString));
        putOrNull(node, "icc_ak", icc.average().map(BigDecimal::toPlainString));
    }

    private static void putDecimals(ObjectNode node, Map<String, BigDecimal> values) {
        values.forEach((k, v) -> node.put(k, v.toPlainString()));
    }

    private static void putOrNull(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}

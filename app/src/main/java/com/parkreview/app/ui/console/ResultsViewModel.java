package com.parkreview.app.ui.console;

import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.FlagResolution;
import com.parkreview.app.review.MergedSession;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.merge.ExpertTotal;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.AgreementWords;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session's results: the ranking with scores, tiers, shares and amounts, the running total
 * against the budget and where it runs out, the agreement figures and each expert's leniency in
 * words, and every applicant's expert totals for the strip plot.
 */
public final class ResultsViewModel {

    /** A line of the ranking, as shown. */
    public record Line(String rank, String code, String name, String experts, String score, String tier, String share,
            String amount, String running, boolean overBudget, boolean firstOverBudget, String flags) {
    }

    /** An applicant's expert totals and panel score, for the strip plot. */
    public record Strip(String code, List<BigDecimal> totals, Optional<BigDecimal> panelScore) {
    }

    /**
     * The strip plot's axis: from 0 to the rubric's maximum, with a line where each funded tier
     * starts (highest first).
     */
    public record PlotScale(BigDecimal maximum, List<BigDecimal> tierLines) {

        public PlotScale {
            tierLines = List.copyOf(tierLines);
        }

        public static PlotScale of(ProgrammeSettings settings) {
            return new PlotScale(settings.rubric().maxTotal(), settings.tiers().tiers().stream()
                    .map(Tier::minScore).filter(minimum -> minimum.signum() > 0).toList());
        }
    }

    private final Supplier<MergedSession> snapshots;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Strip> strips = FXCollections.observableArrayList();
    private final ObservableList<String> leniency = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stripTitle = new ReadOnlyStringWrapper("");
    private PlotScale scale;

    public ResultsViewModel(Supplier<MergedSession> snapshots) {
        this.snapshots = snapshots;
        refresh();
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** The scale the strips are drawn on; set before the strips change. */
    public PlotScale scale() {
        return scale;
    }

    /** The strip plot's title, naming where its tier lines are: "… 60 与 80 …". */
    public ReadOnlyStringProperty stripTitleProperty() {
        return stripTitle.getReadOnlyProperty();
    }

    public ObservableList<Strip> strips() {
        return strips;
    }

    public ObservableList<String> leniency() {
        return leniency;
    }

    public ReadOnlyStringProperty agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    /** The total proposed and the budget, in one line. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public void refresh() {
        MergedSession snapshot = snapshots.get();
        SessionResult result = snapshot.result();
        boolean passed = false;
        List<Line> shown = new ArrayList<>();
        for (RankedApplicant row : result.rows()) {
            boolean first = row.overBudget() && !passed;
            passed |= row.overBudget();
            shown.add(line(row, first, handled(snapshot, row)));
        }
        lines.setAll(shown);
        scale = PlotScale.of(snapshot.stored().session().settings());
        List<BigDecimal> ascending = new ArrayList<>(scale.tierLines());
        Collections.reverse(ascending);
        stripTitle.set(UiText.text("results.strip", UiText.list(ascending.stream().map(UiText::number).toList())));
        strips.setAll(result.rows().stream().map(r -> new Strip(r.applicant().id(),
                r.result().expertTotals().stream().map(ExpertTotal::total).toList(), r.result().panelScore())).toList());
        leniency.setAll(result.leniency().stream().map(l -> AgreementWords.leniency(l).in(UiText.locale())).toList());
        agreement.set(AgreementWords.summary(result.agreement()).in(UiText.locale()));
        boolean over = result.rows().stream().anyMatch(RankedApplicant::overBudget); // round 7: "red rows" with none red
        totals.set(result.budget()
                .map(b -> UiText.text(over ? "results.totalsWithBudget" : "results.totalsWithinBudget",
                        result.totalProposed().toWanString(), b.toWanString()))
                .orElse(UiText.text("results.totals", result.totalProposed().toWanString())));
    }

    /** The applicant's flag records of its current sheets, by flag code: how each was handled. */
    private static Map<String, FlagRecord> handled(MergedSession snapshot, RankedApplicant row) {
        return snapshot.stored().applicantByCode(row.applicant().id()).map(snapshot::currentFlags).orElse(List.of()).stream()
                .collect(Collectors.toMap(FlagRecord::flagCode, f -> f, (a, b) -> a));
    }

    private static Line line(RankedApplicant row, boolean firstOver, Map<String, FlagRecord> handled) {
        Optional<PanelOutcome> outcome = row.result().outcome();
        return new Line(row.rank().isPresent() ? String.valueOf(row.rank().getAsInt()) : "—", row.applicant().id(),
                row.applicant().name(), String.valueOf(row.result().validExperts()),
                outcome.map(o -> o.panelScore().toPlainString()).orElse("—"),
                outcome.map(o -> UiText.tierLabel(o.tier())).orElse(UiText.text(noOutcome(row))),
                outcome.map(o -> UiText.sharePercent(o.tier())).orElse("—"),
                outcome.map(o -> o.amount().toWanString()).orElse("—"),
                row.runningTotal().map(Money::toWanString).orElse("—"), row.overBudget(), firstOver,
                flagsInWords(row, handled));
    }

    /**
     * The row's flags in words, the deviations grouped by how each was handled: open, accepted, sent
     * to re-review (a tester's round 8 could not tell them apart in the list).
     */
    private static String flagsInWords(RankedApplicant row, Map<String, FlagRecord> handled) {
        Set<String> deviations = row.result().flags().stream().map(DeviationFlag::code).collect(Collectors.toSet());
        Map<String, List<String>> byHandling = new LinkedHashMap<>();
        List.of("results.flagsOpen", "results.flagsAccepted", "results.flagsReReview")
                .forEach(key -> byHandling.put(key, new ArrayList<>()));
        List<String> others = new ArrayList<>();
        // a clause among the others, its full stop dropped (round 24 read "…（规则 6：差额支持）。；超预算")
        row.result().outcome().flatMap(o -> AmountWords.deduction(o, row.applicant().funding()))
                .map(sentence -> sentence.replaceFirst("[。.]$", "")).ifPresent(others::add);
        if (!row.result().awaitingSheets().isEmpty()) {
            others.add(flagWords(RankedApplicant.SHEET_AWAITED + ":" + String.join(" ", row.result().awaitingSheets())));
        }
        for (String code : row.flagCodes()) {
            if (code.startsWith(RankedApplicant.SHEET_AWAITED + ":")) {
                continue;
            }
            if (!deviations.contains(code)) {
                others.add(flagWords(code)); // past budget, a 4th year, a re-review awaited
                continue;
            }
            String key = Optional.ofNullable(handled.get(code)).flatMap(FlagRecord::resolution)
                    .map(r -> r.kind() == FlagResolution.Kind.ACCEPTED ? "results.flagsAccepted" : "results.flagsReReview")
                    .orElse("results.flagsOpen");
            byHandling.get(key).add(flagWords(code));
        }
        List<String> parts = new ArrayList<>();
        byHandling.forEach((key, words) -> {
            if (!words.isEmpty()) {
                parts.add(UiText.text(key, String.join(UiText.text("list.comma"), words)));
            }
        });
        parts.addAll(others);
        return String.join(UiText.text("list.separator"), parts); // as the printed list separates them (window walk 10)
    }

    private static String noOutcome(RankedApplicant row) {
        if (!row.result().awaitingReReview().isEmpty()) {
            return "results.awaitingReReview";
        }
        return row.result().awaitingSheets().isEmpty() ? "results.incomplete" : "results.awaitingSheets";
    }

    /** A flag's code in a word: 偏差 E5, 档次分歧, 超期, 超预算. */
    static String flagWords(String code) {
        String[] parts = code.split(":");
        return UiText.text("flag." + parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
    }
}

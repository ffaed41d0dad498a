package com.parkreview.app.ui.start;

import com.parkreview.app.setup.TypedMoney;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.Tier;
import com.parkreview.scoring.settings.TierScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The terms of the programme a new session is held under, as the secretary may edit them for it
 * (the rules are a draft for comments; a district may change them without a new ParkReview): the
 * citation every sheet prints, the annual cap, and each tier's name and share. They start as the
 * chosen programme has them; the tiers' score ranges are the programme's.
 */
public final class ProgrammeTermsViewModel {

    /** A tier's label as the store keeps it. */
    static final int TIER_LABEL_LIMIT = 30;

    private final StringProperty citation = new SimpleStringProperty("");
    private final StringProperty cap = new SimpleStringProperty("");
    private final ObservableList<TierRow> tiers = FXCollections.observableArrayList();
    private final IntegerProperty edits = new SimpleIntegerProperty();

    public ProgrammeTermsViewModel(ProgrammeSettings programme) {
        citation.addListener((o, was, now) -> edited());
        cap.addListener((o, was, now) -> edited());
        load(programme);
    }

    /** One tier: its code and score range as the programme has them, its name and share (in %) as edited. */
    public static final class TierRow {
        private final Tier tier;
        private final StringProperty label;
        private final StringProperty percent;

        TierRow(Tier tier) {
            this.tier = tier;
            this.label = new SimpleStringProperty(tier.label());
            this.percent = new SimpleStringProperty(UiText.number(tier.share().movePointRight(2)));
        }

        /** Where the tier starts: ≥ 80 分. */
        public String range() {
            return UiText.text("newSession.tierFrom", UiText.number(tier.minScore()));
        }

        public StringProperty labelProperty() {
            return label;
        }

        public StringProperty percentProperty() {
            return percent;
        }

        Tier edited() {
            String name = label.get() == null ? "" : label.get().strip();
            if (name.codePointCount(0, name.length()) > TIER_LABEL_LIMIT) {
                throw new ValidationException(UiText.of("newSession.tierLabelLong", name, TIER_LABEL_LIMIT));
            }
            return new Tier(tier.code(), name, tier.minScore(), share(name.isEmpty() ? tier.label() : name));
        }

        private BigDecimal share(String name) {
            String typed = percent.get() == null ? "" : percent.get().strip();
            try {
                if (typed.matches("\\d{1,3}(\\.\\d{1,2})?")) {
                    BigDecimal value = new BigDecimal(typed);
                    if (value.compareTo(new BigDecimal("100")) <= 0) {
                        return value.movePointLeft(2);
                    }
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new ValidationException(UiText.of("newSession.tierShareInvalid", name, typed));
        }
    }

    /** The citation as the sheets will print it. */
    public StringProperty citationProperty() {
        return citation;
    }

    /** The annual cap per operator in 万元. */
    public StringProperty capProperty() {
        return cap;
    }

    public ObservableList<TierRow> tiers() {
        return tiers;
    }

    /** Counts every edit, so that a form can check itself again. */
    public ReadOnlyIntegerProperty editsProperty() {
        return edits;
    }

    /** Starts again from a programme's own terms. */
    public void load(ProgrammeSettings programme) {
        citation.set(programme.citation());
        cap.set(programme.annualCap().toWanString());
        List<TierRow> rows = programme.tiers().tiers().stream().map(TierRow::new).toList();
        rows.forEach(row -> {
            row.labelProperty().addListener((Observable o) -> edited());
            row.percentProperty().addListener((Observable o) -> edited());
        });
        tiers.setAll(rows);
        edited();
    }

    /** The chosen programme with these terms; refuses a term that is not allowed, naming it. */
    public ProgrammeSettings applyTo(ProgrammeSettings chosen) {
        // one line, as the sheets print it: a line break typed into the box is not part of the clause
        String text = citation.get() == null ? "" : citation.get().replaceAll("\\R", "").strip();
        return chosen.withCitation(text)
                .withAnnualCap(TypedMoney.wan(cap.get() == null ? "" : cap.get().strip(), UiText.text("newSession.capName")))
                .withTiers(new TierScale(tiers.stream().map(TierRow::edited).toList()));
    }

    /**
     * A cap above the chosen programme's own, or above the session's whole budget, is allowed (a
     * district may change its terms) but said, as a note: a tester's round 5 typed 2000 under a
     * programme of 1500 and a budget of 1000 and was told nothing.
     */
    public String capNote(ProgrammeSettings chosen, Optional<Money> budget) {
        Money typed;
        try {
            typed = TypedMoney.wan(cap.get() == null ? "" : cap.get().strip(), UiText.text("newSession.capName"));
        } catch (ValidationException e) {
            return ""; // the form's problem line says what is wrong with it
        }
        List<String> notes = new ArrayList<>();
        if (typed.isGreaterThan(chosen.annualCap())) {
            notes.add(UiText.text("newSession.capAboveProgramme", typed.toWanString(), chosen.annualCap().toWanString()));
        }
        budget.filter(typed::isGreaterThan).ifPresent(whole -> notes.add(UiText.text("newSession.capAboveBudget",
                typed.toWanString(), whole.toWanString())));
        return String.join(" ", notes);
    }

    private void edited() {
        edits.set(edits.get() + 1);
    }
}

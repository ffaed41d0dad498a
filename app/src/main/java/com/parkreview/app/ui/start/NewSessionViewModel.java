package com.parkreview.app.ui.start;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.DefenseTiming;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new session on the built-in programme (Table 1, 1500 万元 a year, 3 years): its name, year,
 * date, venue, budget, score step and panel-score rule. What is wrong is said as it is typed.
 */
public final class NewSessionViewModel {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty(String.valueOf(LocalDate.now().getYear()));
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty budget = new SimpleStringProperty("");
    private final ObjectProperty<ScorePrecision> precision = new SimpleObjectProperty<>(ScorePrecision.DEFAULT);
    private final ObjectProperty<AggregationRule> rule = new SimpleObjectProperty<>(AggregationRule.MEAN);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public NewSessionViewModel() {
        problem.bind(Bindings.createStringBinding(this::check, name, year, budget));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public ObjectProperty<ScorePrecision> precisionProperty() {
        return precision;
    }

    public ObjectProperty<AggregationRule> ruleProperty() {
        return rule;
    }

    /** What is wrong with the form, or empty when it can be created. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String programmeText() {
        return ProgrammeSettings.SHIJINGSHAN.name();
    }

    /** Creates the session; returns its id. */
    public long create(SessionSetup setup, Actor actor) {
        ProgrammeSettings settings = ProgrammeSettings.SHIJINGSHAN.withPrecision(precision.get()).withRule(rule.get());
        return setup.createSession(actor, details(), settings);
    }

    private SessionDetails details() {
        Optional<Money> money = budget.get().isBlank() ? Optional.empty() : Optional.of(Money.wan(budget.get()));
        return new SessionDetails(name.get(), parseYear(), Optional.ofNullable(date.get()), venue.get(), money,
                DefenseTiming.DEFAULT);
    }

    private int parseYear() {
        String text = year.get().strip();
        if (!text.matches("\\d{4}")) {
            throw new ValidationException(UiText.of("newSession.yearInvalid", text));
        }
        return Integer.parseInt(text);
    }

    private String check() {
        try {
            details();
            return "";
        } catch (ValidationException e) {
            return e.getMessage(Locale.getDefault());
        }
    }
}

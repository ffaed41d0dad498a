package com.parkreview.app.ui.console;

import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.ui.common.FormProblems;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The panel member the secretary types in on the set-up tab. */
public final class ExpertEntryViewModel {

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<ExpertRole> role = new SimpleObjectProperty<>(ExpertRole.INDUSTRY);
    private final BooleanProperty leader = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ExpertEntryViewModel() {
        problem.bind(Bindings.createStringBinding(this::check, code, name, organisation, role, leader));
    }

    /**
     * Why Add is greyed, every field's problem at once, said under the form (a tester's round 5 met
     * Add greyed with no word, where the applicant form says why); empty when the expert can be added.
     */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private String check() {
        if (code.get().isBlank() && name.get().isBlank() && organisation.get().isBlank()) {
            return " "; // nothing typed yet: nothing to add, nothing to complain about
        }
        return FormProblems.collect(this::newExpert);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ObjectProperty<ExpertRole> roleProperty() {
        return role;
    }

    /** The expert is the group leader (组长). */
    public BooleanProperty leaderProperty() {
        return leader;
    }

    NewExpert newExpert() {
        return new NewExpert(code.get(), name.get(), organisation.get(), role.get(), leader.get());
    }

    /** Fills the fields with a stored expert, to correct them. */
    void load(Expert expert) {
        code.set(expert.code());
        name.set(expert.name());
        organisation.set(expert.organisation());
        role.set(expert.role());
        leader.set(expert.groupLeader());
    }

    /** Empties the fields for the next expert, the role back to 产业专家: each expert's role is chosen anew. */
    void clear() {
        code.set("");
        name.set("");
        organisation.set("");
        role.set(ExpertRole.INDUSTRY);
        leader.set(false);
    }
}

package com.parkreview.app.ui.start;

import com.parkreview.app.review.Panel;
import com.parkreview.app.ui.common.UiText;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which panel a new session belongs to, on a programme office's server: the panels the secretary
 * sits on. One panel is theirs without asking; of several, one must be chosen; on a file, or for
 * a user of no panel, there is nothing to choose and the row is not shown.
 */
public final class PanelChoiceViewModel {

    private final ObservableList<Panel> offered = FXCollections.observableArrayList();
    private final ObjectProperty<Panel> chosen = new SimpleObjectProperty<>();

    /** The secretary's panels, as the store says (none on a file). */
    public void offer(List<Panel> mine) {
        offered.setAll(mine);
        chosen.set(mine.size() == 1 ? mine.get(0) : null);
    }

    public ObservableList<Panel> offered() {
        return offered;
    }

    public ObjectProperty<Panel> chosenProperty() {
        return chosen;
    }

    /** Whether the form shows the choice at all. */
    public boolean shown() {
        return !offered.isEmpty();
    }

    /** The panel chosen, as the session is created with it; empty when there is none to choose. */
    public Optional<String> code() {
        return Optional.ofNullable(chosen.get()).map(Panel::code);
    }

    /** What is wrong with the choice: several panels and none chosen; empty when nothing is. */
    public String problem() {
        return offered.size() > 1 && chosen.get() == null ? UiText.text("newSession.choosePanel") : "";
    }

    /** A panel as the list shows it: code and name. */
    public static String shown(Panel panel) {
        return panel == null ? "" : panel.code() + "  " + panel.name();
    }
}

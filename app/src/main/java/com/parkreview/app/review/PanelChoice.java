package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import java.util.List;
import java.util.Optional;

/**
 * The panel a new session belongs to. On a file there are no panels and a session belongs to none.
 * On a server the secretary names one of their panels, or, when they sit on one panel only, it is
 * theirs without asking.
 */
public final class PanelChoice {

    private PanelChoice() {
    }

    static Optional<String> forNewSession(Store s, Optional<String> asked) {
        List<Panel> all = s.panels().list();
        List<Panel> mine = s.panels().mine();
        if (asked.isPresent()) {
            return Optional.of(writable(s, asked.get()).code());
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (mine.isEmpty()) {
            if (s.panels().unrestricted()) {
                return Optional.empty(); // the tables' owner: a session of no panel, which only they change
            }
            throw refuse("rule.noPanelOfYours", s.panels().user().orElse(""), Panel.listed(all));
        }
        if (mine.size() > 1) {
            throw refuse("rule.choosePanel", Panel.listed(mine));
        }
        return Optional.of(mine.get(0).code());
    }

    /**
     * A panel the connected user may give sessions to: it must exist, and be one of theirs (the
     * tables' owner may use any).
     */
    public static Panel writable(Store s, String code) {
        List<Panel> all = s.panels().list();
        Panel panel = s.panels().find(code).orElseThrow(() -> all.isEmpty()
                ? refuse("rule.noPanels", code)
                : refuse("rule.noSuchPanel", code, Panel.listed(all)));
        List<Panel> mine = s.panels().mine();
        if (!mine.contains(panel) && !s.panels().unrestricted()) {
            throw refuse("rule.notYourPanel", panel.code(), s.panels().user().orElse(""), Panel.listed(mine));
        }
        return panel;
    }
}

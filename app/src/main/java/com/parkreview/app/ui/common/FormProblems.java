package com.parkreview.app.ui.common;

import com.parkreview.scoring.ValidationException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every problem of a form at once, in the order of its fields: each check is run, and what each
 * refuses is kept (once), one line each, so that a secretary fixes them all in one pass rather
 * than meeting the next only after fixing the first.
 */
public final class FormProblems {

    private FormProblems() {
    }

    /** The refusals of {@code checks}, in their order, one per line; empty when none refuses. */
    public static String collect(Runnable... checks) {
        Set<String> problems = new LinkedHashSet<>();
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (ValidationException e) {
                problems.add(e.getMessage(UiText.locale()));
            }
        }
        return String.join("\n", problems);
    }
}

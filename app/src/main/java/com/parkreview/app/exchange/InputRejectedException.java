package com.parkreview.app.exchange;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An input file (or several) refused as a whole: every problem found, nothing imported. */
public class InputRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InputRejectedException(List<InputProblem> problems) {
        super(problems.size() + " problem(s)");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }

    public String message(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }
}

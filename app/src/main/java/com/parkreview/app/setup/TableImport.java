package com.parkreview.app.setup;

import com.parkreview.app.exchange.InputProblem;
import java.util.List;

/**
 * What importing a table did: the codes of the rows added, or nothing added and every problem of
 * the file (by line, column, value and rule).
 */
public record TableImport(List<String> codes, List<InputProblem> problems) {

    public TableImport {
        codes = List.copyOf(codes);
        problems = List.copyOf(problems);
    }

    static TableImport imported(List<String> codes) {
        return new TableImport(codes, List.of());
    }

    static TableImport refused(List<InputProblem> problems) {
        return new TableImport(List.of(), problems);
    }

    /** Whether the rows were added (all of them). */
    public boolean accepted() {
        return problems.isEmpty();
    }
}

package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema statement said as the part of the database it makes: "constraint CONSTRAINT_D of table
 * APPLICANT_MATERIAL" rather than the SQL (round 25 was shown "ALTER TABLE "PUBLIC"."APPLICANT_MATERIAL"
 * ADD CONSTRAINT …" in a refusal). Statements of other kinds (an alias, a trigger: code a file may
 * carry) are shown as they are, cut short.
 */
final class SchemaPart {

    private static final String NAME = "\"PUBLIC\"\\.\"([A-Za-z0-9_]+)\"";
    private static final Pattern TABLE = Pattern.compile("CREATE (?:CACHED |MEMORY )?TABLE " + NAME + ".*", Pattern.DOTALL);
    private static final Pattern CONSTRAINT = Pattern.compile("ALTER TABLE " + NAME + " ADD CONSTRAINT " + NAME + ".*",
            Pattern.DOTALL);
    private static final Pattern INDEX = Pattern.compile("CREATE (?:UNIQUE )?(?:NULLS DISTINCT )?INDEX " + NAME
            + " ON " + NAME + ".*", Pattern.DOTALL);

    /** Where a column's definition starts in H2's CREATE TABLE: after "(" or ", ", its quoted name. */
    private static final Pattern COLUMN = Pattern.compile("[(,]\\s*\"([A-Za-z0-9_]+)\" ");

    private SchemaPart() {
    }

    /** The name of the table a statement makes, if it makes one. */
    static Optional<String> tableMade(String statement) {
        Matcher table = TABLE.matcher(statement);
        return table.matches() ? Optional.of(table.group(1)) : Optional.empty();
    }

    /**
     * Where a table's definition found in a file departs from the one ParkReview makes, said as the
     * column: round 27 added a column X and was told of "constraint APPLICANT_CODE_UNIQUE", one of
     * ParkReview's own. A column the file adds or defines otherwise is named; empty when the two do
     * not define the same table or differ elsewhere.
     */
    static Optional<ColumnDifference> columnDiffering(String found, String expected) {
        Optional<String> table = tableMade(found);
        if (table.isEmpty() || !table.equals(tableMade(expected))) {
            return Optional.empty();
        }
        Map<String, String> foundColumns = columns(found);
        Map<String, String> expectedColumns = columns(expected);
        for (Map.Entry<String, String> column : foundColumns.entrySet()) {
            if (!column.getValue().equals(expectedColumns.get(column.getKey()))) {
                return Optional.of(new ColumnDifference(AppText.of("schema.column", column.getKey(), table.get()), false));
            }
        }
        return expectedColumns.keySet().stream().filter(c -> !foundColumns.containsKey(c)).findFirst()
                .map(c -> new ColumnDifference(AppText.of("schema.column", c, table.get()), true));
    }

    /** A column the file adds or defines otherwise, or one it lacks ({@code missing}). */
    record ColumnDifference(LocalizedText column, boolean missing) {
    }

    /** A table definition's columns by name, each with its definition (as far as the next column). */
    private static Map<String, String> columns(String createTable) {
        Map<String, String> columns = new LinkedHashMap<>();
        Matcher column = COLUMN.matcher(createTable);
        String name = null;
        int from = 0;
        while (column.find()) {
            if (name != null) {
                columns.put(name, createTable.substring(from, column.start()).strip());
            }
            name = column.group(1);
            from = column.end();
        }
        if (name != null) { // the last, without the parenthesis that closes the table
            int end = createTable.lastIndexOf(')');
            columns.put(name, createTable.substring(from, end >= from ? end : createTable.length()).strip());
        }
        return columns;
    }

    static Optional<LocalizedText> of(String statement) {
        Matcher table = TABLE.matcher(statement);
        if (table.matches()) {
            return Optional.of(AppText.of("schema.table", table.group(1)));
        }
        Matcher constraint = CONSTRAINT.matcher(statement);
        if (constraint.matches()) {
            return Optional.of(AppText.of("schema.constraint", constraint.group(2), constraint.group(1)));
        }
        Matcher index = INDEX.matcher(statement);
        if (index.matches()) {
            return Optional.of(AppText.of("schema.index", index.group(1), index.group(2)));
        }
        return Optional.empty();
    }
}

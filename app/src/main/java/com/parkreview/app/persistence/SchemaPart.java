package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
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

    private SchemaPart() {
    }

    /** The name of the table a statement makes, if it makes one. */
    static Optional<String> tableMade(String statement) {
        Matcher table = TABLE.matcher(statement);
        return table.matches() ? Optional.of(table.group(1)) : Optional.empty();
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

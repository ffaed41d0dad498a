package com.parkreview.app.persistence.legacy;

import static com.parkreview.app.persistence.legacy.LegacyScriptException.at;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Long texts as H2's SCRIPT writes them: a value over 4096 characters of a CLOB column goes in
 * parts of 4096 characters into its own table SYSTEM_LOB_STREAM (id, part, text, NULL), and the
 * row names it {@code SYSTEM_COMBINE_CLOB(id)}. Here the parts are joined in memory; only these
 * exact statements, in this order, are taken.
 */
final class LobParts {

    /** The statements around the parts, as H2 2.x writes them, word for word. */
    static final List<String> STATEMENTS = List.of(
            "CREATE CACHED LOCAL TEMPORARY TABLE IF NOT EXISTS SYSTEM_LOB_STREAM"
                    + "(ID INT NOT NULL, PART INT NOT NULL, CDATA VARCHAR, BDATA VARBINARY)",
            "ALTER TABLE SYSTEM_LOB_STREAM ADD CONSTRAINT SYSTEM_LOB_STREAM_PRIMARY_KEY PRIMARY KEY(ID, PART)",
            "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_CLOB FOR 'org.h2.command.dml.ScriptCommand.combineClob'",
            "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_BLOB FOR 'org.h2.command.dml.ScriptCommand.combineBlob'",
            "DROP TABLE IF EXISTS SYSTEM_LOB_STREAM",
            "DROP ALIAS IF EXISTS SYSTEM_COMBINE_CLOB",
            "DROP ALIAS IF EXISTS SYSTEM_COMBINE_BLOB");

    private boolean table;
    private boolean clobAlias;
    private final Map<Long, StringBuilder> texts = new HashMap<>();
    private final Map<Long, Long> parts = new HashMap<>();
    private final Set<Long> used = new HashSet<>();

    /** One of {@link #STATEMENTS}, by its index. */
    void statement(int index, Token at) throws LegacyScriptException {
        switch (index) {
            case 0 -> table = true;
            case 1 -> requireTable(at);
            case 2 -> clobAlias = true;
            case 4 -> table = false;
            case 5 -> clobAlias = false;
            default -> { } // the BLOB alias: ParkReview has no BLOB column, so SYSTEM_COMBINE_BLOB is never taken
        }
    }

    /** {@code INSERT INTO SYSTEM_LOB_STREAM VALUES(id, part, 'text', NULL)}: parts 0, 1, 2, ... in order. */
    void part(Token at, long id, long part, String text) throws LegacyScriptException {
        requireTable(at);
        long expected = parts.getOrDefault(id, 0L);
        if (id < 0 || part != expected || used.contains(id)) {
            throw at(at, "legacy.lobPart", id, part);
        }
        parts.put(id, expected + 1);
        texts.computeIfAbsent(id, i -> new StringBuilder()).append(text);
    }

    /** {@code SYSTEM_COMBINE_CLOB(id)}: the text of parts written before, each taken once. */
    String take(Token at, long id) throws LegacyScriptException {
        if (!clobAlias) {
            throw at(at, "legacy.lobOrder");
        }
        StringBuilder text = texts.remove(id);
        if (text == null) {
            throw at(at, "legacy.lob", id);
        }
        used.add(id);
        return text.toString();
    }

    private void requireTable(Token at) throws LegacyScriptException {
        if (!table) {
            throw at(at, "legacy.lobOrder");
        }
    }
}

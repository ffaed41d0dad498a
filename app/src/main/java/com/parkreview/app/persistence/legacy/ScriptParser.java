package com.parkreview.app.persistence.legacy;

import static com.parkreview.app.persistence.legacy.LegacyScriptException.at;

import com.parkreview.app.persistence.legacy.LegacyScriptReader.Limits;
import com.parkreview.app.persistence.legacy.Token.Kind;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The grammar of a ParkReview SCRIPT, statement by statement; the rows of its INSERTs are read as
 * they come (a statement of rows is never held whole). A value is one literal: a number, a text,
 * NULL, TRUE, FALSE, a typed text (DATE, TIME, TIMESTAMP, TIMESTAMP WITH TIME ZONE, UUID), a
 * binary X'..', or SYSTEM_COMBINE_CLOB(n) for a long text written before in parts.
 */
final class ScriptParser {

    private final Tokenizer tokenizer;
    private final Source in;
    private final Limits limits;
    private final Map<String, TableRows> tables = new LinkedHashMap<>();
    private final LobParts lobs = new LobParts();
    private final Statements statements = new Statements(tables, lobs);
    private long rows;

    ScriptParser(Tokenizer tokenizer, Limits limits) {
        this.tokenizer = tokenizer;
        this.in = Source.of(tokenizer);
        this.limits = limits;
    }

    LegacyBackup parse() throws LegacyScriptException {
        for (Token first = in.next(); first.kind() != Kind.END; first = in.next()) {
            tokenizer.statementStarts();
            if (first.isWord("INSERT")) {
                insert();
            } else if (!first.isSymbol(';')) {
                statements.read(first, in);
            }
            tokenizer.statementEnds();
        }
        Map<String, LegacyTable> read = new LinkedHashMap<>();
        tables.forEach((name, table) -> read.put(name, table.table()));
        return new LegacyBackup(read);
    }

    /** {@code INSERT INTO "PUBLIC"."T" [("A", "B", ...)] VALUES (...), (...);} */
    private void insert() throws LegacyScriptException {
        in.word("INTO");
        Token target = in.peek();
        if (target.isWord("SYSTEM_LOB_STREAM")) {
            in.next();
            lobPart(target);
            return;
        }
        TableRows table = Statements.created(in, tables);
        int[] order = columnOrder(table);
        in.word("VALUES");
        Token after;
        do {
            row(table, order);
            after = in.next();
        } while (after.isSymbol(','));
        if (!after.isSymbol(';')) {
            throw Source.expected(after, ";");
        }
    }

    /** Where each value goes: in the CREATE TABLE order, or as a column list says, which must name every column once. */
    private int[] columnOrder(TableRows table) throws LegacyScriptException {
        int[] order = new int[table.columns.size()];
        if (!in.peek().isSymbol('(')) {
            Arrays.setAll(order, i -> i);
            return order;
        }
        Token open = in.next();
        boolean[] named = new boolean[order.length];
        int count = 0;
        Token after;
        do {
            Token column = in.kind(Kind.NAME, "\"…\"");
            int index = table.columns.indexOf(Source.lower(column.text()));
            if (index < 0) {
                throw at(column, "legacy.columnUnknown", column.text(), table.name);
            } else if (named[index] || count >= order.length) {
                throw at(column, "legacy.columnTwice", column.text(), table.name);
            }
            named[index] = true;
            order[count++] = index;
            after = in.next();
        } while (after.isSymbol(','));
        if (!after.isSymbol(')')) {
            throw Source.expected(after, ")");
        }
        for (int i = 0; i < named.length; i++) {
            if (!named[i]) {
                throw at(open, "legacy.columnMissing", table.columns.get(i), table.name);
            }
        }
        return order;
    }

    private void row(TableRows table, int[] order) throws LegacyScriptException {
        Token open = in.symbol('(');
        Object[] values = new Object[order.length];
        int count = 0;
        Token after;
        do {
            Object value = value();
            if (count < values.length) {
                values[order[count]] = value;
            }
            count++;
            after = in.next();
        } while (after.isSymbol(','));
        if (!after.isSymbol(')')) {
            throw Source.expected(after, ")");
        }
        if (count != values.length) {
            throw at(open, "legacy.valueCount", count, table.name, values.length);
        }
        if (++rows > limits.maxRows()) {
            throw at(open, "legacy.rows", limits.maxRows());
        }
        table.rows.add(Collections.unmodifiableList(Arrays.asList(values)));
    }

    private Object value() throws LegacyScriptException {
        Token token = in.next();
        boolean word = token.kind() == Kind.WORD || token.kind() == Kind.NAME;
        if (word && in.peek().isSymbol('(') && !token.isWord("SYSTEM_COMBINE_CLOB")) {
            throw at(token, "legacy.function", token.text());
        }
        return switch (token.kind()) {
            case NUMBER -> Literals.number(token.text());
            case STRING -> token.text();
            case HEX -> Literals.binary(token.text());
            case WORD -> word(token);
            default -> throw at(token, "legacy.value", token.shown());
        };
    }

    private Object word(Token token) throws LegacyScriptException {
        switch (token.text().toUpperCase(Locale.ROOT)) {
            case "NULL":
                return null;
            case "TRUE":
                return Boolean.TRUE;
            case "FALSE":
                return Boolean.FALSE;
            case "DATE":
                return typed("DATE", Literals::date);
            case "TIME":
                return typed("TIME", Literals::time);
            case "UUID":
                return typed("UUID", Literals::uuid);
            case "TIMESTAMP":
                if (!in.peek().isWord("WITH")) {
                    return typed("TIMESTAMP", Literals::timestamp);
                }
                in.word("WITH");
                in.word("TIME");
                in.word("ZONE");
                return typed("TIMESTAMP WITH TIME ZONE", Literals::timestampWithTimeZone);
            case "SYSTEM_COMBINE_CLOB":
                in.symbol('(');
                long id = id();
                in.symbol(')');
                return lobs.take(token, id);
            default:
                throw at(token, "legacy.value", token.shown());
        }
    }

    private Object typed(String type, Function<String, Object> parse) throws LegacyScriptException {
        Token text = in.kind(Kind.STRING, "'…'");
        try {
            return parse.apply(text.text());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw at(text, "legacy.literal", type, text.shown());
        }
    }

    /** {@code INSERT INTO SYSTEM_LOB_STREAM VALUES(id, part, 'text', NULL);} */
    private void lobPart(Token at) throws LegacyScriptException {
        in.word("VALUES");
        in.symbol('(');
        long id = id();
        in.symbol(',');
        long part = id();
        in.symbol(',');
        String text = in.kind(Kind.STRING, "'…'").text();
        in.symbol(',');
        in.word("NULL");
        in.symbol(')');
        in.symbol(';');
        lobs.part(at, id, part, text);
    }

    private long id() throws LegacyScriptException {
        Token number = in.kind(Kind.NUMBER, "0");
        if (!(Literals.number(number.text()) instanceof Long id) || id < 0) {
            throw at(number, "legacy.number", number.text());
        }
        return id;
    }
}

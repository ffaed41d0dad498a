package com.parkreview.app.persistence.legacy;

import static com.parkreview.app.persistence.legacy.LegacyScriptException.at;

import com.parkreview.app.persistence.legacy.LegacyScriptReader.Limits;
import com.parkreview.app.persistence.legacy.Token.Kind;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every statement but INSERT, as H2's SCRIPT writes it for a ParkReview database. A statement is
 * refused at its first token that no allowed form begins with, and read on only as far as its
 * form needs; of the statements taken, only the table and column names of CREATE TABLE are kept.
 */
final class Statements {

    /** How the statements taken begin, by {@link #rest}'s case; what follows is checked there. */
    private static final List<List<Token>> HEADS = tokens(List.of(
            "SET WRITE_DELAY",
            "CREATE USER IF NOT EXISTS",
            "CREATE CACHED TABLE",
            "CREATE MEMORY TABLE",
            "CREATE TABLE",
            "CREATE INDEX",
            "CREATE UNIQUE INDEX",
            "ALTER TABLE"));

    /** The statements around long texts, taken word for word only. */
    private static final List<List<Token>> EXACT = tokens(LobParts.STATEMENTS);

    private final Map<String, TableRows> tables;
    private final LobParts lobs;

    Statements(Map<String, TableRows> tables, LobParts lobs) {
        this.tables = tables;
        this.lobs = lobs;
    }

    /** Reads a statement up to its {@code ;} and takes it, or refuses it as soon as it goes astray. */
    void read(Token first, Source in) throws LegacyScriptException {
        List<Token> start = new ArrayList<>(List.of(first));
        while (true) {
            refuseUnlessAllowed(start);
            int exact = complete(EXACT, start);
            if (exact >= 0) {
                Token end = in.next();
                if (!end.isSymbol(';')) {
                    start.add(end);
                    throw refusal(start);
                }
                lobs.statement(exact, first);
                return;
            }
            int head = complete(HEADS, start);
            if (head >= 0 && !exactGoesOn(start, in.peek())) { // ALTER TABLE "PUBLIC"... or ALTER TABLE SYSTEM_LOB_STREAM...
                rest(head, in);
                return;
            }
            Token next = in.next();
            if (next.kind() == Kind.END) {
                throw at(next, "legacy.end");
            } else if (next.isSymbol(';')) {
                throw refusal(start); // the beginning of an allowed form, and no more
            }
            start.add(next);
        }
    }

    private void rest(int head, Source in) throws LegacyScriptException {
        switch (head) {
            case 0 -> {
                in.kind(Kind.NUMBER, "0");
                in.symbol(';');
            }
            case 1 -> skipRest(in); // CREATE USER: its name and password hash are not kept
            case 2, 3, 4 -> createTable(in);
            case 5, 6 -> {
                in.qualifiedName();
                in.word("ON");
                created(in, tables);
                skipRest(in); // the index itself is the migrations' business
            }
            default -> {
                created(in, tables);
                in.word("ADD");
                in.word("CONSTRAINT");
                in.qualifiedName();
                skipRest(in); // the constraint itself is the migrations' business
            }
        }
    }

    /** Up to the statement's {@code ;}, within the statement length, keeping nothing. */
    private static void skipRest(Source in) throws LegacyScriptException {
        for (Token token = in.next(); !token.isSymbol(';'); token = in.next()) {
            if (token.kind() == Kind.END) {
                throw at(token, "legacy.end");
            }
        }
    }

    /** {@code CREATE CACHED TABLE "PUBLIC"."T"("A" type ..., "B" type ...)}: the column names, in order. */
    private void createTable(Source in) throws LegacyScriptException {
        Token at = in.peek();
        String name = in.table();
        if (tables.containsKey(name)) {
            throw at(at, "legacy.tableTwice", name);
        }
        in.symbol('(');
        List<String> columns = new ArrayList<>();
        Token after;
        do {
            Token column = in.kind(Kind.NAME, "\"…\"");
            String lower = Source.lower(column.text());
            if (columns.contains(lower)) {
                throw at(column, "legacy.columnTwice", lower, name);
            }
            columns.add(lower);
            int depth = 0;
            for (after = in.next(); depth > 0 || !(after.isSymbol(',') || after.isSymbol(')')); after = in.next()) {
                if (after.isSymbol(';') || after.kind() == Kind.END) {
                    throw Source.expected(after, ")");
                }
                depth += after.isSymbol('(') ? 1 : after.isSymbol(')') ? -1 : 0;
            }
        } while (after.isSymbol(','));
        in.symbol(';');
        tables.put(name, new TableRows(name, columns));
    }

    /** {@code "PUBLIC"."T"} of a table created before. */
    static TableRows created(Source in, Map<String, TableRows> tables) throws LegacyScriptException {
        Token at = in.peek();
        String name = in.table();
        TableRows table = tables.get(name);
        if (table == null) {
            throw at(at, "legacy.tableMissing", name);
        }
        return table;
    }

    private static void refuseUnlessAllowed(List<Token> start) throws LegacyScriptException {
        for (List<List<Token>> forms : List.of(HEADS, EXACT)) {
            for (List<Token> form : forms) {
                if (agrees(start, form)) {
                    return;
                }
            }
        }
        throw refusal(start);
    }

    /** The form that the tokens read so far are, whole; -1 when none. */
    private static int complete(List<List<Token>> forms, List<Token> start) {
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).size() == start.size() && agrees(start, forms.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a longer exact form goes on with the next token. */
    private static boolean exactGoesOn(List<Token> start, Token next) {
        return EXACT.stream().anyMatch(form -> form.size() > start.size() && agrees(start, form)
                && form.get(start.size()).sameAs(next));
    }

    /** The statement, by its first few tokens, at the line of the last one read. */
    private static LegacyScriptException refusal(List<Token> statement) {
        Token last = statement.get(statement.size() - 1);
        String shown = statement.stream().limit(4).map(t -> String.valueOf(t.shown())).collect(Collectors.joining(" "));
        return at(last, "legacy.statement", shown);
    }

    /** Whether the tokens read so far begin the form (or are it). */
    private static boolean agrees(List<Token> start, List<Token> form) {
        if (start.size() > form.size()) {
            return false;
        }
        for (int i = 0; i < start.size(); i++) {
            if (!start.get(i).sameAs(form.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Token>> tokens(List<String> statements) {
        List<List<Token>> all = new ArrayList<>();
        for (String statement : statements) {
            Tokenizer tokenizer = new Tokenizer(new StringReader(statement), Limits.DEFAULTS);
            List<Token> tokens = new ArrayList<>();
            try {
                for (Token t = tokenizer.next(); t.kind() != Kind.END; t = tokenizer.next()) {
                    tokens.add(t);
                }
            } catch (LegacyScriptException e) {
                throw new IllegalStateException(statement, e);
            }
            all.add(List.copyOf(tokens));
        }
        return List.copyOf(all);
    }
}

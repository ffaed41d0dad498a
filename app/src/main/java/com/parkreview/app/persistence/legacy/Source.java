package com.parkreview.app.persistence.legacy;

import static com.parkreview.app.persistence.legacy.LegacyScriptException.at;

import com.parkreview.app.persistence.legacy.Token.Kind;
import java.util.Locale;

/** The script's tokens to parse, with one read ahead, and the little pieces of grammar every statement uses. */
interface Source {

    Token next() throws LegacyScriptException;

    Token peek() throws LegacyScriptException;

    default Token word(String word) throws LegacyScriptException {
        Token token = next();
        if (!token.isWord(word)) {
            throw expected(token, word);
        }
        return token;
    }

    default Token symbol(char symbol) throws LegacyScriptException {
        Token token = next();
        if (!token.isSymbol(symbol)) {
            throw expected(token, String.valueOf(symbol));
        }
        return token;
    }

    default Token kind(Kind kind, String shown) throws LegacyScriptException {
        Token token = next();
        if (token.kind() != kind) {
            throw expected(token, shown);
        }
        return token;
    }

    /** {@code "PUBLIC"."NAME"}: the name. */
    default Token qualifiedName() throws LegacyScriptException {
        Token schema = next();
        if (schema.kind() != Kind.NAME || !schema.text().equals("PUBLIC")) {
            throw expected(schema, "\"PUBLIC\"");
        }
        symbol('.');
        return kind(Kind.NAME, "\"…\"");
    }

    /** {@code "PUBLIC"."REVIEW_SESSION"}: a ParkReview table, by its name in lower case. */
    default String table() throws LegacyScriptException {
        Token name = qualifiedName();
        String lower = lower(name.text());
        if (!LegacyScriptReader.TABLES.contains(lower)) {
            throw at(name, "legacy.table", name.text());
        }
        return lower;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static LegacyScriptException expected(Token found, String shown) {
        return at(found, "legacy.expected", shown, found.shown());
    }

    /** The script's tokens, read as they are asked for. */
    static Source of(Tokenizer tokenizer) {
        return new Source() {
            private Token ahead;

            @Override
            public Token next() throws LegacyScriptException {
                Token token = peek();
                ahead = null;
                return token;
            }

            @Override
            public Token peek() throws LegacyScriptException {
                if (ahead == null) {
                    ahead = tokenizer.next();
                }
                return ahead;
            }
        };
    }
}

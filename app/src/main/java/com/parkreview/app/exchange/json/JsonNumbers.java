package com.parkreview.app.exchange.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.parkreview.app.AppText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Every number in a JSON document as ParkReview writes one: digits with an optional fraction,
 * no sign, no exponent. A parsed tree no longer knows how a number was written ({@code -0} is 0,
 * {@code 1E2} is 100), so the text is read once as tokens before it is parsed. Numbers in
 * ParkReview's files (years, minutes, orders, maxima) are never negative: {@code -0} is refused,
 * not read as 0.
 */
final class JsonNumbers {

    private static final Pattern PLAIN = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private JsonNumbers() {
    }

    /**
     * Refuses the first number not written plainly, naming its field. A document that is not
     * well-formed is left for the parser to report.
     */
    static void check(String text) throws JsonFields.FieldException {
        try (JsonParser parser = StrictJson.mapper().getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isNumeric() && !PLAIN.matcher(parser.getText()).matches()) {
                    throw new JsonFields.FieldException(path(parser.getParsingContext()),
                            AppText.of("json.notPlainNumber", parser.getText()));
                }
            }
        } catch (JacksonException e) {
            // not well-formed: the parser that follows says where and how
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does no I/O
        }
    }

    /** {@code dimensions[2].indicators[0].max}, as the fields' own refusals name it. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.push(c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined.isEmpty() ? "(document)" : joined;
    }
}

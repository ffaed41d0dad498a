package com.parkreview.app.exchange.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one way ParkReview reads JSON it did not write itself in this run: duplicate keys,
 * trailing content, floats where integers belong and deep nesting are refused; decimals are
 * read as {@link java.math.BigDecimal}, never as binary floating point; no polymorphic typing.
 */
public final class StrictJson {

    /** Larger files are not ParkReview's and are refused before parsing. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    public static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactory().setStreamReadConstraints(
                    StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .maxStringLength(1_000_000)
                            .maxNumberLength(100)
                            .build()))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private StrictJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}

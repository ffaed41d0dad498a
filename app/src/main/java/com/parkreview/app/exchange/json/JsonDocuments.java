package com.parkreview.app.exchange.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.parkreview.app.AppText;
import com.parkreview.app.files.InputFiles;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON file as ParkReview reads one it did not write in this run: at most
 * {@link StrictJson#MAX_DOCUMENT_BYTES} (a larger file is refused without being read), strict
 * UTF-8 (a leading byte-order mark is skipped), one JSON object parsed by {@link StrictJson}.
 * Every refusal says what is wrong in words: too large, not UTF-8, not JSON, cut short, nested
 * too deep, a key twice.
 */
public final class JsonDocuments {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    /** "(5000) exceeds the maximum allowed (100": the length found and the most read. */
    private static final Pattern LENGTHS = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JsonDocuments() {
    }

    /** Reads and parses a file; {@code kind} names what it should be in a refusal ("a score file"). */
    public static JsonNode read(Path file, LocalizedText kind) throws InputRejectedException {
        return parse(file.getFileName().toString(), readBytes(file), kind);
    }

    /** A file's bytes, at most one more than {@link StrictJson#MAX_DOCUMENT_BYTES}: a larger file is not read whole. */
    public static byte[] readBytes(Path file) throws InputRejectedException {
        try (InputStream in = InputFiles.open(file)) {
            return in.readNBytes(StrictJson.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new InputRejectedException(List.of(InputProblem.unreadable(file, e)));
        }
    }

    /** Parses a document already in memory. */
    public static JsonNode parse(String name, byte[] content, LocalizedText kind) throws InputRejectedException {
        if (content.length > StrictJson.MAX_DOCUMENT_BYTES) {
            throw refused(name, AppText.of("json.tooLarge", StrictJson.MAX_DOCUMENT_BYTES / (1024 * 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw refused(name, AppText.of("json.notUtf8", kind));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.stripLeading().startsWith("{")) {
            throw refused(name, AppText.of("json.notAnObject", kind));
        }
        try {
            JsonNumbers.check(text);
        } catch (JsonFields.FieldException e) {
            throw refused(name, AppText.of("json.field", e.path(), e.text()));
        }
        try {
            return StrictJson.mapper().readTree(text);
        } catch (StreamConstraintsException e) {
            throw refused(name, constraint(e));
        } catch (JacksonException e) {
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw refused(name, AppText.of("json.truncated", kind, line(e)));
            }
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.lookingAt()) {
                throw refused(name, AppText.of("json.duplicateKey", duplicate.group(1), line(e)));
            }
            throw refused(name, AppText.of("json.malformed", what(e), line(e)));
        }
    }

    public static InputRejectedException refused(String name, LocalizedText text) {
        return new InputRejectedException(List.of(InputProblem.inFile(name, text)));
    }

    private static LocalizedText constraint(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nesting depth")) {
            return AppText.of("json.tooDeep", StrictJson.MAX_NESTING);
        }
        if (message.contains("Document length")) {
            return AppText.of("json.tooLarge", StrictJson.MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        Matcher lengths = LENGTHS.matcher(message); // Jackson's own sentence names its settings' method: never shown
        String line = line(e);
        if (lengths.find()) {
            String key = message.startsWith("Number") ? "json.numberTooLong" : "json.stringTooLong";
            return AppText.of(key, lengths.group(1), lengths.group(2), line);
        }
        return AppText.of("json.tooLong", line);
    }

    /** What is wrong, in words: Jackson's own sentence names its settings and classes. */
    private static LocalizedText what(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("Non-standard token")) {
            return AppText.of("json.what.notANumber");
        }
        if (message.contains("Illegal unquoted character")) {
            return AppText.of("json.what.control");
        }
        if (message.contains("Unrecognized token") || message.contains("Unexpected character")) {
            return AppText.of("json.what.unexpected", e.getLocation() == null ? "?"
                    : String.valueOf(e.getLocation().getColumnNr()));
        }
        return AppText.of("json.what.other");
    }

    /** The line, as text: a number argument would be printed with grouping ("1,234"). */
    private static String line(JacksonException e) {
        return String.valueOf(e.getLocation() == null ? 0 : e.getLocation().getLineNr());
    }
}

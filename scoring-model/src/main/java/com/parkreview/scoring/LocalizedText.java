package com.parkreview.scoring;

import com.parkreview.scoring.text.InputText;
import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A user-facing sentence kept as a bundle, a key and its arguments, so the same problem can be
 * shown in Chinese on the expert's screen and in English in a log or on the command line.
 *
 * <p>Decimals are kept as plain strings, so that no locale grouping ("1,500") slips into a
 * score or an amount; whole numbers stay numbers for {@code choice} patterns; a nested text is
 * given in the same language as the text around it; a moment ({@link Instant}, or a
 * {@link ZonedDateTime} in its own zone) as {@link LocalizedTime} writes it for the language.
 *
 * <p>A value echoed from a file or a database is shown as {@link InputText#printable} makes it
 * (a control or bidi character as {@code U+001B}) and cut after {@value #MAX_ECHO} characters, so
 * that no message carries an escape sequence to a terminal or a whole file to a dialog.
 */
public record LocalizedText(String bundle, String key, List<Object> args) {

    /** The scoring model's own sentences. */
    public static final String MODEL_BUNDLE = "com.parkreview.scoring.messages";
    /** The longest value a message repeats whole. */
    public static final int MAX_ECHO = 500;

    public LocalizedText {
        if (bundle == null || bundle.isBlank() || key == null || key.isBlank()) {
            throw new IllegalArgumentException("bundle and key must not be blank");
        }
        args = List.copyOf(args.stream().map(LocalizedText::plain).toList());
    }

    /** A sentence of the scoring model's bundle. */
    public static LocalizedText of(String key, Object... args) {
        return new LocalizedText(MODEL_BUNDLE, key, Arrays.asList(args));
    }

    /** A sentence of another module's bundle (base name as for {@link ResourceBundle#getBundle}). */
    public static LocalizedText inBundle(String bundle, String key, Object... args) {
        return new LocalizedText(bundle, key, Arrays.asList(args));
    }

    /** The sentence in the given language (English for anything but Chinese). */
    public String in(Locale locale) {
        String pattern;
        try {
            pattern = bundle(bundle, locale).getString(key);
        } catch (MissingResourceException e) {
            return key + args;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] formatted = new Object[args.size()];
        for (int i = 0; i < formatted.length; i++) {
            Object arg = args.get(i);
            boolean plainSlot = i >= formats.length || formats[i] == null;
            if (arg instanceof LocalizedText nested) {
                formatted[i] = nested.in(locale);
            } else if (arg instanceof Instant at && plainSlot) {
                formatted[i] = LocalizedTime.of(at, locale);
            } else if (arg instanceof ZonedDateTime at && plainSlot) {
                formatted[i] = LocalizedTime.of(at.toInstant(), locale, at.getZone());
            } else if (arg instanceof Number && plainSlot) {
                formatted[i] = arg.toString(); // 2026, not 2,026: only choice patterns see a number
            } else {
                formatted[i] = arg;
            }
        }
        return format.format(formatted);
    }

    /** The sentence in the JVM's current default language. */
    public String text() {
        return in(Locale.getDefault());
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * English is the base bundle; no fallback to the JVM's default locale, so that asking for
     * English on a Chinese system gives English.
     */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Object plain(Object arg) {
        if (arg instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (arg instanceof Integer || arg instanceof Long || arg instanceof LocalizedText || arg instanceof Instant
                || arg instanceof ZonedDateTime) {
            return arg;
        }
        if (arg == null) {
            return "";
        }
        String text = arg.toString();
        if (text.length() > MAX_ECHO) {
            int end = Character.isHighSurrogate(text.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
            text = text.substring(0, end) + "…";
        }
        return InputText.printable(text);
    }
}

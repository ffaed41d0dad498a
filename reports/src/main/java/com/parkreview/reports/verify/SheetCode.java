package com.parkreview.reports.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sheet's verification code (校验码): the first 12 hexadecimal characters (lower case) of the
 * SHA-256 of the sheet's {@link CanonicalContent canonical content}. Printed on the sheet as text
 * and as a QR code whose text is {@value #QR_PREFIX} followed by the code; the app recomputes it
 * from stored data (see {@link CanonicalForms}) to tell whether a paper sheet still matches.
 */
public record SheetCode(String value) {

    /** Characters of the SHA-256 (in hex) that the code keeps: 48 bits. */
    public static final int LENGTH = 12;
    public static final String QR_PREFIX = "PARKREVIEW-SHEET:";
    /** Between the code and a stamp in the QR code's text. */
    public static final String STAMP_SEPARATOR = "/";
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{" + LENGTH + "}");
    /** What people put between groups of characters: white space and dashes of any kind. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Pd}]+");

    public SheetCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a verification code is " + LENGTH + " hex characters: " + value);
        }
    }

    public static SheetCode of(CanonicalContent content) {
        return ofText(content.text());
    }

    /** The code of a canonical text (as {@link CanonicalContent#text()} wrote it, e.g. kept beside a printed sheet). */
    public static SheetCode ofText(String canonicalText) {
        byte[] bytes = canonicalText.getBytes(StandardCharsets.UTF_8);
        return new SheetCode(HexFormat.of().formatHex(sha256(bytes)).substring(0, LENGTH));
    }

    /**
     * Reads a code as typed off paper or scanned: full-width characters read as the ASCII they show,
     * upper case allowed, spaces and dashes dropped ({@code E41B-E357 1BDF}), the QR prefix allowed (and
     * the stamp after the code in a QR code's text, left out).
     */
    public static Optional<SheetCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.toUpperCase(Locale.ROOT).startsWith(QR_PREFIX)) {
            text = text.substring(QR_PREFIX.length());
            int stamp = text.indexOf(STAMP_SEPARATOR);
            text = stamp < 0 ? text : text.substring(0, stamp); // the stamp is read by whoever wrote it
        }
        text = SEPARATORS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        return FORM.matcher(text).matches() ? Optional.of(new SheetCode(text)) : Optional.empty();
    }

    /**
     * What the QR code on the sheet holds: the prefix and the code, in capitals so that the QR
     * code is written in its alphanumeric mode, which takes fewer modules than bytes do (the same
     * printed size then has larger modules, read from a poorer print or scan).
     */
    public String qrText() {
        return QR_PREFIX + value.toUpperCase(Locale.ROOT);
    }

    /** What the QR code holds with a stamp after the code ({@code PARKREVIEW-SHEET:<CODE>/<STAMP>}), if any. */
    public String qrText(String stamp) {
        return stamp.isEmpty() ? qrText() : qrText() + STAMP_SEPARATOR + stamp.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

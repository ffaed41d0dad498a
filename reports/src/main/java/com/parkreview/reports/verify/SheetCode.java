package com.parkreview.reports.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

    public SheetCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a verification code is " + LENGTH + " hex characters: " + value);
        }
    }

    public static SheetCode of(CanonicalContent content) {
        return new SheetCode(HexFormat.of().formatHex(sha256(content.bytes())).substring(0, LENGTH));
    }

    /** Reads a code as typed or scanned: spaces dropped, upper case allowed, the QR prefix allowed. */
    public static Optional<SheetCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.startsWith(QR_PREFIX)) {
            text = text.substring(QR_PREFIX.length());
        }
        text = text.replace(" ", "").toLowerCase(Locale.ROOT);
        return FORM.matcher(text).matches() ? Optional.of(new SheetCode(text)) : Optional.empty();
    }

    /** What the QR code on the sheet holds. */
    public String qrText() {
        return QR_PREFIX + value;
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

package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An expert's Ed25519 public key as files and the store carry it: the X.509 encoding
 * (SubjectPublicKeyInfo, 44 bytes) in Base64. Anything else is refused here, before any
 * cryptography sees it.
 */
public record ExpertKey(String encoded) {

    /** DER of SubjectPublicKeyInfo with algorithm id-Ed25519 (1.3.101.112), before the 32 key bytes. */
    private static final byte[] ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int ENCODED_LENGTH = ED25519_PREFIX.length + 32;

    public ExpertKey {
        if (encoded == null || !isEd25519(encoded)) {
            throw new ValidationException(AppText.of("key.invalid", shortened(encoded)));
        }
    }

    /** The X.509 encoding. */
    public byte[] bytes() {
        return Base64.getDecoder().decode(encoded);
    }

    /**
     * What a person compares, on screen and on the signed paper sheet: the first 16 hex digits of
     * the SHA-256 of the encoded key, in groups of four ({@code 3F2A 9C01 7B44 E0D2}).
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes());
            String hex = HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
            return String.join(" ", hex.substring(0, 4), hex.substring(4, 8), hex.substring(8, 12), hex.substring(12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean isEd25519(String text) {
        if (text.length() > 2 * ENCODED_LENGTH) {
            return false;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return bytes.length == ENCODED_LENGTH
                && Arrays.equals(bytes, 0, ED25519_PREFIX.length, ED25519_PREFIX, 0, ED25519_PREFIX.length)
                && Base64.getEncoder().encodeToString(bytes).equals(text);
    }

    private static String shortened(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }

    @Override
    public String toString() {
        return fingerprint();
    }
}

package com.parkreview.app.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the append-only history: who, when, what, old → new. {@code hash} is the SHA-256
 * of the previous entry's hash and this entry's canonical content, so that an entry changed or
 * removed outside ParkReview breaks the chain from there on.
 */
public record HistoryEntry(
        long seq,
        Instant at,
        String actor,
        String action,
        String entity,
        String entityId,
        String field,
        Optional<String> oldValue,
        Optional<String> newValue,
        String previousHash,
        String hash) {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The canonical content: the fields in this order, each written as its length in characters,
     * a colon and the text (an absent value as {@code -}), so that no choice of text can make two
     * different entries read the same.
     */
    public static String canonical(long seq, Instant at, String actor, String action, String entity, String entityId,
            String field, Optional<String> oldValue, Optional<String> newValue) {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {Long.toString(seq), at.toString(), actor, action, entity, entityId, field}) {
            out.append(part.length()).append(':').append(part).append('\n');
        }
        for (Optional<String> value : List.of(oldValue, newValue)) {
            out.append(value.map(v -> v.length() + ":" + v).orElse("-")).append('\n');
        }
        return out.toString();
    }

    public static String hash(String previousHash, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The hash this entry should have, recomputed from its content. */
    public String expectedHash() {
        return hash(previousHash, canonical(seq, at, actor, action, entity, entityId, field, oldValue, newValue));
    }
}

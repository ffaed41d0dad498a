package com.parkreview.app.review;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sheets a deviation flag was found on, as stored with the flag: each sheet's id and a
 * fingerprint of its scores ({@code 12#1a2b3c4d,13#…}). A resolution holds for these sheets with
 * these scores only: a sheet re-opened, changed and signed again gets another key, and its flags
 * are asked again. Keys written before the fingerprint ({@code 12,13}) hold by the ids alone.
 */
public final class SheetsKey {

    private static final char FINGERPRINT = '#';
    /**
     * After the sheets, the figures a flag that pays past a rule was found on (what was received, the
     * support recorded): its acceptance holds for them only (a tester's round 15 had an accepted
     * supported_this_year cover 300 万元 more once the amount received was typed down).
     */
    private static final String FIGURES = "|figures=";

    private SheetsKey() {
    }

    /** The key of the sheets, in the order given. */
    public static String of(List<ScoreSheet> sheets) {
        return sheets.stream().map(s -> s.id() + String.valueOf(FINGERPRINT) + fingerprint(s))
                .collect(Collectors.joining(","));
    }

    /** The key of sheets and the figures a flag was found on. */
    public static String withFigures(String key, String figures) {
        return key + FIGURES + figures;
    }

    /** Whether a flag stored with {@code recorded} was found on the sheets (and figures) whose key is {@code current}. */
    public static boolean holdsFor(String recorded, String current) {
        if (!figures(recorded).equals(figures(current))) {
            return false;
        }
        String was = sheets(recorded);
        String is = sheets(current);
        return was.indexOf(FINGERPRINT) >= 0 || is.indexOf(FINGERPRINT) < 0
                ? was.equals(is)
                : idsOnly(was).equals(idsOnly(is));
    }

    private static String sheets(String key) {
        int at = key.indexOf(FIGURES);
        return at < 0 ? key : key.substring(0, at);
    }

    private static String figures(String key) {
        int at = key.indexOf(FIGURES);
        return at < 0 ? "" : key.substring(at);
    }

    /**
     * Whether the sheets a key names still hold the scores they had when it was made (a sheet
     * missing, or re-opened and changed since, does not); a key without fingerprints is taken as it is.
     */
    public static boolean stillHolds(String figuredKey, List<ScoreSheet> sheets) {
        String key = sheets(figuredKey);
        Map<Long, ScoreSheet> byId = sheets.stream().collect(Collectors.toMap(ScoreSheet::id, Function.identity()));
        return key.isBlank() || Arrays.stream(key.split(",")).allMatch(part -> {
            int mark = part.indexOf(FINGERPRINT);
            ScoreSheet sheet = byId.get(idOf(part));
            return sheet != null && (mark < 0 || part.substring(mark + 1).equals(fingerprint(sheet)));
        });
    }

    /** The ids of the sheets a key names. */
    public static Set<Long> ids(String figuredKey) {
        String key = sheets(figuredKey);
        return key.isBlank() ? Set.of()
                : Arrays.stream(key.split(",")).map(SheetsKey::idOf).collect(Collectors.toUnmodifiableSet());
    }

    private static String idsOnly(String key) {
        return key.isBlank() ? "" : Arrays.stream(key.split(",")).map(part -> String.valueOf(idOf(part)))
                .collect(Collectors.joining(","));
    }

    private static long idOf(String part) {
        int mark = part.indexOf(FINGERPRINT);
        return Long.parseLong(mark < 0 ? part : part.substring(0, mark));
    }

    /** Eight hex digits of SHA-256 over the sheet's scores (a score's trailing zeros do not count). */
    static String fingerprint(ScoreSheet sheet) {
        String scores = sheet.entries().stream()
                .map(e -> e.code() + "=" + e.score().map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString)
                        .orElse(""))
                .collect(Collectors.joining(";"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scores.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

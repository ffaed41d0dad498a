package com.parkreview.scoring.uscc;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.text.FullWidth;
import com.parkreview.scoring.ValidationException;
import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9 A-H J-N P-R T-U W-Y}, the last
 * a check character over the first 17 with weights 3^i mod 31. It identifies an operator across
 * sessions, so that its years of support can be counted (rule 8).
 */
public record UnifiedSocialCreditCode(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    /** The first character: the registration authority (登记管理部门代码), GB 32100-2015 and its later codes. */
    public static final String AUTHORITIES = "123456789ANY";
    private static final int[] WEIGHTS = weights();

    public UnifiedSocialCreditCode {
        problem(value).ifPresent(text -> {
            throw new ValidationException(text);
        });
    }

    /**
     * Reads a code as typed: surrounding spaces dropped, full-width characters and lower case
     * read as what they show. Refuses, naming the fault, a code that is not valid.
     */
    public static UnifiedSocialCreditCode parse(String typed) {
        return new UnifiedSocialCreditCode(normalise(typed));
    }

    /**
     * Reads a code entered for a new record (typed, imported): {@link #parse}, and refused as well
     * when it cannot be a real operator's code though its check character agrees: a placeholder
     * such as 000000000000000000 (round 20 saw one accepted, so that every operator typed with it
     * would share one history of support, rule 8), a first character that names no registration
     * authority, a place code (characters 3 to 8) that is not six digits or is 000000, or an
     * organisation code (characters 9 to 17) of zeros. Codes already stored
     * are read with {@link #parse}, so that a file made before this check still opens.
     */
    public static UnifiedSocialCreditCode parseEntered(String typed) {
        checkEntered(typed).ifPresent(text -> {
            throw new ValidationException(text);
        });
        return parse(typed);
    }

    /** What {@link #parseEntered} refuses in the code typed, or nothing when it takes it. */
    public static Optional<LocalizedText> checkEntered(String typed) {
        Optional<LocalizedText> invalid = check(typed);
        if (invalid.isPresent()) {
            return invalid;
        }
        String value = normalise(typed);
        if (value.substring(0, 17).chars().distinct().count() == 1) {
            return Optional.of(LocalizedText.of("uscc.placeholder", value));
        }
        if (AUTHORITIES.indexOf(value.charAt(0)) < 0) {
            return Optional.of(LocalizedText.of("uscc.authority", value, String.valueOf(value.charAt(0))));
        }
        if (!value.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(LocalizedText.of("uscc.place", value, value.substring(2, 8)));
        }
        if (value.substring(2, 8).equals("000000")) {
            return Optional.of(LocalizedText.of("uscc.noPlace", value)); // round 26: 91000000MA01R8K52U
        }
        if (value.substring(8, 17).equals("000000000")) {
            return Optional.of(LocalizedText.of("uscc.noOrganisation", value)); // round 26: 91110107000000000Q
        }
        return Optional.empty();
    }

    /** What is wrong with the typed code, or nothing when it is valid. */
    public static Optional<LocalizedText> check(String typed) {
        return problem(normalise(typed));
    }

    public static boolean isValid(String typed) {
        return check(typed).isEmpty();
    }

    /** The check character that the first 17 characters call for. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return FullWidth.toAscii(typed).strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<LocalizedText> problem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of(LocalizedText.of("uscc.blank"));
        }
        int length = code.codePointCount(0, code.length());
        if (length != LENGTH) {
            return Optional.of(LocalizedText.of("uscc.length", code, length));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.of(LocalizedText.of("uscc.character", code, i + 1, String.valueOf(c)));
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of(LocalizedText.of("uscc.check", code, String.valueOf(code.charAt(17)),
                    String.valueOf(expected)));
        }
        return Optional.empty();
    }

    private static int[] weights() {
        int[] w = new int[17];
        int power = 1;
        for (int i = 0; i < 17; i++) {
            w[i] = power;
            power = power * 3 % 31;
        }
        return w;
    }
}

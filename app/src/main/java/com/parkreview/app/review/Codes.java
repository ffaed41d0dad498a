package com.parkreview.app.review;

import java.util.Locale;
import java.util.regex.Pattern;

/** The short codes applicants and experts are known by in files and commands (A01, E1). */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<![0-9])0+(?=[0-9])");

    private Codes() {
    }

    /** Whether the text (surrounding spaces aside) is a code: 1 to 20 letters, digits, - or _. */
    static boolean valid(String code) {
        return code != null && CODE.matcher(code.strip()).matches();
    }

    /**
     * Refuses a code another applicant or expert of the session already has, or one that only
     * looks different: upper and lower case, O and 0, l, I and 1 (a tester's round 6 added expert
     * e1 王建国 beside E1 王建国, and applicants a01 and A0l beside A01).
     */
    public static void refuseTaken(String takenKey, String code, String otherCode, String otherName) {
        if (otherCode.equals(code)) {
            throw ReviewRules.refuse(takenKey, code, otherName);
        }
        if (folded(otherCode).equals(folded(code))) {
            throw ReviewRules.refuse("rule.codeLookAlike", code, otherName, otherCode);
        }
    }

    /** Case, O and 0, l, I and 1 folded; zeros leading a number left out (E01 is E1, A001 is A1). */
    private static String folded(String code) {
        return LEADING_ZEROS.matcher(code.strip().toUpperCase(Locale.ROOT).replace('O', '0').replace('L', '1')
                .replace('I', '1')).replaceAll("");
    }
}

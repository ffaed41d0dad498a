package com.parkreview.app.exchange.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a number cell shows the number it holds. Excel's number format may round (1234.5678
 * shown as 1234.57: the cell is read exactly, as held) but may also hide it ({@code ;;;} shows
 * nothing) or show something else ({@code "800"} shows 800 for 1500): a tester's round 10 imported
 * support already received of 1400 万元 from a cell that showed nothing. What the cell shows must
 * be the number it holds, to the places shown.
 */
final class ShownNumber {

    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?([Ee][+-]?\\d+)?");

    private ShownNumber() {
    }

    /**
     * Whether the format's section for this number shows a digit of it at all: {@code ;;;} has
     * empty sections, {@code "800"} only a literal (the spreadsheet library renders neither as
     * Excel does, so the format itself is read).
     */
    static boolean showsDigits(BigDecimal held, String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General") || format.strip().equals("@")) {
            return true; // Excel shows a number in a text-formatted cell as the number (round 12)
        }
        String[] sections = unquotedSplit(format);
        int index = held.signum() > 0 ? 0 : held.signum() < 0 ? 1 : 2;
        String section = index < sections.length ? sections[index] : sections[0];
        return section.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").matches(".*[0#?].*")
                || section.strip().equalsIgnoreCase("General");
    }

    /** The format's sections, split at semicolons outside quoted text. */
    private static String[] unquotedSplit(String format) {
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : format.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                sections.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        sections.add(current.toString());
        return sections.toArray(String[]::new);
    }

    /** Whether {@code shown}, as Excel formats the cell, is {@code held} (rounded as shown). */
    static boolean shows(BigDecimal held, String shown) {
        Matcher found = NUMBER.matcher(shown == null ? "" : shown.strip());
        if (!found.find()) {
            return false;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(found.group().replace(",", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        if (shown.contains("%")) {
            return false; // 800% for 8: no table of ParkReview holds a share (round 12)
        }
        int places = Math.max(0, number.scale());
        return held.setScale(places, RoundingMode.HALF_UP).compareTo(number.setScale(places, RoundingMode.HALF_UP)) == 0;
    }
}

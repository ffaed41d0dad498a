package com.parkreview.app.setup;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a secretary types it: 2026-12-10, 2026/12/10, 2026.12.10 or 2026年12月10日 (a month
 * or day with one digit too). Anything else is refused with the forms allowed.
 */
public final class TypedDate {

    private static final Pattern FORMS = Pattern.compile(
            "(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?)");

    private TypedDate() {
    }

    /** @param field the field's name in the user's language, for the refusal */
    public static LocalDate parse(String typed, String field) {
        String text = typed == null ? "" : typed.strip();
        Matcher m = FORMS.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
            int day = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(6));
            try {
                if (year >= 2000 && year <= 2100) {
                    return LocalDate.of(year, month, day);
                }
            } catch (DateTimeException e) {
                throw new ValidationException(AppText.of("date.noSuchDay", field, text));
            }
        }
        throw new ValidationException(AppText.of("date.invalid", field, text));
    }
}

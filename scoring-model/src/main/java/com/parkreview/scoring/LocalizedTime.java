package com.parkreview.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as a reader of the language writes it, in the machine's time zone: 2026年12月10日 14:30
 * in Chinese, 10 Dec 2026 14:30 otherwise — never the stored form (2026-12-10T06:30:00Z).
 */
public final class LocalizedTime {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE);

    private LocalizedTime() {
    }

    public static String of(Instant at, Locale locale) {
        return of(at, locale, ZoneId.systemDefault());
    }

    public static String of(Instant at, Locale locale, ZoneId zone) {
        DateTimeFormatter format = chinese(locale) ? CHINESE : ENGLISH;
        return format.format(at.atZone(zone));
    }

    /**
     * A day (a session's defense day): 2026年12月10日 in Chinese; otherwise 2026-12-10, the form
     * the English lists have always shown and that a script reading them expects.
     */
    public static String day(LocalDate day, Locale locale) {
        return chinese(locale) ? CHINESE_DAY.format(day) : day.toString();
    }

    private static boolean chinese(Locale locale) {
        return locale.getLanguage().equals(Locale.CHINESE.getLanguage());
    }
}

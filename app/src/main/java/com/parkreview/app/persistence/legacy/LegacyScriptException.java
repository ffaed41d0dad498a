package com.parkreview.app.persistence.legacy;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.util.Locale;

/**
 * A legacy backup refused as a whole: what is wrong and on which line of its {@code script.sql}
 * (0 when it is the file itself: not a ZIP, encrypted, more than one entry). Nothing was read
 * from it.
 */
public final class LegacyScriptException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final transient LocalizedText problem;

    LegacyScriptException(long line, LocalizedText problem) {
        super(where(line, problem).in(Locale.ENGLISH));
        this.line = line;
        this.problem = problem;
    }

    static LegacyScriptException at(long line, String key, Object... args) {
        return new LegacyScriptException(line, AppText.of(key, args));
    }

    static LegacyScriptException at(Token token, String key, Object... args) {
        return at(token.line(), key, args);
    }

    static LegacyScriptException wholeFile(String key, Object... args) {
        return at(0, key, args);
    }

    /** The line of the script the problem is on; 0 for the file as a whole. */
    public long line() {
        return line;
    }

    /** What is wrong, without the line. */
    public LocalizedText problem() {
        return problem;
    }

    /** What is wrong and where, for the user. */
    public LocalizedText text() {
        return where(line, problem);
    }

    public String message(Locale locale) {
        return text().in(locale);
    }

    private static LocalizedText where(long line, LocalizedText problem) {
        return line > 0 ? AppText.of("legacy.atLine", line, problem) : AppText.of("legacy.inFile", problem);
    }
}

package com.parkreview.scoring;

import java.util.Locale;

/**
 * Input that the rules refuse. The message names the field, the value and what is allowed, in
 * the user's language; nothing has been changed when it is thrown.
 */
public class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    public ValidationException(LocalizedText text) {
        super(text.key());
        this.text = text;
    }

    public LocalizedText text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.text();
    }

    public String getMessage(Locale locale) {
        return text.in(locale);
    }
}

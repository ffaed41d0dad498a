package com.parkreview.app.persistence.dump;

import com.parkreview.scoring.text.InputText;

/** A value from a file as a message shows it: refused characters as U+XXXX ({@link InputText#printable}), at most 60 characters. */
public final class Shown {

    private static final int LIMIT = 60;

    private Shown() {
    }

    public static String value(String value) {
        String printable = InputText.printable(value);
        return printable.length() > LIMIT ? printable.substring(0, LIMIT) + "…" : printable;
    }
}

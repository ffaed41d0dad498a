package com.parkreview.app.persistence.dump;

import com.parkreview.scoring.LocalizedText;

/** A backup file that is not restored, with the reason in words; the database stays as it was. */
public final class BackupRefusedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient LocalizedText text;

    public BackupRefusedException(LocalizedText text) {
        super(text.key());
        this.text = text;
    }

    public LocalizedText text() {
        return text;
    }
}

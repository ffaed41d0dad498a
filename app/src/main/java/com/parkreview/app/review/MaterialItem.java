package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;

/** One line of an applicant's materials checklist: the material, whether it was received, a note. */
public record MaterialItem(Material material, boolean received, String note) {

    public static final int NOTE_MAX = 500;

    public MaterialItem {
        if (material == null) {
            throw new IllegalArgumentException("a checklist item names its material");
        }
        note = note == null ? "" : note.strip();
        if (note.length() > NOTE_MAX) {
            throw new ValidationException(AppText.of("material.noteTooLong", material.label(), note.length(), NOTE_MAX));
        }
    }

    public static MaterialItem received(Material material, String note) {
        return new MaterialItem(material, true, note);
    }

    public static MaterialItem missing(Material material, String note) {
        return new MaterialItem(material, false, note);
    }
}

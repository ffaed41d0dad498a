package com.parkreview.app.persistence.dump;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.util.Optional;

/** Text a backup may put in a column: no control characters but line breaks and tabs, no bidi overrides. */
final class StoredText {

    private StoredText() {
    }

    static Optional<LocalizedText> fault(String column, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (control || bidi) {
                return Optional.of(AppText.of("dump.value.control", column, String.format("U+%04X", (int) c), i + 1));
            }
        }
        return Optional.empty();
    }
}

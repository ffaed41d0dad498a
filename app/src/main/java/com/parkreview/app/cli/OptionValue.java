package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import java.util.function.Supplier;

/** An option's value as its reader makes it; a refusal names the option. */
final class OptionValue {

    private OptionValue() {
    }

    static <T> T read(String name, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            throw new ValidationException(AppText.of("cli.option", name, e.text()));
        }
    }
}

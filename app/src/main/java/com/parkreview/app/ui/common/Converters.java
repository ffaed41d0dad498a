package com.parkreview.app.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice shows in a combo box; choices are picked, never typed. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("a choice is picked, not typed");
            }
        };
    }
}

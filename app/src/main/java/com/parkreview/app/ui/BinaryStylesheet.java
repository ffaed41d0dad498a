package com.parkreview.app.ui;

import java.io.File;
import java.io.IOException;
import javafx.css.Stylesheet;

/**
 * Build step: writes each stylesheet's binary form beside it ({@code app.css} → {@code app.bss}).
 * JavaFX loads the binary form when it finds one next to the stylesheet a scene names, and then
 * never loads its CSS parser: a noticeable part of the first window's time.
 */
public final class BinaryStylesheet {

    private BinaryStylesheet() {
    }

    public static void main(String[] stylesheets) throws IOException {
        for (String name : stylesheets) {
            File css = new File(name);
            if (!name.endsWith(".css") || !css.isFile()) {
                throw new IllegalArgumentException("not a stylesheet file: " + name);
            }
            Stylesheet.convertToBinary(css, new File(name.substring(0, name.length() - ".css".length()) + ".bss"));
        }
    }
}

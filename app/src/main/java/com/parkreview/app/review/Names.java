package com.parkreview.app.review;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A person's name as it is seen, for telling whether two names are one person and whether a name
 * is there at all: full-width letters and case folded, spaces of every kind (a no-break space, an
 * ideographic space, one inside the name), invisible format characters, combining marks and
 * variation selectors left out. Rounds 7 to 9 passed "张三 ", "张 三", "丙\uFE0F" and a name of
 * no-break spaces as other people, or as a name.
 */
public final class Names {

    private Names() {
    }

    public static String seen(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints().filter(c -> !unseen(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .toLowerCase(Locale.ROOT);
    }

    private static boolean unseen(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK || (c >= 0xFE00 && c <= 0xFE0F);
    }
}

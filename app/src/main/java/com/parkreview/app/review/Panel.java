package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.text.InputText;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A panel (评审组) of a programme office's server: several sit on the same days, each with its own
 * secretaries, who alone may change the panel's sessions. {@code role} is the server role whose
 * members are those secretaries. A database file has no panels.
 *
 * @param code short and stable (P1, 第一组 is its name), letters, digits, '-' and '_'
 */
public record Panel(String code, String name, String role) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    /**
     * A new panel, as the administrator names it: the code short and plain, the name one line of
     * text ({@link TextField#PANEL_NAME}). A panel read back from the store is not checked again.
     */
    public static Panel checked(String code, String name, String role) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ValidationException(AppText.of("panel.badCode", code == null ? "" : InputText.printable(code)));
        }
        String named = TextField.PANEL_NAME.check(name);
        if (named.isEmpty()) {
            throw new ValidationException(AppText.of("panel.badName", "", TextField.PANEL_NAME.maxLength()));
        }
        return new Panel(code, named, role);
    }

    /** Panels as a sentence lists them: "P1 第一组, P2 第二组", or "—" for none. */
    public static String listed(List<Panel> panels) {
        return panels.isEmpty() ? "—"
                : panels.stream().map(p -> p.code() + " " + p.name()).collect(Collectors.joining(", "));
    }
}

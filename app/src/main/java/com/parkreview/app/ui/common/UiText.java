package com.parkreview.app.ui.common;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.settings.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The client's own strings ({@code com/parkreview/app/ui/ui*.properties}: English base, Chinese
 * {@code _zh}), for FXML ({@code %key}) and for the few sentences the views build.
 */
public final class UiText {

    public static final String BUNDLE = "com.parkreview.app.ui.ui";

    private UiText() {
    }

    public static ResourceBundle bundle() {
        return LocalizedText.bundle(BUNDLE, Locale.getDefault());
    }

    public static LocalizedText of(String key, Object... args) {
        return LocalizedText.inBundle(BUNDLE, key, args);
    }

    /** The variant of the window's language: a sentence the window says otherwise than the command line. */
    public static final String WINDOW_VARIANT = "WINDOW";

    /**
     * The language the window speaks its sentences in: the user's, with the window's variant, under
     * which a sentence shared with the command line names the window's way (the 专家组评分 tab) where
     * the command line's names its command ({@code flags accept}: English words in a Chinese window,
     * a tester's round 17). A sentence with no window variant is the same as the command line's.
     */
    public static Locale locale() {
        // without the country: zh_CN_WINDOW would look for messages_zh_CN_WINDOW, never messages_zh__WINDOW
        // (a tester's round 19 still read "flags accept" in the window of a zh_CN machine)
        return new Locale(Locale.getDefault().getLanguage(), "", WINDOW_VARIANT);
    }

    public static String text(String key, Object... args) {
        return of(key, args).text();
    }

    /**
     * A menu item's text as the title of the window it opens: without its mnemonic ({@code (_C)} in
     * Chinese, the underscore in English) and without the ellipsis that says a window follows.
     */
    public static String title(String menuKey) {
        return text(menuKey).replaceAll("\\(_\\p{Alnum}\\)", "").replace("_", "").replaceAll("(…|\\.\\.\\.)$", "")
                .strip();
    }

    /**
     * A tier in the user's language: in Chinese the programme's own label, as the session's
     * settings name it (优秀, or whatever the programme calls it); in English the known tiers in
     * English (Excellent), any other by its label.
     */
    public static String tierLabel(Tier tier) {
        if (Locale.getDefault().getLanguage().equals(Locale.CHINESE.getLanguage())) {
            return tier.label();
        }
        ResourceBundle strings = bundle();
        String key = "tier." + tier.code();
        return strings.containsKey(key) ? strings.getString(key) : tier.label();
    }

    /** A tier's share as people read it: 100%, 70%, 0%. */
    public static String sharePercent(Tier tier) {
        return number(tier.share().movePointRight(2)) + "%";
    }

    /** A decimal as people write it, whatever its stored scale: 4.5, 12, 0, 40. */
    /** "60 与 80", "50、60 与 80"; "60 and 80" in English. */
    public static String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(text("list.comma"), items.subList(0, items.size() - 1)) + text("list.and")
                + items.get(items.size() - 1);
    }

    public static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

package com.parkreview.app.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The words a window shows in Latin letters, for the check that a Chinese window speaks Chinese:
 * every text drawn (labels, buttons, headers of tabs and columns, dialog headers and contents,
 * table and list rows, field contents) and those shown on demand (prompt texts, menu items,
 * tooltips, the window's title). A word is a run of two or more Latin letters standing alone;
 * codes with digits (A01, E5, 1.1, a USCC such as 91110107MA01R8K521), hexadecimal codes in groups
 * of four (A42E 9ADB BFCE 2757), file names and paths are not words.
 */
public final class ShownWords {

    /**
     * The names a Chinese window may show in Latin letters, each for a reason: the file formats the
     * secretary chooses or is told about by name (PDF, CSV, XLSX, and JSON, the format of the score
     * files and rubric definitions); the product's name (ParkReview) and, in the About
     * box, the names of the software it runs on (Java, JavaFX), as those products call themselves;
     * English, the name of that language in its own words in Help › Language, so that a reader of
     * it finds it; the keys as printed on a Chinese keyboard (Enter, Tab, Shift); the server a
     * programme office runs (PostgreSQL) and the variable its driver reads a password from
     * (PGPASSWORD), named as the administrator sets them up.
     */
    public static final Set<String> ALLOWED = Set.of("PDF", "CSV", "XLSX", "JSON", "ParkReview", "Java", "JavaFX", "English",
            "Enter", "Tab", "Shift", "PostgreSQL", "PGPASSWORD");

    /**
     * A run of letters, digits and the characters of codes, file names and paths; commas without a
     * space join a CSV file's header line as a message quotes it ("code,name,uscc").
     */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-/\\\\:+#,]*|\\.[A-Za-z0-9]+");
    /** Codes in groups of four hexadecimal characters: a key's fingerprint, a sheet's code. */
    private static final Pattern HEX_GROUPS = Pattern.compile("\\b[0-9A-Fa-f]{4}(?:[ -][0-9A-Fa-f]{4}){2,}\\b");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{2,}");

    private ShownWords() {
    }

    /** Each English word the scene shows outside {@link #ALLOWED}, as {@code "word" in "text"}. */
    public static List<String> english(Scene scene) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts(scene)) {
            words(text).forEach(word -> found.add("\"" + word + "\" in \"" + text.replace('\n', ' ') + "\""));
        }
        return List.copyOf(found);
    }

    /** The English words of one text outside {@link #ALLOWED}, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher token = TOKEN.matcher(HEX_GROUPS.matcher(text).replaceAll(" "));
        while (token.find()) {
            String word = token.group().replaceAll("[.,:\\-/+#]+$", ""); // a sentence's full stop
            if (isWord(word) && !ALLOWED.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether a token is a word: letters alone, not a code, a file's extension or a path. */
    private static boolean isWord(String token) {
        return LETTERS.matcher(token).matches();
    }

    /** Every text the scene shows or shows on demand. */
    static List<String> texts(Scene scene) {
        List<String> texts = new ArrayList<>();
        if (scene.getWindow() instanceof Stage stage && stage.getTitle() != null) {
            texts.add(stage.getTitle());
        }
        for (Node node : scene.getRoot().lookupAll("*")) {
            if (!showing(node)) {
                continue;
            }
            if (node instanceof Text text) {
                texts.add(text.getText());
            }
            if (node instanceof Labeled labeled) {
                texts.add(labeled.getText());
            }
            if (node instanceof TextInputControl field) {
                texts.add(field.getPromptText());
            }
            if (node instanceof ComboBoxBase<?> box) {
                texts.add(box.getPromptText());
            }
            if (node instanceof Control control && control.getTooltip() != null) {
                texts.add(control.getTooltip().getText());
            }
            if (node instanceof TabPane tabs) {
                tabs.getTabs().stream().map(Tab::getText).forEach(texts::add);
            }
            if (node instanceof TableView<?> table) {
                columns(table.getColumns()).forEach(texts::add);
            }
            if (node instanceof DialogPane pane) {
                texts.add(pane.getHeaderText());
                texts.add(pane.getContentText());
            }
            if (node instanceof MenuBar bar) {
                bar.getMenus().forEach(menu -> items(menu).forEach(texts::add));
            }
            if (node instanceof MenuButton button) {
                button.getItems().forEach(item -> items(item).forEach(texts::add));
            }
            if (node instanceof Control control && control.getContextMenu() != null) {
                control.getContextMenu().getItems().forEach(item -> items(item).forEach(texts::add));
            }
        }
        texts.removeIf(text -> text == null || text.isBlank());
        return texts;
    }

    private static Stream<String> items(MenuItem item) {
        Stream<String> own = Stream.of(item.getText());
        return item instanceof Menu menu ? Stream.concat(own, menu.getItems().stream().flatMap(ShownWords::items)) : own;
    }

    private static Stream<String> columns(List<? extends TableColumnBase<?, ?>> columns) {
        return columns.stream().flatMap(c -> Stream.concat(Stream.of(c.getText()), columns(c.getColumns())));
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}

package com.parkreview.app.setup;

import com.parkreview.app.AppText;
import com.parkreview.app.files.InputFiles;
import com.parkreview.scoring.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A session's settings as a secretary writes them in a text file — {@code session create
 * --settings FILE}: UTF-8, one {@code key = value} a line, {@code #} begins a comment line (one
 * after a value, behind a space, is refused rather than taken into the value or guessed). The keys
 * are the long option names of {@code session create} (or their Chinese labels). The file is
 * only read as text: each value is then checked exactly as the same option on the command line.
 * A line that is not {@code key = value}, an unknown key or a key given twice refuses the whole
 * file, naming the file, the line, the key and what is allowed.
 */
public final class SessionSettingsFile {

    /** The keys, as the long options of {@code session create} name them, each with its Chinese label. */
    public static final Map<String, String> KEYS = keys();

    /** One setting: the value as written, and where. */
    public record Setting(String key, String value, int line, Path file) {

        /** Where a refused value came from, as its refusal names it: "会议.txt line 4 (budget)". */
        public String where() {
            return AppText.of("settings.where", file.getFileName(), line, key).text();
        }
    }

    private SessionSettingsFile() {
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("name", "名称");
        keys.put("year", "年度");
        keys.put("date", "答辩日期");
        keys.put("venue", "地点");
        keys.put("secretary", "评审秘书");
        keys.put("budget", "预算");
        keys.put("programme", "项目");
        keys.put("cap", "支持上限");
        keys.put("precision", "评分步长");
        keys.put("rule", "汇总规则");
        keys.put("expert-points", "专家总分偏差");
        keys.put("indicator-percent", "指标偏差");
        keys.put("rubric", "评分细则");
        return Collections.unmodifiableMap(keys);
    }

    /** The settings of the file, by key (the long option name); refused whole when any line is wrong. */
    public static Map<String, Setting> read(Path file) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            int equals = text.indexOf('=');
            if (equals <= 0) {
                throw refuse("settings.notKeyValue", file, number, text);
            }
            String typed = text.substring(0, equals).strip();
            String value = text.substring(equals + 1).strip();
            String key = key(typed).orElseThrow(() -> refuse("settings.unknownKey", file, number, typed, allowed()));
            if (value.isEmpty()) {
                throw refuse("settings.noValue", file, number, typed);
            }
            // "name = 2026年第一批  # 石景山" kept the comment in the name (round 15); after any space: an IME's 　 too (round 18)
            if (value.matches("(?s).*[\\s\\p{Z}][#＃].*")) {
                throw refuse("settings.commentAfterValue", file, number, typed, value);
            }
            Setting first = settings.get(key);
            if (first != null) {
                throw refuse("settings.twice", file, number, typed, first.line());
            }
            settings.put(key, new Setting(key, value, number, file));
        }
        return settings;
    }

    private static Optional<String> key(String typed) {
        if (KEYS.containsKey(typed)) {
            return Optional.of(typed);
        }
        return KEYS.entrySet().stream().filter(e -> e.getValue().equals(typed)).map(Map.Entry::getKey).findFirst();
    }

    private static String allowed() {
        return String.join(", ", KEYS.keySet()) + " (" + String.join("、", KEYS.values()) + ")";
    }

    private static List<String> lines(Path file) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(InputFiles.open(file),
                StandardCharsets.UTF_8.newDecoder()))) {
            return in.lines().toList();
        } catch (UncheckedIOException e) {
            throw refuse(e.getCause() instanceof CharacterCodingException ? "settings.notUtf8" : "settings.unreadable", file);
        } catch (InputFiles.NotAnOrdinaryFile e) {
            throw refuse("settings.notAFile", file);
        } catch (IOException e) {
            throw refuse("settings.unreadable", file);
        }
    }

    private static ValidationException refuse(String key, Object... args) {
        return new ValidationException(AppText.of(key, args));
    }
}

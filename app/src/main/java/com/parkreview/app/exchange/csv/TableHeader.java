package com.parkreview.app.exchange.csv;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The header a table must start with: its columns named in English ({@code name,uscc,…}), and
 * optionally in Chinese ({@code 名称,统一社会信用代码,…}), either accepted. Names are compared after
 * surrounding spaces, letter case and full-width forms are set aside, so {@code 申请金额（万元）} and
 * {@code 申请金额(万元)} are the same column.
 */
public record TableHeader(List<String> english, List<String> chinese) {

    public TableHeader {
        english = List.copyOf(english);
        chinese = List.copyOf(chinese);
        if (english.size() != chinese.size()) {
            throw new IllegalArgumentException("a header names each column in both languages");
        }
    }

    /** A header with English names only. */
    public static TableHeader of(List<String> english) {
        return new TableHeader(english, english);
    }

    /** The header as the file wrote it, when it names the columns in one of the two languages. */
    public Optional<List<String>> match(List<String> found) {
        List<String> normal = found.stream().map(TableHeader::normal).toList();
        if (normal.equals(english.stream().map(TableHeader::normal).toList())) {
            return Optional.of(english);
        }
        if (normal.equals(chinese.stream().map(TableHeader::normal).toList())) {
            return Optional.of(chinese);
        }
        return Optional.empty();
    }

    /**
     * The refusal of a header that is neither, naming the columns that are not the table's and those
     * missing (a tester's round 14 had 序号 and 备注 added by the office, and two lists of eleven and
     * nine names to compare by eye).
     */
    public LocalizedText refusal(List<String> found) {
        String written = String.join(",", found);
        LocalizedText said = english.equals(chinese)
                ? AppText.of("csv.header", written, String.join(",", english))
                : AppText.of("csv.headerEither", written, String.join(",", chinese), String.join(",", english));
        List<String> closer = matches(found, chinese) > matches(found, english) ? chinese : english;
        Set<String> expected = closer.stream().map(TableHeader::normal).collect(Collectors.toSet());
        Set<String> present = found.stream().map(TableHeader::normal).collect(Collectors.toSet());
        List<LocalizedText> extra = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (!expected.contains(normal(found.get(i)))) {
                extra.add(found.get(i).isBlank() ? AppText.of("csv.headerUnnamed", i + 1)
                        : AppText.of("csv.headerColumn", found.get(i), i + 1));
            }
        }
        List<LocalizedText> missing = new ArrayList<>();
        for (int c = 0; c < closer.size(); c++) {
            if (!present.contains(normal(closer.get(c)))) { // named as the file names its columns; in Chinese, in Chinese
                missing.add(AppText.of("csv.headerName", closer.get(c), chinese.get(c)));
            }
        }
        if (!extra.isEmpty()) {
            said = AppText.of("csv.headerAlso", said, AppText.of("csv.headerExtra", AppText.list(extra)));
        }
        if (!missing.isEmpty()) {
            said = AppText.of("csv.headerAlso", said, AppText.of("csv.headerMissing", AppText.list(missing)));
        }
        return said;
    }

    private static long matches(List<String> found, List<String> names) {
        Set<String> wanted = names.stream().map(TableHeader::normal).collect(Collectors.toSet());
        return found.stream().map(TableHeader::normal).filter(wanted::contains).count();
    }

    /** The header expected of an empty file, in words. */
    public String expected() {
        return english.equals(chinese) ? String.join(",", english) : String.join(",", chinese);
    }

    private static String normal(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}

package com.parkreview.reports;

import com.parkreview.reports.fill.FilledSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The properties of an exported file (PDF or XLSX): its title, its subject (the kinds of sheet it
 * holds), its author (the session's secretary, when known), the keywords that name every sheet's
 * verification code, and the producer, ParkReview and its version.
 */
public record DocumentInfo(String title, String subject, Optional<String> author, String keywords) {

    /** The producer every file names: {@code ParkReview 园区运营评审 1.0.0}. */
    public static final String PRODUCER = "ParkReview 园区运营评审 " + version();

    public DocumentInfo {
        if (title == null || title.isBlank() || subject == null || keywords == null) {
            throw new IllegalArgumentException("a file needs its title, subject and keywords");
        }
        author = author == null ? Optional.empty() : author.filter(a -> !a.isBlank());
    }

    /**
     * The properties of a file holding these sheets: the subject their titles in print order, each
     * once; the keywords 校验码 and each sheet's code.
     */
    public static DocumentInfo of(String title, Optional<String> author, List<FilledSheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a file holds at least one sheet");
        }
        String subject = sheets.stream().map(s -> s.kind().title()).distinct().collect(Collectors.joining("、"));
        String codes = sheets.stream().map(s -> s.code().value()).distinct().collect(Collectors.joining(" "));
        return new DocumentInfo(title, subject, author, "校验码 " + codes + "; ParkReview; 园区运营评审");
    }

    private static String version() {
        try (InputStream in = DocumentInfo.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

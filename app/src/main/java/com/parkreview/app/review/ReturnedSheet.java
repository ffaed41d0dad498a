package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A sheet an expert signed offline and returns in a score file: every indicator scored, the opinion, when signed. */
public record ReturnedSheet(String applicantCode, List<IndicatorEntry> entries, String opinion, Instant signedAt) {

    public ReturnedSheet {
        if (!Codes.valid(applicantCode)) {
            throw new ValidationException(AppText.of("applicant.code", applicantCode));
        }
        if (signedAt == null || opinion == null) {
            throw new IllegalArgumentException("a returned sheet has its opinion and signing time");
        }
        entries = List.copyOf(entries);
        Set<String> codes = new HashSet<>();
        for (IndicatorEntry entry : entries) {
            if (!codes.add(entry.code())) {
                throw new ValidationException(AppText.of("exchange.indicatorTwice", applicantCode, entry.code()));
            }
            if (entry.score().isEmpty()) {
                throw new ValidationException(AppText.of("exchange.unscored", applicantCode, entry.code()));
            }
        }
    }

    /** The expert total (rule 3): the exact sum of the scores. */
    public BigDecimal total() {
        return entries.stream().map(e -> e.score().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether a stored sheet holds the same scores, comments and opinion. */
    public boolean sameContentAs(ScoreSheet stored) {
        return differencesFrom(stored).isEmpty();
    }

    /** What differs from a stored sheet: indicator codes (score or comment) and {@code opinion}. */
    public List<String> differencesFrom(ScoreSheet stored) {
        List<String> differences = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        stored.entries().forEach(e -> codes.add(e.code()));
        entries.forEach(e -> codes.add(e.code()));
        for (String code : codes) {
            Optional<IndicatorEntry> mine = entries.stream().filter(e -> e.code().equals(code)).findFirst();
            Optional<IndicatorEntry> theirs = stored.entry(code);
            boolean same = mine.isPresent() && theirs.isPresent()
                    && sameScore(mine.get().score().orElseThrow(), theirs.get().score().orElse(null))
                    && mine.get().comment().equals(theirs.get().comment());
            if (!same) {
                differences.add(code);
            }
        }
        if (!opinion.equals(stored.opinion())) {
            differences.add("opinion");
        }
        return differences;
    }

    private static boolean sameScore(BigDecimal mine, BigDecimal theirs) {
        return theirs != null && mine.compareTo(theirs) == 0;
    }
}

package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What an expert returns from a laptop in a score file: the kit it answers, who the expert is,
 * the key the file is signed with, the signed sheets and the declared recusals. The session's
 * name and year are there for people to read; the kit id is what binds the file to a session.
 */
public record ReturnedScores(
        UUID kitId,
        String sessionName,
        int sessionYear,
        String expertCode,
        String expertName,
        ExpertKey key,
        Instant exportedAt,
        List<ReturnedSheet> sheets,
        List<DeclaredRecusal> recusals,
        Optional<HistoryHead> kitHistoryHead,
        Optional<HistoryHead> historyHead,
        Optional<String> kitSha256) {

    public ReturnedScores {
        kitHistoryHead = kitHistoryHead == null ? Optional.empty() : kitHistoryHead;
        historyHead = historyHead == null ? Optional.empty() : historyHead;
        kitSha256 = kitSha256 == null ? Optional.empty() : kitSha256;
        if (kitId == null || sessionName == null || expertName == null || key == null || exportedAt == null) {
            throw new IllegalArgumentException("every part of a score file is required");
        }
        if (!Codes.valid(expertCode)) {
            throw new ValidationException(AppText.of("expert.code", expertCode));
        }
        sheets = List.copyOf(sheets);
        recusals = List.copyOf(recusals);
        Set<String> applicants = new HashSet<>();
        for (String code : Stream.concat(sheets.stream().map(ReturnedSheet::applicantCode),
                recusals.stream().map(DeclaredRecusal::applicantCode)).toList()) {
            if (!applicants.add(code)) {
                throw new ValidationException(AppText.of("exchange.applicantTwice", code));
            }
        }
        if (applicants.isEmpty()) {
            throw new ValidationException(AppText.of("exchange.empty", expertCode));
        }
    }
}

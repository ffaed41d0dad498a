package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What an expert needs to score a session offline, and no more: the session (without its
 * budget), the programme with its rubric, the applicants that go to the panel in defense order
 * (without contacts or amounts), the panel, which of them the expert is, the expert's declared
 * recusals, and the kit's id, by which the expert's score file is later recognised.
 */
public record ExpertKit(
        UUID kitId,
        Instant issuedAt,
        SessionDetails session,
        ProgrammeSettings programme,
        List<NewApplicant> applicants,
        List<NewExpert> panel,
        String expertCode,
        List<DeclaredRecusal> recusals,
        Optional<HistoryHead> historyHead) {

    /** A kit that names no history head (kits of earlier versions). */
    public ExpertKit(UUID kitId, Instant issuedAt, SessionDetails session, ProgrammeSettings programme,
            List<NewApplicant> applicants, List<NewExpert> panel, String expertCode, List<DeclaredRecusal> recusals) {
        this(kitId, issuedAt, session, programme, applicants, panel, expertCode, recusals, Optional.empty());
    }

    public ExpertKit {
        historyHead = historyHead == null ? Optional.empty() : historyHead;
        if (kitId == null || issuedAt == null || session == null || programme == null || expertCode == null) {
            throw new IllegalArgumentException("every part of a kit is required");
        }
        applicants = List.copyOf(applicants);
        panel = List.copyOf(panel);
        recusals = List.copyOf(recusals);
        if (applicants.isEmpty()) {
            throw new ValidationException(AppText.of("kit.noApplicants", session.name()));
        }
        unique(applicants.stream().map(NewApplicant::code).toList(), "kit.applicantTwice");
        unique(applicants.stream().map(a -> a.uscc().value()).toList(), "kit.usccTwice");
        unique(panel.stream().map(NewExpert::code).toList(), "kit.expertTwice");
        unique(recusals.stream().map(DeclaredRecusal::applicantCode).toList(), "kit.recusalTwice");
        if (panel.stream().filter(NewExpert::groupLeader).count() > 1) {
            throw new ValidationException(AppText.of("kit.leaders"));
        }
        String self = expertCode;
        if (panel.stream().noneMatch(e -> e.code().equals(self))) {
            throw new ValidationException(AppText.of("kit.expertNotInPanel", expertCode));
        }
        for (DeclaredRecusal recusal : recusals) {
            if (applicants.stream().noneMatch(a -> a.code().equals(recusal.applicantCode()))) {
                throw new ValidationException(AppText.of("kit.recusalUnknown", recusal.applicantCode()));
            }
        }
    }

    public NewExpert expert() {
        return panel.stream().filter(e -> e.code().equals(expertCode)).findFirst().orElseThrow();
    }

    private static void unique(List<String> codes, String key) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new ValidationException(AppText.of(key, code));
            }
        }
    }
}

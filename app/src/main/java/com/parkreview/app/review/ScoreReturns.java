package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * On the expert's laptop: what the expert's score file returns — every signed sheet and every
 * declared recusal, in defense order — and what is not signed yet, so that the expert is told
 * before handing the file over.
 */
public final class ScoreReturns {

    /** An applicant whose sheet is not in the file: a draft with some indicators scored, or not started. */
    public record NotSigned(String applicantCode, int scored, int indicators) {
    }

    /** The file's content, the key to sign it with, and what is left out because it is not signed. */
    public record Prepared(ReturnedScores scores, String privateKey, List<NotSigned> notSigned) {

        @Override
        public String toString() {
            return "Prepared[" + scores.expertCode() + ", " + scores.sheets().size() + " sheets]";
        }
    }

    private final StoreAccess store;

    public ScoreReturns(StoreAccess store) {
        this.store = store;
    }

    public Prepared prepare() {
        return store.read(s -> {
            ExpertMode mode = s.expertMode().current().orElseThrow(() -> refuse("score.notExpertMode"));
            // the expert's key signs only what the expert's ParkReview wrote (a tester's round 8 had a sheet
            // inserted with H2's shell signed and imported as genuine)
            DataMatchesHistory.require(s, "action.exportScores");
            StoredSession stored = StoredSession.load(s, mode.sessionId());
            Expert expert = ReviewRules.expert(s, mode.expertId());
            List<ReturnedSheet> sheets = new ArrayList<>();
            List<DeclaredRecusal> recusals = new ArrayList<>();
            List<NotSigned> notSigned = new ArrayList<>();
            int indicators = stored.session().settings().rubric().indicators().size();
            for (Applicant applicant : stored.panelApplicants()) {
                Optional<Recusal> recusal = stored.recusals().stream()
                        .filter(r -> r.expertId() == expert.id() && r.applicantId() == applicant.id()).findFirst();
                Optional<ScoreSheet> sheet = stored.currentSheet(expert.id(), applicant.id());
                if (recusal.isPresent()) {
                    recusals.add(new DeclaredRecusal(applicant.code(), recusal.get().reason(),
                            recusal.get().declaredAt()));
                } else if (sheet.isPresent() && sheet.get().status() == SheetStatus.SIGNED) {
                    sheets.add(new ReturnedSheet(applicant.code(), sheet.get().entries(), sheet.get().opinion(),
                            sheet.get().signedAt().orElseThrow()));
                } else {
                    int scored = sheet.map(x -> (int) x.entries().stream().filter(e -> e.score().isPresent()).count())
                            .orElse(0);
                    notSigned.add(new NotSigned(applicant.code(), scored, indicators));
                }
            }
            if (sheets.isEmpty() && recusals.isEmpty()) {
                throw refuse("score.nothingSigned", expert.code());
            }
            ReturnedScores scores = new ReturnedScores(mode.kitId(), stored.session().name(), stored.session().year(),
                    expert.code(), expert.name(), mode.key(), store.clock().instant().truncatedTo(ChronoUnit.SECONDS),
                    sheets, recusals, mode.kitHistoryHead(), s.history().head(), OfflineKits.opened(s, mode.kitId()));
            String privateKey = s.expertMode().privateKey().orElseThrow();
            return new Prepared(scores, privateKey, notSigned);
        });
    }
}

package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The secretary's import of an expert's returned scores, whose signature has been verified. One
 * file is one transaction: all its sheets and recusals, or (when anything is refused) none.
 *
 * <ul>
 *   <li>The kit must have been issued from this database (and for the session named, if one is);
 *       the file must speak for the kit's expert.</li>
 *   <li>The first accepted file pins its key to the expert; later files must carry the same key,
 *       and a key pinned to another expert is refused.</li>
 *   <li>Every sheet goes through rule 2 (range and step of the session) and rule 10 (complete,
 *       with the opinion), as a typed one does; its origin is {@link SheetOrigin#IMPORTED}.</li>
 *   <li>A sheet already there and identical is skipped; one that would replace a different signed
 *       sheet is refused: a changed sheet needs a re-review ordered first ({@link
 *       MergeService#orderReReview}), which supersedes the signed sheet and opens a draft in the
 *       next round; that draft takes the file's sheet only if it was signed after the sheet it
 *       follows. A file signed earlier than the sheet stored is refused with both times.</li>
 * </ul>
 */
public final class ScoreImport {

    private final StoreAccess store;

    public ScoreImport(StoreAccess store) {
        this.store = store;
    }

    /**
     * Imports one file's content. {@code source} describes the file for the history (its name and
     * digest); {@code session}, when given, is the session the secretary means to import into.
     */
    public ImportOutcome importScores(Actor actor, ReturnedScores scores, boolean reReview, Optional<Long> session,
            String source) {
        ImportOutcome outcome = store.write(actor,
                s -> new FileImport(s, scores, reReview, source, store.clock().instant()).run(session));
        store.syncToDisk();
        return outcome;
    }

    /** One file's import inside its transaction. */
    private static final class FileImport {
        private final Store s;
        private final ReturnedScores scores;
        private final boolean reReview;
        private final String reason;
        private final Instant now;
        private final List<String> imported = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        /** Drafts typed at this desk (a paper sheet being entered) that the expert's signed file replaced. */
        private final List<String> draftsReplaced = new ArrayList<>();
        private final List<String> reReviewsAnswered = new ArrayList<>();
        private final List<String> recusals = new ArrayList<>();
        private final List<String> recusalsUnchanged = new ArrayList<>();
        private StoredSession stored;
        private Expert expert;

        FileImport(Store s, ReturnedScores scores, boolean reReview, String source, Instant now) {
            this.s = s;
            this.now = now;
            this.scores = scores;
            this.reReview = reReview;
            this.reason = "imported " + source + " kit=" + scores.kitId() + " key=" + scores.key().fingerprint();
        }

        ImportOutcome run(Optional<Long> session) {
            ExpertModeRules.secretaryOnly(s, "action.importScores");
            session.ifPresent(id -> ReviewRules.session(s, id)); // a mistyped --session is said as such
            IssuedKit kit = s.kits().find(scores.kitId()).orElseThrow(this::unknownKit);
            refuseAnotherKitHead();
            refuseAnotherKitContent();
            ClosedSessions.refuseChange(s, kit.sessionId());
            stored = StoredSession.load(s, kit.sessionId());
            if (session.isPresent() && session.get() != kit.sessionId()) {
                throw refuse("import.otherSession", scores.kitId(), kit.sessionId(), stored.session().name(),
                        session.get());
            }
            expert = ReviewRules.expert(s, kit.expertId());
            if (!expert.code().equals(scores.expertCode())) {
                throw refuse("import.otherExpert", scores.expertCode(), scores.kitId(), expert.code(), expert.name());
            }
            ReturnedTimes.check(scores, now);
            ExpertKeyPin.Pinned pinned = ExpertKeyPin.pin(s, expert, scores.key(), kit);
            scores.recusals().forEach(this::recusal);
            List<String> differing = new ArrayList<>();
            for (ReturnedSheet sheet : scores.sheets()) {
                sheet(sheet).ifPresent(differing::add);
            }
            if (!differing.isEmpty()) {
                throw refuse("import.differs", expert.code(), String.join("; ", differing));
            }
            return new ImportOutcome(expert.code(), expert.name(), kit.sessionId(), scores.key(), pinned.now(),
                    pinned.replaced(), imported,
                    unchanged, reReviewsAnswered, recusals, recusalsUnchanged, draftsReplaced);
        }

        /**
         * A kit not issued here: from another database, or from this one before it was cut back or
         * an older copy put in its place (the kit names a history entry this history does not hold).
         */
        private RuntimeException unknownKit() {
            // a cut is thinkable only where the file's session is: a file of another database is said as such,
            // not with a restore advised (a tester's round 8 was told to restore for a file of another session)
            boolean itsSessionIsHere = s.sessions().list().stream()
                    .anyMatch(x -> x.name().equals(scores.sessionName()) && x.year() == scores.sessionYear());
            if (itsSessionIsHere && scores.kitHistoryHead().filter(head -> !s.history().holds(head)).isPresent()) {
                return refuse("import.unknownKitOrCut", scores.kitId(), scores.kitHistoryHead().get().seq(),
                        newestSeq(), scores.sessionName(), String.valueOf(scores.sessionYear()));
            }
            return refuse("import.unknownKit", scores.kitId(), scores.sessionName(), String.valueOf(scores.sessionYear()));
        }

        /**
         * The kit was issued here, so the history holds where it stood then, and every kit carries
         * that: a file that does not carry it back as it is was not made from this kit as issued (a
         * tester's round 6 changed it, re-signed, and was told to restore a backup of a healthy
         * database; a file without it was taken unchecked).
         */
        private void refuseAnotherKitHead() {
            HistoryHead head = scores.kitHistoryHead().orElseThrow(() -> refuse("import.kitHeadMissing", scores.kitId()));
            if (!s.history().holds(head)) {
                throw refuse("import.kitHeadMismatch", scores.kitId(), head.seq(), newestSeq());
            }
        }

        /**
         * The kit the expert opened must be the kit this database wrote (its canonical JSON): a kit changed
         * on its way to the laptop (a tester's round 8 swapped two applicants' names in one) has the
         * expert score one operator under another's code. Kits written before this check was made
         * are not recorded, and are not compared.
         */
        private void refuseAnotherKitContent() {
            Optional<String> written = OfflineKits.written(s, scores.kitId());
            if (written.isEmpty() && OfflineKits.exportInterrupted(s, scores.kitId())) {
                // what was written cannot be compared: a tester's round 13 changed such a kit and it went in
                throw refuse("import.kitUnconfirmed", scores.kitId(), scores.expertCode());
            }
            if (written.isPresent() && !scores.kitSha256().equals(written)) {
                throw refuse("import.kitChanged", scores.kitId(), scores.expertCode(),
                        scores.kitSha256().map(sha -> sha.substring(0, 12)).orElse("—"), written.get().substring(0, 12));
            }
        }

        private long newestSeq() {
            return s.history().head().map(HistoryHead::seq).orElse(0L);
        }

        private void recusal(DeclaredRecusal recusal) {
            Applicant applicant = panelApplicant(recusal.applicantCode());
            // the rule every reason meets where it is typed (round 23: "……" took E5 off A06's panel through a file)
            TextField.RECUSAL_REASON.fault(recusal.reason()).ifPresent(fault -> {
                throw refuse("import.recusalReason", expert.code(), applicant.code(), fault);
            });
            if (stored.recused(expert.id(), applicant.id())) {
                recusalsUnchanged.add(applicant.code());
                return;
            }
            Optional<ScoreSheet> current = stored.currentSheet(expert.id(), applicant.id());
            if (current.isPresent() && current.get().status() == SheetStatus.SIGNED) {
                throw refuse("import.recusalAfterSigning", expert.code(), applicant.code());
            }
            s.experts().declareRecusal(expert.id(), applicant.id(), recusal.reason(), recusal.declaredAt());
            recusals.add(applicant.code());
        }

        /**
         * Imports one sheet; returns what differs when it would replace a different signed sheet.
         * A draft takes the file's sheet; a draft that opens a re-review round takes only a sheet
         * signed after the round before it (an older file answers the earlier round); a signed
         * sheet is replaced by nothing: a changed sheet needs a re-review ordered first.
         */
        private Optional<String> sheet(ReturnedSheet sheet) {
            Applicant applicant = panelApplicant(sheet.applicantCode());
            if (stored.recused(expert.id(), applicant.id())) {
                throw refuse("import.recusedSheet", expert.code(), applicant.code());
            }
            ReturnedSheetRules.check(stored.session().settings(), expert.code(), sheet);
            Optional<ScoreSheet> current = stored.currentSheet(expert.id(), applicant.id());
            if (current.isEmpty()) {
                requireNoReReview(applicant);
                fill(newSheet(applicant, 1), SheetOrigin.IMPORTED, sheet);
                imported.add(applicant.code());
            } else if (current.get().status() == SheetStatus.DRAFT) {
                Optional<ScoreSheet> answered = earlierRound(current.get());
                if (answered.isPresent()) {
                    requireSignedAfter(sheet, answered.get(), "import.olderThanReReview");
                    reReviewsAnswered.add(applicant.code());
                } else {
                    requireNoReReview(applicant);
                    imported.add(applicant.code());
                }
                if (current.get().origin() != SheetOrigin.IMPORTED && holdsTyping(current.get())) {
                    draftsReplaced.add(applicant.code());
                }
                fill(current.get().id(), current.get().origin(), sheet);
            } else if (current.get().status() == SheetStatus.SIGNED && sheet.sameContentAs(current.get())) {
                unchanged.add(applicant.code());
            } else {
                requireSignedAfter(sheet, current.get(), "import.olderThanStored");
                return Optional.of(applicant.code() + " (" + String.join(", ", sheet.differencesFrom(current.get())) + ")");
            }
            return Optional.empty();
        }

        private static boolean holdsTyping(ScoreSheet draft) {
            return !draft.opinion().isBlank() || draft.entries().stream()
                    .anyMatch(e -> e.score().isPresent() || !e.comment().isBlank());
        }

        /** The superseded sheet of the round before a re-review draft, if the draft is one. */
        private Optional<ScoreSheet> earlierRound(ScoreSheet draft) {
            if (draft.round() == 1) {
                return Optional.empty();
            }
            return s.sheets().forApplicant(draft.applicantId()).stream()
                    .filter(x -> x.expertId() == draft.expertId() && x.round() == draft.round() - 1)
                    .filter(x -> x.status() == SheetStatus.SUPERSEDED).findFirst();
        }

        /**
         * A file signed no later than the sheet it would follow is an older file: refused with both
         * times. Both come from the expert's own laptop, so its clock is compared with itself.
         */
        private void requireSignedAfter(ReturnedSheet sheet, ScoreSheet stored, String key) {
            Instant storedSignature = stored.signedAt().orElse(stored.createdAt());
            if (!sheet.signedAt().isAfter(storedSignature)) {
                throw refuse(key, expert.code(), sheet.applicantCode(), sheet.signedAt().toString(),
                        storedSignature.toString());
            }
        }

        /** {@code --re-review}: the file is meant to answer a re-review, which must then have been ordered. */
        private void requireNoReReview(Applicant applicant) {
            if (reReview) {
                throw refuse("import.noReReviewOrdered", expert.code(), applicant.code());
            }
        }

        private long newSheet(Applicant applicant, int round) {
            ReviewRules.scoringStarted(s, applicant.sessionId());
            return s.sheets().create(expert.id(), applicant.id(), round, SheetOrigin.IMPORTED,
                    List.copyOf(stored.session().settings().rubric().indicatorCodes()), now);
        }

        /** Writes the returned sheet into a draft (as imported) and signs it at the time the expert signed it. */
        private void fill(long sheetId, SheetOrigin origin, ReturnedSheet sheet) {
            if (origin != SheetOrigin.IMPORTED) {
                s.sheets().setOrigin(sheetId, SheetOrigin.IMPORTED);
            }
            for (IndicatorEntry entry : sheet.entries()) {
                s.sheets().setScore(sheetId, entry.code(), entry.score());
                s.sheets().setComment(sheetId, entry.code(), entry.comment());
            }
            s.sheets().setOpinion(sheetId, sheet.opinion());
            s.sheets().setStatus(sheetId, SheetStatus.SIGNED, Optional.of(sheet.signedAt()), reason);
        }

        private Applicant panelApplicant(String code) {
            Applicant applicant = stored.applicantByCode(code).orElseThrow(() -> refuse("import.noApplicant", code,
                    stored.session().name(), String.join(" ", stored.panelApplicants().stream()
                            .map(Applicant::code).toList())));
            if (!applicant.preReview().passed()) {
                throw refuse("rule.notPassed", applicant.code(), applicant.name());
            }
            return applicant;
        }
    }
}

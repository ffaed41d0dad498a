package com.parkreview.app.review;

import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.ApplicantEntry;
import com.parkreview.scoring.session.SessionMerger;
import com.parkreview.scoring.session.SessionResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A session read from the store as the merge needs it. Only applicants that passed pre-review go
 * to the panel. For each of them and each expert, what counts is the expert's recusal, or the
 * expert's sheet of the latest round once it is signed; a draft does not count yet, nor does a
 * sheet typed in from paper until a second person's entry of it matches (see {@link #counts}).
 */
public final class StoredSession {

    private final ReviewSession session;
    private final List<Applicant> applicants;
    private final List<Expert> experts;
    private final List<Recusal> recusals;
    private final List<ScoreSheet> sheets;
    private final Map<Long, Integer> priorSupportYears;
    private final Map<Long, Money> supportThisYear;
    private final Map<Long, PaperCheck> paperChecks;
    private SessionResult merged;
    /** Applicant id → expert id → that expert's sheet of the latest round: the console asks for it per cell. */
    private final Map<Long, Map<Long, ScoreSheet>> current = new HashMap<>();
    /** Applicant id → the experts recused from it. */
    private final Map<Long, Set<Long>> recusedExperts = new HashMap<>();

    public StoredSession(ReviewSession session, List<Applicant> applicants, List<Expert> experts,
            List<Recusal> recusals, List<ScoreSheet> sheets, Map<Long, Integer> priorSupportYears,
            Map<Long, Money> supportThisYear,
            Map<Long, PaperCheck> paperChecks) {
        this.session = session;
        this.applicants = List.copyOf(applicants);
        this.experts = List.copyOf(experts);
        this.recusals = List.copyOf(recusals);
        this.sheets = List.copyOf(sheets);
        this.priorSupportYears = Map.copyOf(priorSupportYears);
        this.supportThisYear = Map.copyOf(supportThisYear);
        this.paperChecks = Map.copyOf(paperChecks);
        for (ScoreSheet sheet : this.sheets) {
            current.computeIfAbsent(sheet.applicantId(), a -> new HashMap<>())
                    .merge(sheet.expertId(), sheet, (a, b) -> b.round() > a.round() ? b : a);
        }
        for (Recusal recusal : this.recusals) {
            recusedExperts.computeIfAbsent(recusal.applicantId(), a -> new HashSet<>()).add(recusal.expertId());
        }
    }

    public ReviewSession session() {
        return session;
    }

    public List<Applicant> applicants() {
        return applicants;
    }

    public List<Expert> experts() {
        return experts;
    }

    public List<Recusal> recusals() {
        return recusals;
    }

    public List<ScoreSheet> sheets() {
        return sheets;
    }

    public Map<Long, Integer> priorSupportYears() {
        return priorSupportYears;
    }

    public Map<Long, PaperCheck> paperChecks() {
        return paperChecks;
    }

    public static StoredSession load(Store store, long sessionId) {
        ReviewSession session = ReviewRules.session(store, sessionId);
        List<Applicant> applicants = store.applicants().list(sessionId);
        List<OperatorSupport> support = store.operatorSupport().forSessionApplicants(sessionId);
        Map<String, List<OperatorSupport>> byName = store.operatorSupport().byNameOfSessionApplicants(sessionId);
        Map<Long, List<OperatorSupport>> own = applicants.stream().collect(Collectors.toMap(Applicant::id,
                a -> ownSupport(a, support, byName)));
        Map<Long, Integer> prior = applicants.stream().collect(Collectors.toMap(Applicant::id,
                a -> (int) own.get(a.id()).stream().filter(o -> o.year() < session.year())
                        .map(OperatorSupport::year).distinct().count()));
        // support of the session's own year recorded elsewhere: another session's closing, or typed in (round 11)
        Map<Long, Money> thisYear = applicants.stream().collect(Collectors.toMap(Applicant::id,
                a -> own.get(a.id()).stream().filter(o -> o.year() == session.year()
                                && !o.sessionId().equals(Optional.of(sessionId)))
                        .map(o -> o.amount().orElse(Money.ZERO)).reduce(Money.ZERO, Money::plus)));
        Map<Long, PaperCheck> paperChecks = store.paperChecks().forSession(sessionId).stream()
                .collect(Collectors.toMap(PaperCheck::sheetId, Function.identity()));
        return new StoredSession(session, applicants, store.experts().list(sessionId),
                store.experts().recusals(sessionId), store.sheets().forSession(sessionId), prior, thisYear, paperChecks);
    }

    /**
     * The support recorded for the applicant's operator: under its credit code, and under any code an
     * operator of its very name applied with (a code changed after the merge is no way past rules 6
     * and 8; round 15), each record once.
     */
    private static List<OperatorSupport> ownSupport(Applicant applicant, List<OperatorSupport> byCode,
            Map<String, List<OperatorSupport>> byName) {
        Set<OperatorSupport> own = new LinkedHashSet<>();
        byCode.stream().filter(o -> o.uscc().equals(applicant.uscc())).forEach(own::add);
        own.addAll(byName.getOrDefault(applicant.name(), List.of()));
        return List.copyOf(own);
    }

    /**
     * Whether a sheet counts for the merge: it is signed and, when it was typed in from paper, a
     * second person's entry of it has the same scores (rule of the double entry).
     */
    public boolean counts(ScoreSheet sheet) {
        if (sheet.status() != SheetStatus.SIGNED) {
            return false;
        }
        return sheet.origin() != SheetOrigin.PAPER
                || Optional.ofNullable(paperChecks.get(sheet.id())).map(c -> PaperComparison.of(sheet, c).matches())
                        .orElse(false);
    }

    /** The applicants that passed pre-review, in defense order. */
    public List<Applicant> panelApplicants() {
        return applicants.stream().filter(a -> a.preReview().passed()).toList();
    }

    public boolean recused(long expertId, long applicantId) {
        return recusedExperts.getOrDefault(applicantId, Set.of()).contains(expertId);
    }

    /** The expert's sheet of the latest round for the applicant, whatever its status. */
    public Optional<ScoreSheet> currentSheet(long expertId, long applicantId) {
        return Optional.ofNullable(current.getOrDefault(applicantId, Map.of()).get(expertId));
    }

    /** The sheets that count for an applicant: recusals and current sheets that count, by expert code. */
    private List<ExpertSheet> countingSheets(Applicant applicant) {
        List<ExpertSheet> counted = new ArrayList<>();
        for (Expert expert : experts) {
            if (recused(expert.id(), applicant.id())) {
                counted.add(recusal(expert, applicant.id()));
                continue;
            }
            currentSheet(expert.id(), applicant.id())
                    .filter(this::counts)
                    .ifPresent(s -> counted.add(s.toExpertSheet(expert.code())));
        }
        return counted;
    }

    /**
     * A recused expert as the merge sees them: a recusal recorded after the expert signed carries the
     * total of the signed sheet it set aside, which the panel must then see and accept.
     */
    public ExpertSheet recusal(Expert expert, long applicantId) {
        return currentSheet(expert.id(), applicantId).filter(s -> s.status() == SheetStatus.SIGNED)
                .map(s -> ExpertSheet.recusalAfterSigning(expert.code(), s.toExpertSheet(expert.code()).total()))
                .orElse(ExpertSheet.recusal(expert.code()));
    }

    /**
     * The experts asked to score the applicant again (复评) whose sheet of the new round does not
     * count yet: not signed, or typed from paper and not yet entered a second time.
     */
    public List<String> awaitingReReview(Applicant applicant) {
        return experts.stream()
                .filter(e -> !recused(e.id(), applicant.id()))
                .filter(e -> currentSheet(e.id(), applicant.id()).filter(s -> s.round() > 1 && !counts(s)).isPresent())
                .map(Expert::code).toList();
    }

    /**
     * The experts of the panel, not recused, whose sheet of the applicant does not count yet and who
     * were not asked for a re-review: no sheet, a draft, or a paper sheet typed in once.
     */
    public List<String> awaitingSheets(Applicant applicant) {
        return experts.stream()
                .filter(e -> !recused(e.id(), applicant.id()))
                .filter(e -> currentSheet(e.id(), applicant.id()).filter(s -> s.round() > 1 || counts(s)).isEmpty())
                .map(Expert::code).toList();
    }

    public List<ApplicantEntry> entries() {
        return panelApplicants().stream()
                .map(a -> new ApplicantEntry(a.code(), a.name(), Optional.of(a.uscc()), a.funding(),
                        priorSupportYears.getOrDefault(a.id(), 0), countingSheets(a), awaitingReReview(a),
                        awaitingSheets(a), supportThisYear.getOrDefault(a.id(), Money.ZERO)))
                .toList();
    }

    /** The merge of the session as read, made once: closing, printing and the flags all ask for it. */
    public SessionResult merge() {
        if (merged == null) {
            merged = new SessionMerger(session.settings()).merge(entries(), session.budget());
        }
        return merged;
    }

    /** The sheets a merge of the applicant rests on, with their scores, in a stable form ({@link SheetsKey}). */
    public String sheetsKey(Applicant applicant) {
        return SheetsKey.of(experts.stream()
                .map(e -> currentSheet(e.id(), applicant.id())
                        .filter(s -> counts(s) && !recused(e.id(), applicant.id())))
                .flatMap(Optional::stream)
                .toList());
    }

    /**
     * Of an applicant's flag records, those found on its current sheets (a resolution holds for the
     * sheets its flag was found on, and for no others).
     */
    public List<FlagRecord> currentFlags(Applicant applicant, List<FlagRecord> records) {
        return records.stream().filter(f -> f.applicantId() == applicant.id()
                && SheetsKey.holdsFor(f.sheetsKey(), flagKey(applicant, f.flagCode()))).toList();
    }

    /**
     * The key a flag of the applicant is recorded with: its sheets, and for a flag that pays past a
     * rule the figures it rests on too (received this year, support recorded this year elsewhere,
     * earlier years), so that its acceptance does not cover other figures.
     */
    public String flagKey(Applicant applicant, String flagCode) {
        String key = sheetsKey(applicant);
        return DeviationFlag.paysPastARule(flagCode) ? SheetsKey.withFigures(key, applicant.receivedThisYear().toWanString()
                + ";" + supportThisYear.getOrDefault(applicant.id(), Money.ZERO).toWanString() + ";"
                + priorSupportYears.getOrDefault(applicant.id(), 0)) : key;
    }

    public Optional<Applicant> applicantByCode(String code) {
        return applicants.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Map<String, Expert> expertsByCode() {
        return experts.stream().collect(Collectors.toMap(Expert::code, Function.identity()));
    }
}

package com.parkreview.app.sheets;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.FlagResolution;
import com.parkreview.app.review.HistoryStamp;
import com.parkreview.app.review.IndicatorEntry;
import com.parkreview.app.review.PaperComparison;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SheetOrigin;
import com.parkreview.app.review.SheetsKey;
import com.parkreview.app.review.SheetStatus;
import com.parkreview.app.review.Store;
import com.parkreview.app.review.StoredSession;
import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.SessionPack;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.RecusalDeclaration;
import com.parkreview.reports.data.Resolution;
import com.parkreview.reports.data.ResolvedFlag;
import com.parkreview.reports.data.ResultsList;
import com.parkreview.reports.data.SessionHeader;
import com.parkreview.reports.data.SignInList;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.deviation.PeriodExceeded;
import com.parkreview.scoring.deviation.SupportedThisYear;
import com.parkreview.scoring.merge.ApplicantResult;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.merge.PanelMerger;
import com.parkreview.scoring.session.SessionResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A stored session as the reports take it: the formal sheets are filled from exactly what the
 * database holds — the signed sheets that count, the superseded ones beside them, the recusals,
 * the flags with their resolutions, the merge.
 */
public final class StoredSheets {

    private final StoredSession stored;
    private final Map<Long, List<FlagRecord>> flags;
    private final LocalDate printDate;
    private final SessionResult result;
    private final String stamp;

    private StoredSheets(StoredSession stored, Map<Long, List<FlagRecord>> flags, LocalDate printDate,
            Optional<HistoryStamp> stamp) {
        this.stored = stored;
        this.flags = flags;
        this.printDate = printDate;
        this.result = stored.merge();
        this.stamp = stamp.map(HistoryStamp::text).orElse("");
    }

    /** @param printDate the date printed when the session has none set */
    public static StoredSheets load(Store store, long sessionId, LocalDate printDate) {
        StoredSession stored = StoredSession.load(store, sessionId);
        Map<Long, List<FlagRecord>> flags = store.flags().forSession(sessionId).stream()
                .collect(Collectors.groupingBy(FlagRecord::applicantId));
        Optional<HistoryStamp> stamp = store.history().head().flatMap(head -> store.history().hashOf(1)
                .map(first -> HistoryStamp.of(head, first)));
        return new StoredSheets(stored, flags, printDate, stamp);
    }

    public StoredSession stored() {
        return stored;
    }

    public SessionResult result() {
        return result;
    }

    public SessionHeader header(int round) {
        var session = stored.session();
        return new SessionHeader(session.name(), session.settings().citation(), session.year(),
                session.date().orElse(printDate), session.details().venue(), round, stamp);
    }

    /** Who the files of the session's sheets are by: its secretary, when named. */
    public Optional<String> author() {
        return stored.session().details().secretaryName();
    }

    /** The properties of a file holding some of the session's sheets, titled with the session's name. */
    public DocumentInfo documentInfo(List<FilledSheet> sheets) {
        return DocumentInfo.of(stored.session().name(), author(), sheets);
    }

    public com.parkreview.reports.data.Applicant applicant(Applicant a) {
        return new com.parkreview.reports.data.Applicant(a.code(), a.name(), a.uscc(), a.defenseOrder());
    }

    public com.parkreview.reports.data.Expert expert(Expert e) {
        return new com.parkreview.reports.data.Expert(e.code(), e.name(), e.organisation(),
                e.role() == ExpertRole.FINANCE ? com.parkreview.reports.data.ExpertRole.FINANCE
                        : com.parkreview.reports.data.ExpertRole.INDUSTRY,
                e.groupLeader(), e.keyFingerprint());
    }

    public List<com.parkreview.reports.data.Expert> panel() {
        return stored.experts().stream().map(this::expert).toList();
    }

    /** An expert's sheet as printed; every indicator must be scored. */
    public com.parkreview.reports.data.ScoreSheet sheet(ScoreSheet sheet) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (IndicatorEntry entry : sheet.entries()) {
            scores.put(entry.code(), entry.score().orElseThrow(() -> new IllegalStateException(
                    "sheet " + sheet.id() + " has no score for " + entry.code() + " and cannot be printed yet")));
            if (!entry.comment().isBlank()) {
                comments.put(entry.code(), entry.comment());
            }
        }
        return new com.parkreview.reports.data.ScoreSheet(applicantCode(sheet.applicantId()),
                expertCode(sheet.expertId()), sheet.round(), status(sheet.status()), scores, comments, sheet.opinion(),
                sheet.signedAt().map(at -> LocalDateTime.ofInstant(at, ZoneId.systemDefault())), paperEntry(sheet));
    }

    /** A paper sheet's entries: both typed and agreeing, or typed once (its second entry awaited or differing). */
    private Optional<String> paperEntry(ScoreSheet sheet) {
        if (sheet.origin() != SheetOrigin.PAPER) {
            return Optional.empty();
        }
        boolean agree = Optional.ofNullable(stored.paperChecks().get(sheet.id()))
                .map(check -> PaperComparison.of(sheet, check).matches()).orElse(false);
        return Optional.of(agree ? "两遍录入一致" : "仅录入一遍或两遍不一致，未核对");
    }

    /** The panel summary of an applicant: the sheets that count, the superseded ones, the flags resolved. */
    public PanelSummary summary(Applicant applicant) {
        ApplicantResult merged = result.row(applicant.code()).orElseThrow().result();
        List<ScoreSheet> counting = counting(applicant);
        List<ScoreSheet> superseded = stored.sheets().stream()
                .filter(s -> s.applicantId() == applicant.id() && s.status() == SheetStatus.SUPERSEDED)
                .filter(old -> counting.stream().anyMatch(c -> c.expertId() == old.expertId() && c.round() > old.round()))
                .toList();
        return new PanelSummary(header(maxRound(counting)), applicant(applicant), applicant.funding(), panel(),
                counting.stream().map(this::sheet).toList(), superseded.stream().map(this::sheet).toList(), merged,
                resolvedFlags(applicant), applicant.jointOpinion());
    }

    /**
     * The header of an applicant's sheets: its round is the latest its counting sheets are in, as
     * its summary says (a blank sheet printed alone said 第1轮 and in the pack 复评（第 2 轮）; round 14).
     */
    public SessionHeader headerOf(Applicant applicant) {
        return header(maxRound(counting(applicant)));
    }

    private List<ScoreSheet> counting(Applicant applicant) {
        List<ScoreSheet> counting = new ArrayList<>();
        for (Expert expert : stored.experts()) {
            stored.currentSheet(expert.id(), applicant.id())
                    .filter(s -> stored.counts(s) && !stored.recused(expert.id(), applicant.id()))
                    .ifPresent(counting::add);
        }
        return counting;
    }

    public ResultsList results() {
        // the latest round any sheet of the session counts in: 复评 said where one was held (round 6 saw 第 1 轮)
        return new ResultsList(header(maxRound(stored.sheets().stream().filter(stored::counts).toList())), result,
                stored.session().settings().annualCap(), handledFlags(), notReviewed());
    }

    /**
     * The applicants not on the ranking, in defense order: not through pre-review, or taken out of the
     * review after the panel scored them (said so, with the sheets signed and the note given).
     */
    private List<ResultsList.NotReviewed> notReviewed() {
        List<ResultsList.NotReviewed> absent = new ArrayList<>();
        for (Applicant a : stored.applicants()) {
            if (a.preReview().passed()) {
                continue;
            }
            String result = a.preReview().reason().map(r -> "初审：" + switch (r) {
                case MATERIALS_INCOMPLETE -> "材料不全";
                case LATE -> "逾期申报";
                case NOT_ELIGIBLE -> "不符合申报条件";
            }).orElse("待初审");
            String note = a.preReview().note().isBlank() ? "" : "；" + a.preReview().note();
            long signed = stored.sheets().stream().filter(x -> x.applicantId() == a.id() && stored.counts(x)).count();
            absent.add(new ResultsList.NotReviewed(a.code(), a.name(), signed == 0 ? result + note
                    : "专家组已评分（签署评分表 " + signed + " 份），其后移出评审，" + result + note));
        }
        return absent;
    }

    /** Each applicant's flags of its current sheets that were resolved, and how (a flag not named is open). */
    private Map<String, Map<String, Resolution.Kind>> handledFlags() {
        Map<String, Map<String, Resolution.Kind>> handled = new HashMap<>();
        for (Applicant applicant : stored.panelApplicants()) {
            for (FlagRecord record : stored.currentFlags(applicant, flags.getOrDefault(applicant.id(), List.of()))) {
                if (record.resolution().isPresent()) {
                    handled.computeIfAbsent(applicant.code(), code -> new HashMap<>()).put(record.flagCode(),
                            record.resolution().get().kind() == FlagResolution.Kind.ACCEPTED ? Resolution.Kind.ACCEPTED
                                    : Resolution.Kind.RE_REVIEW_ORDERED);
                }
            }
        }
        return handled;
    }

    public SignInList signIn() {
        List<RecusalDeclaration> recusals = stored.recusals().stream()
                .map(r -> new RecusalDeclaration(expertCode(r.expertId()),
                        applicant(stored.applicants().stream().filter(a -> a.id() == r.applicantId()).findFirst()
                                .orElseThrow()), r.reason()))
                .toList();
        return new SignInList(header(1), panel(), recusals);
    }

    /** The whole pack: the applicants that went to the panel, in defense order. */
    public SessionPack pack() {
        return new SessionPack(stored.session().settings(), signIn(),
                stored.panelApplicants().stream().map(this::summary).toList(), results());
    }

    /** The applicant's flags that are not about its sheets (its earlier years of support), as the session's merge finds them. */
    private Stream<DeviationFlag> beyondTheSheets(Applicant applicant) {
        return result.row(applicant.code()).stream().flatMap(row -> row.result().flags().stream())
                .filter(f -> f instanceof PeriodExceeded || f instanceof SupportedThisYear);
    }

    /**
     * Each resolved flag of the applicant, rebuilt from the sheets it was found on (kept, even
     * when superseded since), with its resolution.
     */
    private List<ResolvedFlag> resolvedFlags(Applicant applicant) {
        List<ResolvedFlag> resolved = new ArrayList<>();
        PanelMerger merger = new PanelMerger(stored.session().settings());
        for (FlagRecord record : flags.getOrDefault(applicant.id(), List.of())) {
            List<ScoreSheet> found = sheetsOf(SheetsKey.ids(record.sheetsKey()));
            if (record.resolution().isEmpty() || !SheetsKey.stillHolds(record.sheetsKey(), found)) {
                continue; // open, or about scores changed since: what was accepted is no longer there
            }
            List<ExpertSheet> asMerged = new ArrayList<>();
            Set<Long> withSheet = found.stream().map(ScoreSheet::expertId).collect(Collectors.toSet());
            for (Expert expert : stored.experts()) {
                if (stored.recused(expert.id(), applicant.id())) {
                    asMerged.add(stored.recusal(expert, applicant.id()));
                } else if (withSheet.contains(expert.id())) {
                    found.stream().filter(s -> s.expertId() == expert.id()).findFirst()
                            .ifPresent(s -> asMerged.add(s.toExpertSheet(expert.code())));
                }
            }
            Optional<DeviationFlag> flag = Stream.concat(
                            merger.merge(applicant.code(), asMerged, applicant.funding()).flags().stream(),
                            beyondTheSheets(applicant)) // the operator's earlier years, found by the session's merge
                    .filter(f -> f.code().equals(record.flagCode())).findFirst();
            FlagResolution resolution = record.resolution().get();
            flag.ifPresent(f -> resolved.add(new ResolvedFlag(f, maxRound(found),
                    resolution.kind() == FlagResolution.Kind.ACCEPTED
                            ? Resolution.accepted(resolution.reason())
                            : Resolution.reReviewOrdered(resolution.reason()))));
        }
        return resolved;
    }

    private List<ScoreSheet> sheetsOf(Set<Long> ids) {
        return stored.sheets().stream().filter(s -> ids.contains(s.id())).toList();
    }

    private static int maxRound(List<ScoreSheet> sheets) {
        return sheets.stream().mapToInt(ScoreSheet::round).max().orElse(1);
    }

    private String applicantCode(long id) {
        return stored.applicants().stream().filter(a -> a.id() == id).findFirst().orElseThrow().code();
    }

    private String expertCode(long id) {
        return stored.experts().stream().filter(e -> e.id() == id).findFirst().orElseThrow().code();
    }

    private static com.parkreview.reports.data.SheetStatus status(SheetStatus status) {
        return com.parkreview.reports.data.SheetStatus.valueOf(status.name());
    }
}

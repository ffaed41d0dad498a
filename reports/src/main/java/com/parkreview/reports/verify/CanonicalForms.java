package com.parkreview.reports.verify;

import com.parkreview.reports.data.Applicant;
import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.PanelSummary;
import com.parkreview.reports.data.RecusalDeclaration;
import com.parkreview.reports.data.ResultsList;
import com.parkreview.reports.data.ScoreSheet;
import com.parkreview.reports.data.SessionHeader;
import com.parkreview.reports.data.SignInList;
import com.parkreview.scoring.deviation.DeviationFlag;
import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.session.AgreementFigures;
import com.parkreview.scoring.session.RankedApplicant;

/**
 * The canonical content of each kind of sheet: what its verification code covers. Every sheet
 * has {@code format}, {@code kind} and the session's {@code session.*} lines; then, by kind:
 *
 * <ul>
 *   <li>{@code blank-sheet}: {@code applicant.*} and the rubric ({@code rubric.name},
 *       {@code indicator.<code>.max}, {@code indicator.<code>.text});</li>
 *   <li>{@code expert-sheet}: as the blank sheet, plus {@code expert.<id>.*}, {@code sheet.round},
 *       {@code score.<code>}, {@code comment.<code>}, {@code opinion};</li>
 *   <li>{@code panel-summary}: {@code applicant.*}, every panel member {@code expert.<id>.*}
 *       ({@code .recused=true} where the expert recused), each current sheet as
 *       {@code sheet.<expert>.round}, {@code score.<expert>.<code>}, {@code comment.<expert>.<code>},
 *       {@code opinion.<expert>}, each superseded one the same under
 *       {@code superseded.<expert>.<round>.}, the means {@code mean.<code>}, the outcome
 *       {@code panel.score|tier|share|cap|amount}, {@code funding.applied|received}, the flags
 *       {@code flag.<round>.<flag>=<accepted|re_review|open>} with {@code .text} (the resolution's
 *       words; {@code :} of a flag code written {@code .}), and {@code joint_opinion};</li>
 *   <li>{@code results}: {@code budget}, {@code total}, per applicant {@code row.<id>.rank|name|uscc|
 *       experts|score|tier|share|amount|running|over_budget|period_exceeded}, and the agreement
 *       figures {@code agreement.icc_single|icc_average|kendall_w};</li>
 *   <li>{@code sign-in}: every {@code expert.<id>.*} and each recusal as
 *       {@code recusal.<expert>.<applicant>.reason|name|uscc}.</li>
 * </ul>
 *
 * Status and signing time of a sheet are not covered: signing electronically does not change
 * what the paper says. Money is in 万元.
 */
public final class CanonicalForms {

    /** The version of this canonical form; a change of form changes it. */
    public static final String FORMAT = "parkreview-sheet-1";

    private CanonicalForms() {
    }

    public static CanonicalContent blankSheet(SessionHeader header, Rubric rubric, Applicant applicant) {
        CanonicalContent content = common("blank-sheet", header);
        applicant(content, applicant);
        rubric(content, rubric);
        return content;
    }

    public static CanonicalContent expertSheet(SessionHeader header, Rubric rubric, Applicant applicant,
            Expert expert, ScoreSheet sheet) {
        CanonicalContent content = common("expert-sheet", header);
        applicant(content, applicant);
        rubric(content, rubric);
        expert(content, expert);
        content.put("sheet.round", sheet.round());
        sheet.scores().forEach((code, score) -> content.put("score." + code, score));
        sheet.comments().forEach((code, comment) -> content.put("comment." + code, comment));
        content.put("opinion", sheet.opinion());
        return content;
    }

    public static CanonicalContent panelSummary(PanelSummary summary) {
        CanonicalContent content = common("panel-summary", summary.header());
        applicant(content, summary.applicant());
        for (Expert expert : summary.panel()) {
            expert(content, expert);
            if (summary.recused(expert.id())) {
                content.put("expert." + expert.id() + ".recused", true);
            }
        }
        for (ScoreSheet sheet : summary.sheets()) {
            sheetLines(content, "", sheet);
        }
        for (ScoreSheet old : summary.superseded()) {
            sheetLines(content, "superseded." + old.expertId() + "." + old.round() + ".", old);
        }
        summary.result().indicatorMeans().forEach((code, mean) -> content.put("mean." + code, mean));
        summary.result().outcome().ifPresent(outcome -> outcome(content, outcome));
        summary.funding().appliedFor().ifPresent(applied -> content.put("funding.applied", applied));
        content.put("funding.received", summary.funding().receivedThisYear());
        int round = summary.currentRound();
        for (DeviationFlag flag : summary.result().flags()) {
            String key = "flag." + round + "." + flagKey(flag);
            var resolution = summary.resolutionOf(flag, round);
            content.put(key, resolution.map(r -> r.kind().code()).orElse("open"));
            resolution.ifPresent(r -> content.put(key + ".text", r.text()));
        }
        summary.resolutions().stream().filter(r -> r.round() != round).forEach(r -> {
            String key = "flag." + r.round() + "." + flagKey(r.flag());
            content.put(key, r.resolution().kind().code());
            content.put(key + ".text", r.resolution().text());
        });
        content.put("joint_opinion", summary.jointOpinion());
        return content;
    }

    public static CanonicalContent results(ResultsList results) {
        CanonicalContent content = common("results", results.header());
        results.result().budget().ifPresent(budget -> content.put("budget", budget));
        content.put("cap", results.annualCap());
        content.put("total", results.result().totalProposed());
        for (RankedApplicant row : results.result().rows()) {
            String key = "row." + row.applicant().id() + ".";
            row.rank().ifPresent(rank -> content.put(key + "rank", rank));
            content.put(key + "name", row.applicant().name());
            row.applicant().uscc().ifPresent(uscc -> content.put(key + "uscc", uscc.value()));
            content.put(key + "experts", row.result().validExperts());
            row.applicant().funding().appliedFor().ifPresent(applied -> content.put(key + "applied", applied));
            content.put(key + "received", row.applicant().funding().receivedThisYear());
            row.result().outcome().ifPresent(outcome -> {
                content.put(key + "score", outcome.panelScore());
                content.put(key + "tier", outcome.tier().code());
                content.put(key + "tier_name", outcome.tier().label());
                content.put(key + "base", outcome.applicantCap());
                content.put(key + "share", outcome.share());
                content.put(key + "amount", outcome.amount());
            });
            row.runningTotal().ifPresent(running -> content.put(key + "running", running));
            content.put(key + "over_budget", row.overBudget());
            content.put(key + "period_exceeded", row.periodExceeded());
        }
        AgreementFigures agreement = results.result().agreement();
        agreement.totals().single().ifPresent(v -> content.put("agreement.icc_single", v));
        agreement.totals().average().ifPresent(v -> content.put("agreement.icc_average", v));
        agreement.kendallW().ifPresent(v -> content.put("agreement.kendall_w", v));
        return content;
    }

    public static CanonicalContent signIn(SignInList list) {
        CanonicalContent content = common("sign-in", list.header());
        list.experts().forEach(expert -> expert(content, expert));
        for (RecusalDeclaration recusal : list.recusals()) {
            String key = "recusal." + recusal.expertId() + "." + recusal.applicant().id() + ".";
            content.put(key + "reason", recusal.reason());
            content.put(key + "name", recusal.applicant().name());
            content.put(key + "uscc", recusal.applicant().uscc().value());
        }
        return content;
    }

    private static CanonicalContent common(String kind, SessionHeader header) {
        return new CanonicalContent()
                .put("format", FORMAT)
                .put("kind", kind)
                .put("session.name", header.sessionName())
                .put("session.programme", header.citation())
                .put("session.year", header.year())
                .put("session.date", header.date().toString())
                .put("session.venue", header.venue())
                .put("session.round", header.round());
    }

    private static void applicant(CanonicalContent content, Applicant applicant) {
        content.put("applicant.id", applicant.id())
                .put("applicant.name", applicant.name())
                .put("applicant.uscc", applicant.uscc().value())
                .put("applicant.order", applicant.defenseOrder());
    }

    private static void rubric(CanonicalContent content, Rubric rubric) {
        content.put("rubric.name", rubric.name());
        for (Indicator indicator : rubric.indicators()) {
            content.put("indicator." + indicator.code() + ".max", indicator.max());
            content.put("indicator." + indicator.code() + ".text", indicator.fullText());
        }
    }

    private static void expert(CanonicalContent content, Expert expert) {
        String key = "expert." + expert.id() + ".";
        content.put(key + "name", expert.name())
                .put(key + "organisation", expert.organisation())
                .put(key + "role", expert.role().code())
                .put(key + "leader", expert.groupLeader());
        expert.keyFingerprint().ifPresent(fingerprint -> content.put(key + "key", fingerprint));
    }

    private static void sheetLines(CanonicalContent content, String prefix, ScoreSheet sheet) {
        String expert = sheet.expertId();
        String scoreKey = prefix.isEmpty() ? "score." + expert + "." : prefix + "score.";
        String commentKey = prefix.isEmpty() ? "comment." + expert + "." : prefix + "comment.";
        content.put(prefix.isEmpty() ? "sheet." + expert + ".round" : prefix + "round", sheet.round());
        sheet.scores().forEach((code, score) -> content.put(scoreKey + code, score));
        sheet.comments().forEach((code, comment) -> content.put(commentKey + code, comment));
        content.put(prefix.isEmpty() ? "opinion." + expert : prefix + "opinion", sheet.opinion());
    }

    private static void outcome(CanonicalContent content, PanelOutcome outcome) {
        content.put("panel.score", outcome.panelScore())
                .put("panel.tier", outcome.tier().code())
                .put("panel.share", outcome.share())
                .put("panel.cap", outcome.applicantCap())
                .put("panel.amount", outcome.amount());
    }

    private static String flagKey(DeviationFlag flag) {
        return flag.code().replace(':', '.');
    }
}

package com.parkreview.app.exchange.results;

import com.parkreview.scoring.merge.PanelOutcome;
import com.parkreview.scoring.session.RankedApplicant;
import com.parkreview.scoring.session.SessionResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import com.parkreview.app.exchange.csv.CsvLine;

/**
 * The ranked results as CSV: {@code rank,applicant,name,experts,panel_score,tier,share,amount_wan,flags}.
 * Incomplete rows have an empty rank, score, share and amount and the tier {@code incomplete}. In
 * Chinese, the head row and the tiers are in words.
 */
public final class ResultsCsvWriter {

    public static final List<String> HEADER =
            List.of("rank", "applicant", "name", "experts", "panel_score", "tier", "share", "amount_wan", "flags");
    public static final String INCOMPLETE = "incomplete";

    private ResultsCsvWriter() {
    }

    /** The same columns headed in Chinese, for a secretary who reads the table (round 14 read English codes). */
    public static final List<String> CHINESE_HEADER =
            List.of("排名", "编号", "申报单位", "有效专家", "专家组评分", "档次", "支持比例", "拟支持金额（万元）", "标记");
    public static final String CHINESE_INCOMPLETE = "未完成";

    public static void write(SessionResult result, Writer out) throws IOException {
        write(result, out, false);
    }

    /**
     * The table, in Chinese when {@code chinese}: the head row and the tiers in words (优秀, 良好,
     * 不合格, 未完成); the columns, the figures and the flags' codes are the same either way.
     */
    public static void write(SessionResult result, Writer out, boolean chinese) throws IOException {
        out.write(CsvLine.of(chinese ? CHINESE_HEADER : HEADER));
        for (RankedApplicant row : result.rows()) {
            Optional<PanelOutcome> outcome = row.result().outcome();
            out.write(CsvLine.of(List.of(
                    row.rank().isPresent() ? String.valueOf(row.rank().getAsInt()) : "",
                    row.applicant().id(),
                    row.applicant().name(),
                    String.valueOf(row.result().validExperts()),
                    outcome.map(o -> o.panelScore().toPlainString()).orElse(""),
                    outcome.map(o -> chinese ? o.tier().label() : o.tier().code())
                            .orElse(chinese ? CHINESE_INCOMPLETE : INCOMPLETE),
                    outcome.map(o -> o.tier().shareText()).orElse(""),
                    outcome.map(o -> o.amount().toWanString()).orElse(""),
                    String.join(";", row.flagCodes()))));
        }
    }
}

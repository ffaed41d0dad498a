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
 * Incomplete rows have an empty rank, score, share and amount and the tier {@code incomplete}.
 */
public final class ResultsCsvWriter {

    public static final List<String> HEADER =
            List.of("rank", "applicant", "name", "experts", "panel_score", "tier", "share", "amount_wan", "flags");
    public static final String INCOMPLETE = "incomplete";

    private ResultsCsvWriter() {
    }

    public static void write(SessionResult result, Writer out) throws IOException {
        out.write(CsvLine.of(HEADER));
        for (RankedApplicant row : result.rows()) {
            Optional<PanelOutcome> outcome = row.result().outcome();
            out.write(CsvLine.of(List.of(
                    row.rank().isPresent() ? String.valueOf(row.rank().getAsInt()) : "",
                    row.applicant().id(),
                    row.applicant().name(),
                    String.valueOf(row.result().validExperts()),
                    outcome.map(o -> o.panelScore().toPlainString()).orElse(""),
                    outcome.map(o -> o.tier().code()).orElse(INCOMPLETE),
                    outcome.map(o -> o.tier().shareText()).orElse(""),
                    outcome.map(o -> o.amount().toWanString()).orElse(""),
                    String.join(";", row.flagCodes()))));
        }
    }
}

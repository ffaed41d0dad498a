package com.parkreview.app.laptop;

import com.parkreview.app.exchange.score.ScoreFile;
import com.parkreview.app.files.ResultFile;
import com.parkreview.app.review.ScoreReturns;
import com.parkreview.app.review.StoreAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Use case: on the expert's laptop, write the expert's signed sheets and recusals as a signed
 * score file for the secretary — the one implementation behind File › Export my scores and
 * {@code score export}. Sheets not signed yet are not in the file; the result lists them. The
 * file is written whole, and a write that fails is refused naming it.
 */
public final class ExportScores {

    private ExportScores() {
    }

    /** Writes the score file; what went into it, and what did not, for the caller to tell. */
    public static ScoreReturns.Prepared export(StoreAccess store, Path file) {
        ResultFile.checkEnding(file, ScoreFile.EXTENSION, "files.aScoreFile", "E1" + ScoreFile.EXTENSION);
        ScoreReturns.Prepared prepared = new ScoreReturns(store).prepare();
        String text = ScoreFile.write(prepared.scores(), prepared.privateKey());
        ResultFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return prepared;
    }
}

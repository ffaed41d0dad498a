package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.results.MergeResults;
import com.parkreview.app.results.ResultsStanding;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionSetup;

/** The database open in the window and the services working on it. */
public record Workspace(Database database, ScoringService scoring, SessionSetup setup, MergeService merge) {

    /** The secretary's merge (汇总), recorded. */
    public MergeResults mergeResults() {
        return new MergeResults(database, merge);
    }

    /** Whether a session's results are still those of its last merge. */
    public ResultsStanding resultsStanding() {
        return new ResultsStanding(database);
    }

    public static Workspace on(Database database) {
        return new Workspace(database, new ScoringService(database), new SessionSetup(database),
                new MergeService(database));
    }
}

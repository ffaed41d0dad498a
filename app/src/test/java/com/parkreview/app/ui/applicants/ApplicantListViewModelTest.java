package com.parkreview.app.ui.applicants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.FlagRecord;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.TestSessions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tester's round 24 ordered E4 to score A02 again with a question; E4's list said "draft", the
 * form was blank, and nothing said it was a re-review or what the secretary asked.
 */
@InLocale("zh")
class ApplicantListViewModelTest {

    @TempDir
    Path dir;

    private Database db;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aReReviewIsSaidWithItsRoundAndTheSecretarysQuestion() {
        db = TestSessions.freshDatabase(dir);
        TestSessions.Ids ids = TestSessions.session(db, 1, 5);
        for (int e = 1; e <= 5; e++) {
            TestSessions.signedSheet(db, ids.expert(e), ids.applicant(1), e == 5 ? "60" : "85");
        }
        MergeService merge = new MergeService(db);
        merge.mergeAndRecordFlags(TestSessions.SECRETARY, ids.session());
        FlagRecord outlier = merge.openFlags(ids.applicant(1)).stream()
                .filter(f -> f.flagCode().equals("expert_outlier:E5")).findFirst().orElseThrow();
        merge.orderReReview(TestSessions.SECRETARY, outlier.id(), Optional.of(ids.expert(5)), "请重点复核入驻企业数据");

        ApplicantListViewModel.Row e5 = new ApplicantListViewModel(db, ids.session(), ids.expert(5)).rows().get(0);
        assertEquals(ApplicantListViewModel.SheetProgress.RE_REVIEW, e5.progress());
        assertEquals("复评（第 2 轮），尚未签署。秘书请您重点查看：请重点复核入驻企业数据", e5.progressText());

        ApplicantListViewModel.Row e1 = new ApplicantListViewModel(db, ids.session(), ids.expert(1)).rows().get(0);
        assertEquals("已签署", e1.progressText(), "the others' sheets stand");

        TestSessions.signedSheet(db, ids.expert(5), ids.applicant(1), "84");
        assertEquals("已签署", new ApplicantListViewModel(db, ids.session(), ids.expert(5)).rows().get(0).progressText());
    }
}

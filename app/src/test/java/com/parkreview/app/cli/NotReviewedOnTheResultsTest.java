package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
import com.parkreview.app.testing.PdfText;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results list is of all applicants (DOMAIN, reports): a tester's round 14 failed one at
 * pre-review and looked for it on the list in vain. It is named under the table, with why.
 */
class NotReviewedOnTheResultsTest {

    @TempDir
    Path dir;

    @Test
    void anApplicantFailedAtPreReviewIsNamedUnderTheResultsTable() throws Exception {
        String db = DemoCopy.placed(dir).toString();
        String uscc = "91110107MA0777777" + UnifiedSocialCreditCode.checkCharacter("91110107MA0777777");
        Path late = Files.writeString(dir.resolve("late.csv"),
                "code,name,uscc,contact_person,contact_phone,applied_wan,received_wan,defense_order,slot\n"
                        + "A07,北京晚到园区运营有限公司," + uscc + ",,,1000,,,\n");
        CommandRun added = CommandRun.of("applicants", "import", "--db", db, "--session", "1", late.toString());
        assertEquals(0, added.status(), added.err());
        CommandRun failed = CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--fail", "A07",
                "--because", "late");
        assertEquals(0, failed.status(), failed.err());
        assertEquals(0, CommandRun.of("merge", "--db", db, "--session", "1", "--record").status());

        Path results = dir.resolve("results.pdf");
        CommandRun report = CommandRun.of("report", "--db", db, "--session", "1", "--sheet", "results", "--out",
                results.toString());
        assertEquals(0, report.status(), report.err());
        String text = PdfText.of(results).replaceAll("\\s+", "");
        assertTrue(text.contains("未列入上表的申报单位1家：A07北京晚到园区运营有限公司（初审：逾期申报）。"), text);
    }

    /**
     * A tester's round 18 failed A01 at pre-review after the panel had scored it (5 signed sheets,
     * ranked first): the list said it was never taken to the panel. It says it was scored, then taken
     * out, and why.
     */
    @Test
    void anApplicantTakenOutAfterThePanelScoredItIsSaidToHaveBeenScored() throws Exception {
        String db = DemoCopy.placed(dir).toString();
        CommandRun out = CommandRun.of("applicants", "prereview", "--db", db, "--session", "1", "--fail", "A01",
                "--because", "not-eligible", "--note", "经核实不符合申报条件");
        assertEquals(0, out.status(), out.err());
        assertEquals(0, CommandRun.of("merge", "--db", db, "--session", "1", "--record").status());
        Path results = dir.resolve("results.pdf");
        assertEquals(0, CommandRun.of("report", "--db", db, "--session", "1", "--sheet", "results", "--out",
                results.toString()).status());
        String text = PdfText.of(results).replaceAll("\\s+", "");
        assertTrue(text.matches("(?s).*A01[^；。]*（专家组已评分（签署评分表\\d+份），其后移出评审，初审：不符合申报条件；经核实不符合申报条件）.*"),
                text);
    }
}

package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.testing.DemoCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round 27: {@code report --sheet pack} to a full disk said "nothing was written there", and the
 * database had gained 37 sheets recorded as printed and 75 history entries for a file that never
 * was; {@code verify-sheet} then confirmed one of their codes. A sheet's code is now recorded once
 * its file is whole on the disk and before it takes its name: a write that fails records nothing.
 */
class ReportNotWrittenTest {

    private static final Pattern ENTRIES = Pattern.compile("(\\d+) entries checked");

    @TempDir
    Path dir;

    @Test
    void aSheetFileThatCannotBeWrittenRecordsNothing() throws Exception {
        Path db = DemoCopy.placed(dir);
        int before = entries(db);
        // a name the file system takes, but not with the temporary file's suffix: the write fails before the file is whole
        Path tooLong = dir.resolve("结果" + "表".repeat(80) + ".pdf");

        CommandRun failed = CommandRun.of("--lang", "en", "report", "--db", db.toString(), "--session", "1",
                "--sheet", "results", "--out", tooLong.toString());

        assertEquals(ExitCodes.REFUSED, failed.status(), failed.out() + failed.err());
        assertTrue(failed.err().contains("its name is too long for the file system"), failed.err());
        assertFalse(Files.exists(tooLong));
        assertEquals(before, entries(db), "no sheet recorded as printed for a file never written");

        Path written = dir.resolve("results.pdf");
        CommandRun report = CommandRun.of("report", "--db", db.toString(), "--session", "1", "--sheet", "results",
                "--out", written.toString());
        assertEquals(ExitCodes.OK, report.status(), report.out() + report.err());
        assertTrue(Files.size(written) > 1000);
        assertTrue(entries(db) > before, "the sheet written is recorded");
        String code = report.out().strip().substring(report.out().strip().lastIndexOf(' ') + 1);
        CommandRun check = CommandRun.of("--lang", "en", "verify-sheet", code, "--db", db.toString());
        assertEquals(ExitCodes.OK, check.status(), check.out() + check.err());
    }

    /**
     * Round 28: {@code report --each} recorded all 37 codes before writing any file, and when the
     * second file could not be written said so of that file alone. Each file's code is recorded as
     * it is written, and the refusal says how many were written before it.
     */
    @Test
    void eachFileIsRecordedAsItIsWrittenAndAFailureSaysHowManyWere() throws Exception {
        Path db = DemoCopy.placed(dir);
        int before = entries(db);
        Path folder = Files.createDirectories(dir.resolve("sheets"));
        Files.createDirectory(folder.resolve("002_评分表_A01.pdf")); // the second file cannot be written: a folder in its place

        CommandRun failed = CommandRun.of("--lang", "en", "report", "--db", db.toString(), "--session", "1",
                "--sheet", "pack", "--each", "--out", folder.toString());

        assertEquals(ExitCodes.REFUSED, failed.status(), failed.out() + failed.err());
        assertTrue(failed.err().contains("002_评分表_A01.pdf") && failed.err().contains(" 1 of the ") && failed.err().contains(" files were written before it"),
                failed.err());
        assertTrue(Files.isRegularFile(folder.resolve("001_专家签到表.pdf")));
        int afterOne = entries(db);
        assertTrue(afterOne > before, "the file written is recorded");

        Files.delete(folder.resolve("002_评分表_A01.pdf"));
        CommandRun all = CommandRun.of("report", "--db", db.toString(), "--session", "1", "--sheet", "pack", "--each",
                "--out", folder.toString());
        assertEquals(ExitCodes.OK, all.status(), all.out() + all.err());
        assertTrue(entries(db) > afterOne, "those not written before were not recorded then");
    }

    private static int entries(Path db) {
        CommandRun verify = CommandRun.of("--lang", "en", "verify", "--db", db.toString());
        Matcher count = ENTRIES.matcher(verify.out());
        assertTrue(count.find() && verify.status() == ExitCodes.OK, verify.out() + verify.err());
        return Integer.parseInt(count.group(1));
    }
}

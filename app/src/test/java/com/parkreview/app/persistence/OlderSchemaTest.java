package com.parkreview.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.IndicatorEntry;
import com.parkreview.app.review.Material;
import com.parkreview.app.review.MaterialItem;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.SheetStatus;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written by an earlier version of the schema opens, is migrated (after a backup), and
 * keeps every score. {@code fixtures/schema-v1.mv.db} holds the demonstration session as schema
 * version 1 wrote it (see {@link SchemaFixture}); it is never rewritten.
 */
class OlderSchemaTest {

    @TempDir
    Path dir;

    @Test
    void versionOneFileOpensMigratesAndKeepsEveryScore() throws Exception {
        Files.copy(Path.of("src/test/resources/fixtures/schema-v1.mv.db"), dir.resolve("old.mv.db"));
        try (Database db = Database.open(DatabaseFile.of(dir.resolve("old")), OpenOptions.existing())) {
            List<ScoreSheet> sheets = db.read(s -> s.sheets().forSession(1));
            List<BigDecimal> scores = sheets.stream().flatMap(s -> s.entries().stream())
                    .map(IndicatorEntry::score).flatMap(Optional::stream).toList();
            assertEquals(27, sheets.size());
            assertEquals(24, sheets.stream().filter(s -> s.status() == SheetStatus.SIGNED).count());
            assertEquals(344, scores.size());
            assertEquals(0, new BigDecimal("1819.5").compareTo(scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));

            Applicant a03 = db.read(s -> s.applicants().findByCode(1, "A03")).orElseThrow();
            Expert e5 = db.read(s -> s.experts().findByCode(1, "E5")).orElseThrow();
            ScoreSheet outlier = db.read(s -> s.sheets().current(e5.id(), a03.id())).orElseThrow();
            assertEquals(0, new BigDecimal("46").compareTo(outlier.total()));
            assertTrue(db.read(s -> s.history().verify()).intact());
            assertEquals(484, db.read(s -> s.history().latest(10_000)).size(), "the entries of version 1");
            assertEquals(484L + 423 + 1, (long) db.read(s -> s.history().count()),
                    "and one baseline per row held, the session's row again with version 6's columns");
            assertEquals(Optional.empty(), db.read(s -> s.expertMode().current()), "version 2's tables are there");
            assertEquals(List.of(), db.read(s -> s.paperChecks().forSession(1)));
        }
    }

    /** Its sheets printed the programme's name where the citation now stands: migrated, they still do. */
    @Test
    void versionOneSessionCitesWhatItsSheetsPrinted() throws Exception {
        Files.copy(Path.of("src/test/resources/fixtures/schema-v1.mv.db"), dir.resolve("old.mv.db"));
        try (Database db = Database.open(DatabaseFile.of(dir.resolve("old")), OpenOptions.existing())) {
            ReviewSession session = db.read(s -> s.sessions().find(1)).orElseThrow();
            assertEquals("石景山区人形机器人产业发展支持办法 · 支持产业运营（第七条）", session.settings().name());
            assertEquals(session.settings().name(), session.settings().citation());
            assertEquals("", session.details().secretary());
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }

    @Test
    void versionOneFileKeepsItsSessionAndGainsVersionThreesTablesEmpty() throws Exception {
        Files.copy(Path.of("src/test/resources/fixtures/schema-v1.mv.db"), dir.resolve("old.mv.db"));
        try (Database db = Database.open(DatabaseFile.of(dir.resolve("old")), OpenOptions.existing())) {
            List<Applicant> applicants = db.read(s -> s.applicants().list(1));
            assertEquals(List.of("A01", "A02", "A03", "A04", "A05", "A06"), applicants.stream().map(Applicant::code).toList());
            assertTrue(applicants.stream().allMatch(a -> a.preReview().passed()));
            assertEquals(5, db.read(s -> s.experts().list(1)).size());
            assertEquals(1, db.read(s -> s.experts().recusals(1)).size());
            assertEquals(List.of(), db.read(s -> s.printedSheets().forSession(1)));
            for (Applicant applicant : applicants) {
                assertFalse(db.read(s -> s.materials().forApplicant(applicant.id())).filledIn(), applicant.code());
            }
            // an applicant whose checklist was never filled in passes pre-review as it did before version 3
            SessionSetup setup = new SessionSetup(db);
            setup.setPreReview(Actor.system(), applicants.get(0).id(), // scored: taken out only with its reason
                    new PreReview(PreReview.Result.PENDING, Optional.empty(), "补录材料清单"));
            setup.setPreReview(Actor.system(), applicants.get(0).id(), PreReview.PASSED);
            setup.recordMaterials(Actor.system(), applicants.get(1).id(), Arrays.stream(Material.values())
                    .map(m -> MaterialItem.received(m, "")).toList());
            assertTrue(db.read(s -> s.materials().forApplicant(applicants.get(1).id())).filledIn());
            assertTrue(db.read(s -> s.history().verify()).intact());
        }
    }
}

package com.parkreview.app.exchange.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.ExpertKit;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kit file: written, read back equal; anything else refused naming the field. */
class KitFileTest {

    @TempDir
    Path dir;

    private Database db;
    private ExpertKit kit;
    private String text;

    @BeforeEach
    void setUp() {
        db = TestSessions.freshDatabase(dir);
        TestSessions.Ids ids = TestSessions.session(db, 3, 5);
        new ScoringService(db).declareRecusal(TestSessions.expert(4), ids.expert(4), ids.applicant(2), "曾任该单位顾问");
        kit = OfflineDay.kit(db, ids.session(), 4);
        text = KitFile.write(kit);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ExpertKit read(String content) throws InputRejectedException {
        return KitFile.read("E4.prkit", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writtenKitReadsBackEqual() throws Exception {
        assertEquals(kit, read(text));
        assertTrue(text.contains("\"annualCapWan\" : \"1500.00\""), "decimals are written as text");
        assertTrue(text.contains("\"format\" : \"parkreview-rubric\""), "the rubric in the rubric file's form");
        assertTrue(!text.contains("budget") && !text.contains("3000.00"), "no budget in a kit"); // "3000" alone turns up in a random id or key now and then
    }

    @Test
    void kitCarriesTheProgrammesCitationAndTheSecretary() throws Exception {
        assertTrue(text.contains("\"citation\" : \"" + kit.programme().citation() + "\""), text);
        assertEquals(ProgrammeSettings.SHIJINGSHAN_CITATION, read(text).programme().citation());
        assertEquals(kit.session().secretary(), read(text).session().secretary());
    }

    /** A kit from before the citation was a setting printed the programme's name in its place: so it still does. */
    @Test
    void kitWithoutACitationCitesItsProgrammesName() throws Exception {
        String older = text.replaceFirst("\\s*\"citation\" : \"[^\"]*\",", "");
        assertTrue(!older.contains("citation"), older);
        assertEquals(kit.programme().name(), read(older).programme().citation());
    }

    /** Each case replaces the first match of a pattern and expects the message that names the field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            a score file renamed | "parkreview-kit"           | "parkreview-score"     | format: this is a ParkReview score file (.prscore), not a ParkReview expert kit (.prkit): it was given where the other is read (renamed, or the wrong file chosen).
            another format      | "parkreview-kit"            | "parkreview-plan"      | format: the format is "parkreview-plan"; a ParkReview expert kit (.prkit) has "format": "parkreview-kit".
            future version      | "version" : 1,              | "version" : 2,         | version: version 2 is not one this ParkReview reads; it reads version 1.
            version as text     | "version" : 1,              | "version" : "1",       | version: expected a whole number from 1 to 1000, found "1".
            kit id              | "kitId" : "[^"]*"           | "kitId" : "K-1"        | kitId: expected a kit id like
            precision           | "precision" : "0.5"         | "precision" : "0.3"    | programme.precision: Score precision "0.3" is not allowed; use 1, 0.5 or 0.1.
            threshold too large | "expertThreshold" : "15"    | "expertThreshold" : "1000000000" | programme.expertThreshold: 1000000000 is not allowed here; use a number from 0 to 1000 with at most 2 decimals.
            cap as a number     | "annualCapWan" : "1500.00"  | "annualCapWan" : 1500  | programme.annualCapWan: expected text in quotes, found 1500.
            indicator maximum   | "max" : 10                  | "max" : -10            | programme.rubric.dimensions[2].indicators[0].max: -10 is not written the way ParkReview writes numbers
            credit code         | "uscc" : "91110107MA0000001 | "uscc" : "91110107MA0000002 | applicants[0].uscc:
            defense order       | "defenseOrder" : 1          | "defenseOrder" : 0     | applicants[0].defenseOrder: 0 is not allowed; use a whole number from 1 to 100000.
            role                | "role" : "INDUSTRY"         | "role" : "ENGINEER"    | panel[0].role: the role "ENGINEER" is not known; use INDUSTRY (产业专家) or FINANCE (财务专家).
            expert not in panel | "expert" : "E4"             | "expert" : "E9"        | (document): the kit is for expert E9, who is not in its panel.
            unknown field       | "venue" :                   | "place" :              | session.place: this field is not known here; the fields are date, name, presentationMinutes, qaMinutes, secretary, venue, year.
            recusal unknown     | "applicant" : "A02"         | "applicant" : "A07"    | (document): a recusal names applicant A07, who is not among the kit's applicants.
            duplicate key       | "expert" : "E4",            | "expert" : "E4", "expert" : "E4", | the key "expert" appears twice in the same object
            """)
    void badKitIsRefusedNamingTheField(String name, String find, String replace, String message) {
        Matcher matcher = Pattern.compile(find).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("the kit no longer contains: " + find);
        }
        String changed = text.substring(0, matcher.start()) + replace + text.substring(matcher.end());
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> read(changed));
        String got = e.message(Locale.ENGLISH);
        assertTrue(got.startsWith("E4.prkit: " + message), "expected «" + message + "» in «" + got + "»");
    }
}

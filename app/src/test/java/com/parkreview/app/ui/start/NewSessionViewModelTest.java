package com.parkreview.app.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.setup.EditSession;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@InLocale("en")
class NewSessionViewModelTest {

    @ParameterizedTest(name = "name ''{0}'', year ''{1}'', budget ''{2}'' → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2027年度评审 | 2027 | ""    | ""
            2027年度评审 | 2027 | 3000  | ""
            ""           | 2027 | ""    | The session needs a name.
            2027年度评审 | 27   | ""    | Year: "27" is not a year; use four digits, 2000 to 2100.
            2027年度评审 | 2300 | ""    | Year 2300 is not allowed; use a year from 2000 to 2100.
            2027年度评审 | 2027 | -5    | Annual budget: Amount -5 万元 is negative; amounts are 0 or more.
            2027年度评审 | 2027 | 三千  | Annual budget: Amount "三千" is not a plain number; write 万元 as digits with at most one decimal point, without sign, exponent or grouping, e.g. 1500 or 350.5.
            2027年度评审 | 2027 | -0    | Annual budget: Amount "-0" is not a plain number; write 万元 as digits with at most one decimal point, without sign, exponent or grouping, e.g. 1500 or 350.5.
            2027年度评审 | 2027 | 1e400 | Annual budget: Amount "1e400" is not a plain number; write 万元 as digits with at most one decimal point, without sign, exponent or grouping, e.g. 1500 or 350.5.
            "2027[2J评审" | 2027 | "" | the session name: character 5, U+001B, is a control character, which is not allowed in text (only tab and, where a field has several lines, line feed are).
            "2027‮审评" | 2027 | "" | the session name: character 5, U+202E, is a bidirectional override or isolate, which is not allowed: it makes text show in another order than it is stored.
            """)
    void saysWhatIsWrongAsItIsTyped(String name, String year, String budget, String problem) {
        NewSessionViewModel form = new NewSessionViewModel();
        form.nameProperty().set(name);
        form.yearProperty().set(year);
        form.budgetProperty().set(budget);
        assertEquals(problem, form.problemProperty().get());
    }

    /** A tired secretary fixes every problem in one pass: all are said at once, in the order of the form. */
    /** A tester's round 5 typed a cap of 2000 under a programme of 1500 and a budget of 1000, and was told nothing. */
    @ParameterizedTest(name = "cap ''{0}'', budget ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1500 | 4000 | ""
            1500 | ""   | ""
            abc  | 4000 | ""
            2000 | 4000 | A cap of 2000.00 万元 is above the chosen programme, at most 1500.00 万元 a year.
            1200 | 1000 | A cap of 1200.00 万元 is above the whole budget of 1000.00 万元.
            2000 | 1000 | A cap of 2000.00 万元 is above the chosen programme, at most 1500.00 万元 a year. A cap of 2000.00 万元 is above the whole budget of 1000.00 万元.
            """)
    void aCapAboveTheProgrammeOrTheBudgetIsNotedNotRefused(String cap, String budget, String note) {
        NewSessionViewModel form = new NewSessionViewModel();
        form.nameProperty().set("2027年度评审");
        form.terms().capProperty().set(cap);
        form.budgetProperty().set(budget);
        assertEquals(note, form.capNoteBinding().get());
        if (!cap.equals("abc")) {
            assertEquals("", form.problemProperty().get(), "allowed: a district may change its terms");
        }
    }

    @Test
    void everyProblemIsSaidAtOnceInTheOrderOfTheForm() {
        NewSessionViewModel form = new NewSessionViewModel();
        form.qaMinutesProperty().set("0");
        form.budgetProperty().set("三千");
        form.dateTextProperty().set("tomorrow");
        form.yearProperty().set("27");
        form.terms().capProperty().set("一千五");
        List<String> lines = List.of(form.problemProperty().get().split("\n"));
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("Annual cap: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("Year: \"27\""), lines.get(1));
        assertTrue(lines.get(2).startsWith("Defense date: "), lines.get(2));
        assertTrue(lines.get(3).startsWith("Annual budget: "), lines.get(3));
        assertTrue(lines.get(4).startsWith("Question minutes \"0\""), lines.get(4));
        form.terms().capProperty().set("1500");
        form.yearProperty().set("2027");
        form.dateTextProperty().set("");
        form.budgetProperty().set("");
        form.qaMinutesProperty().set("30");
        assertEquals("The session needs a name.", form.problemProperty().get(), "then what only the whole form says");
    }

    @ParameterizedTest(name = "{0} ''{1}'' → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            expert      | 20   | ""
            expert      | 0    | The expert-total threshold "0" is not allowed; use a number above 0 and at most 100.
            expert      | 十五 | The expert-total threshold "十五" is not allowed; use a number above 0 and at most 100.
            expert      | 1E1  | The expert-total threshold "1E1" is not allowed; use a number above 0 and at most 100.
            expert      | +15  | The expert-total threshold "+15" is not allowed; use a number above 0 and at most 100.
            expert      | -0   | The expert-total threshold "-0" is not allowed; use a number above 0 and at most 100.
            indicator   | 30   | ""
            indicator   | 120  | The indicator threshold (%) "120" is not allowed; use a number above 0 and at most 100.
            presentation| 20   | ""
            presentation| 0    | Presentation minutes "0" is not allowed; use whole minutes from 1 to 180.
            qa          | 7.5  | Question minutes "7.5" is not allowed; use whole minutes from 1 to 180.
            """)
    void thresholdsAndTimingAreCheckedAsTyped(String field, String typed, String problem) {
        NewSessionViewModel form = new NewSessionViewModel();
        form.nameProperty().set("2027年度评审");
        switch (field) {
            case "expert" -> form.expertPointsProperty().set(typed);
            case "indicator" -> form.indicatorPercentProperty().set(typed);
            case "presentation" -> form.presentationMinutesProperty().set(typed);
            default -> form.qaMinutesProperty().set(typed);
        }
        assertEquals(problem, form.problemProperty().get());
    }

    @ParameterizedTest(name = "date ''{0}'' → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2026-12-10     | 2026-12-10
            2026/12/10     | 2026-12-10
            2026年12月10日  | 2026-12-10
            2026.1.5       | 2026-01-05
            ""             | none
            tomorrow       | Defense date: "tomorrow" is not a date; write it as 2026-12-10, 2026/12/10 or 2026年12月10日 (a year from 2000 to 2100).
            2026-02-30     | Defense date: 2026-02-30 is not a day of the calendar; check the month and the day.
            12/10/2026     | Defense date: "12/10/2026" is not a date; write it as 2026-12-10, 2026/12/10 or 2026年12月10日 (a year from 2000 to 2100).
            2062-12-10     | The defense date 2062-12-10 is more than a year away from the session's year 2026; check the year and the date.
            2027-01-05     | 2027-01-05
            2025-12-20     | 2025-12-20
            """)
    void aDateTypedIsTakenInTheFormsASecretaryWritesOrRefusedSayingWhy(String typed, String expected,
            @TempDir Path dir) {
        NewSessionViewModel form = new NewSessionViewModel();
        form.nameProperty().set("2027年度评审");
        form.yearProperty().set("2026");
        form.dateTextProperty().set(typed);
        if (expected.startsWith("Defense date") || expected.startsWith("The defense date")) {
            assertEquals(expected, form.problemProperty().get());
            return;
        }
        assertEquals("", form.problemProperty().get());
        try (Database db = TestSessions.freshDatabase(dir)) {
            long id = form.create(new SessionSetup(db), TestSessions.SECRETARY);
            ReviewSession session = db.read(s -> s.sessions().find(id)).orElseThrow();
            assertEquals(expected, session.details().date().map(Object::toString).orElse("none"));
        }
    }

    /** In Chinese too the year's refusal names its field with "：" as the date's and the amounts' do (年度“27” had none). */
    @Test
    void theYearsRefusalNamesItsFieldAsTheOtherLinesDo() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            NewSessionViewModel form = new NewSessionViewModel();
            form.yearProperty().set("27");
            form.dateTextProperty().set("明天");
            form.budgetProperty().set("三千");
            List<String> lines = List.of(form.problemProperty().get().split("\n"));
            assertEquals("年度：“27”不是年份；请填写 2000 到 2100 之间的四位数字。", lines.get(0));
            assertTrue(lines.get(1).startsWith("答辩日期："), lines.get(1));
            assertTrue(lines.get(2).startsWith("年度预算："), lines.get(2));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void sessionPropertiesShowTheStoredSessionAndSaveItsCorrections(@TempDir Path dir) {
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 2, 5);
            EditSession edit = new EditSession(db);
            NewSessionViewModel form = NewSessionViewModel.of(edit.current(ids.session()));
            assertEquals("Nothing is changed yet: OK saves a change (and records it in the history) once you make one.",
                    form.problemProperty().get(), "a stored session fills the form: nothing wrong, nothing changed yet");
            assertEquals("测试批次", form.nameProperty().get());
            assertEquals("3000.00", form.budgetProperty().get());
            assertEquals("1500.00", form.terms().capProperty().get());

            form.venueProperty().set("三层会议室");
            assertEquals("", form.problemProperty().get(), "a change of the venue alone is a change");
            form.venueProperty().set(edit.current(ids.session()).details().venue());
            assertTrue(form.problemProperty().get().startsWith("Nothing is changed yet"), "and back as it was");
            form.venueProperty().set("三层会议室");
            form.dateTextProperty().set("2026年12月11日");
            form.terms().capProperty().set("1200");
            assertEquals("", form.problemProperty().get());
            assertEquals(0, form.correct(edit, TestSessions.SECRETARY, ids.session(), ""), "no kit out yet");

            ReviewSession stored = edit.current(ids.session());
            assertEquals("三层会议室", stored.details().venue());
            assertEquals("2026-12-11", stored.details().date().orElseThrow().toString());
            assertEquals("1200.00", stored.settings().annualCap().toWanString());
            assertEquals(ProgrammeSettings.SHIJINGSHAN.rubric(), stored.settings().rubric());
        }
    }

    /** OK on Session › Properties with nothing changed says so (as session edit does), and stores nothing. */
    @Test
    void propertiesSavedWithNothingChangedAreRefusedSayingSoAndStoreNothing(@TempDir Path dir) {
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 2, 5);
            EditSession edit = new EditSession(db);
            NewSessionViewModel form = NewSessionViewModel.of(edit.current(ids.session()));
            long entries = db.read(s -> s.history().latest(1)).get(0).seq();

            ValidationException refused = assertThrows(ValidationException.class,
                    () -> form.correct(edit, TestSessions.SECRETARY, ids.session(), ""));

            assertEquals("Nothing was changed in session 1 \"测试批次\": every value is the one it has already, so nothing "
                    + "was saved.", refused.getMessage(Locale.ENGLISH));
            assertEquals(entries, db.read(s -> s.history().latest(1)).get(0).seq(), "nothing recorded");
        }
    }

    /** Properties not changed yet: OK waits, and the form says so as a note; a real problem is not a note. */
    @Test
    void propertiesNotChangedYetAreANoteUntilAChangeOrAProblem(@TempDir Path dir) {
        try (Database db = TestSessions.freshDatabase(dir)) {
            TestSessions.Ids ids = TestSessions.session(db, 2, 5);
            NewSessionViewModel form = NewSessionViewModel.of(new EditSession(db).current(ids.session()));
            assertTrue(form.unchangedBinding().get(), form.problemProperty().get());
            assertTrue(form.problemProperty().get().startsWith("Nothing is changed yet"), "OK waits for a change");
            form.venueProperty().set("");
            assertFalse(form.unchangedBinding().get(), "a blank venue is a problem: " + form.problemProperty().get());
            form.venueProperty().set("区政务服务中心 4 层会议室");
            assertFalse(form.unchangedBinding().get());
            assertEquals("", form.problemProperty().get());
        }
        assertFalse(new NewSessionViewModel().unchangedBinding().get(), "a new session's form is never merely unchanged");
    }

    @Test
    void termsStartAsTheProgrammeHasThemAndFollowTheProgrammeChosen() {
        NewSessionViewModel form = new NewSessionViewModel();
        assertEquals(ProgrammeSettings.SHIJINGSHAN_CITATION, form.terms().citationProperty().get());
        assertEquals("1500.00", form.terms().capProperty().get());
        assertEquals(List.of("优秀 ≥ 80 points 100", "良好 ≥ 60 points 70", "不合格 ≥ 0 points 0"), tiers(form));
        form.programmeProperty().set(ProgrammeSettings.CHAOYANG_PARK_OPERATORS);
        assertEquals(ProgrammeSettings.CHAOYANG_PARK_OPERATORS.citation(), form.terms().citationProperty().get());
        assertEquals("500.00", form.terms().capProperty().get());
    }

    @ParameterizedTest(name = "{0} ''{1}'' → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            citation | ""          | The programme needs its citation: the clause of the rules it applies.
            cap      | 0           | Annual cap 0.00 万元 is not allowed; the cap is above 0.
            cap      | 一千五      | Annual cap: Amount "一千五" is not a plain number; write 万元 as digits with at most one decimal point, without sign, exponent or grouping, e.g. 1500 or 350.5.
            label    | ""          | Tier excellent has no label.
            label    | 优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀 | The tier name "优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀" is longer than 30 characters.
            share    | 120         | The share "120" of tier "优秀" is not allowed; write a percentage from 0 to 100 (at most two decimals).
            share    | 七十        | The share "七十" of tier "优秀" is not allowed; write a percentage from 0 to 100 (at most two decimals).
            secretary| 李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书李秘书 | the secretary's name: the text has 51 characters; at most 50 are allowed.
            """)
    void termsAreCheckedAsTyped(String field, String typed, String problem) {
        NewSessionViewModel form = new NewSessionViewModel();
        form.nameProperty().set("2027年度评审");
        switch (field) {
            case "citation" -> form.terms().citationProperty().set(typed);
            case "cap" -> form.terms().capProperty().set(typed);
            case "label" -> form.terms().tiers().get(0).labelProperty().set(typed);
            case "share" -> form.terms().tiers().get(0).percentProperty().set(typed);
            default -> form.secretaryProperty().set(typed);
        }
        assertEquals(problem, form.problemProperty().get());
    }

    /** The secretary edits the draft's terms for this session; the stored session holds them, not the constants. */
    @Test
    void createsTheSessionWithItsEditedCitationCapTiersAndSecretary(@TempDir Path dir) {
        try (Database db = TestSessions.freshDatabase(dir)) {
            NewSessionViewModel form = new NewSessionViewModel();
            form.nameProperty().set("2027年度评审");
            form.secretaryProperty().set("周敏");
            form.terms().citationProperty().set("《石景山区人形机器人产业发展支持办法》实施细则（2027年修订） 第七条");
            form.terms().capProperty().set("1200");
            form.terms().tiers().get(0).labelProperty().set("优秀档");
            form.terms().tiers().get(1).percentProperty().set("60");
            long id = form.create(new SessionSetup(db), TestSessions.SECRETARY);
            ReviewSession session = db.read(s -> s.sessions().find(id)).orElseThrow();
            assertEquals("《石景山区人形机器人产业发展支持办法》实施细则（2027年修订） 第七条", session.settings().citation());
            assertEquals("1200.00", session.settings().annualCap().toWanString());
            assertEquals("优秀档", session.settings().tiers().tiers().get(0).label());
            assertEquals("0.60", session.settings().tiers().tiers().get(1).shareText());
            assertEquals("周敏", session.details().secretary());
        }
    }

    private static List<String> tiers(NewSessionViewModel form) {
        return form.terms().tiers().stream()
                .map(t -> t.labelProperty().get() + " " + t.range() + " " + t.percentProperty().get()).toList();
    }

    @Test
    void rubricFromAFileIsUsedAndABadFileChangesNothing(@TempDir Path dir) throws Exception {
        NewSessionViewModel form = new NewSessionViewModel();
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.json"), "{\"format\": \"parkreview-rubric\"}");
        org.junit.jupiter.api.Assertions.assertThrows(com.parkreview.app.exchange.InputRejectedException.class,
                () -> form.useRubricFile(bad));
        assertTrue(form.rubricTextProperty().get().startsWith("Table 1"), form.rubricTextProperty().get());

        String table1 = java.nio.file.Files.readString(Path.of("examples", "rubric-table1.json"))
                .replace("\"运营面积\"", "\"园区运营面积\"");
        Path good = java.nio.file.Files.writeString(dir.resolve("园区评分表.json"), table1);
        form.useRubricFile(good);
        assertEquals("园区评分表.json: 5 dimensions, 13 indicators, 100 points.", form.rubricTextProperty().get());
        assertEquals("园区运营面积", form.settings().rubric().indicator("1.2").orElseThrow().shortName());
    }

    @Test
    void createsTheSessionWithItsThresholdsTimingAndProgramme(@TempDir Path dir) {
        try (Database db = TestSessions.freshDatabase(dir)) {
            NewSessionViewModel form = new NewSessionViewModel();
            form.nameProperty().set("朝阳 2027");
            form.programmeProperty().set(com.parkreview.scoring.settings.ProgrammeSettings.CHAOYANG_PARK_OPERATORS);
            form.expertPointsProperty().set("12");
            form.indicatorPercentProperty().set("50");
            form.presentationMinutesProperty().set("20");
            form.qaMinutesProperty().set("15");
            long id = form.create(new SessionSetup(db), TestSessions.SECRETARY);
            ReviewSession session = db.read(s -> s.sessions().find(id)).orElseThrow();
            assertEquals("500.00", session.settings().annualCap().toWanString());
            assertEquals("12", session.settings().thresholds().expertPoints().toPlainString());
            assertEquals("0.5", session.settings().thresholds().indicatorShare().toPlainString());
            assertEquals(35, session.details().timing().totalMinutes());
        }
    }

    @Test
    void createsTheSessionWithItsStepAndRule(@TempDir Path dir) {
        try (Database db = TestSessions.freshDatabase(dir)) {
            NewSessionViewModel form = new NewSessionViewModel();
            form.nameProperty().set("2027年度第一批");
            form.yearProperty().set("2027");
            form.budgetProperty().set("4500");
            form.precisionProperty().set(ScorePrecision.TENTH);
            form.ruleProperty().set(AggregationRule.TRIMMED_MEAN);
            long id = form.create(new SessionSetup(db), TestSessions.SECRETARY);
            ReviewSession session = db.read(s -> s.sessions().find(id)).orElseThrow();
            assertEquals("2027年度第一批", session.name());
            assertEquals(ScorePrecision.TENTH, session.settings().precision());
            assertEquals(AggregationRule.TRIMMED_MEAN, session.settings().rule());
            assertEquals("4500.00", session.budget().orElseThrow().toWanString());
            assertTrue(session.settings().rubric().indicators().size() == 13);
        }
    }
}

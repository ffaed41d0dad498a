package com.parkreview.reports.fill;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.fixture.RenderedPacks.Rendered;
import com.parkreview.reports.fixture.RenderedPacks;
import com.parkreview.reports.pdf.PdfRuns;
import com.parkreview.reports.verify.CanonicalContent;
import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every label and every name is whole on every sheet of the realistic session and of the session
 * with the longest names the validators allow, at A4 portrait and landscape: read back from the
 * PDF with PDFBox in the order it was drawn, white space aside. A label cut by its box, a name cut
 * to one line or ended with "…" is not there whole.
 */
class WholeTextTest {

    /** The canonical items each kind of sheet prints as they are: names, texts, codes. */
    private static final Map<SheetKind, Pattern> PRINTED = Map.of(
            SheetKind.SIGN_IN, Pattern.compile("expert\\.[^.]+\\.(name|organisation)|recusal\\..+\\.(reason|name|uscc)"),
            SheetKind.BLANK_SHEET, Pattern.compile("applicant\\.(name|uscc)|rubric\\.name|indicator\\..+\\.text"),
            SheetKind.EXPERT_SHEET, Pattern.compile("applicant\\.(name|uscc)|rubric\\.name|indicator\\..+\\.text"
                    + "|expert\\.[^.]+\\.(name|organisation)|comment\\..+|opinion"),
            SheetKind.PANEL_SUMMARY, Pattern.compile("applicant\\.(name|uscc)|expert\\.[^.]+\\.name|joint_opinion"
                    + "|flag\\..+\\.text"),
            SheetKind.RESULTS, Pattern.compile("row\\.[^.]+\\.(name|uscc|tier_name)"));
    private static final Pattern SESSION = Pattern.compile("session\\.(name|programme|venue)");

    static Stream<Arguments> sheets() {
        List<Arguments> sheets = new ArrayList<>();
        for (Rendered rendered : RenderedPacks.both()) {
            for (int i = 0; i < rendered.sheets().size(); i++) {
                sheets.add(Arguments.of(rendered.name(), rendered.sheets().get(i).name(), rendered, i));
            }
        }
        return sheets.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sheets")
    void everyLabelOfTheTemplateIsWhole(String session, String sheetName, Rendered rendered, int sheet) {
        String text = text(rendered, sheet);
        for (String label : TemplateLabels.of(rendered.sheets().get(sheet).kind())) {
            assertTrue(text.contains(PdfRuns.compact(label)), sheetName + " lacks the label «" + label + "»");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sheets")
    void everyNameTheSheetPrintsIsWhole(String session, String sheetName, Rendered rendered, int sheet) {
        String text = text(rendered, sheet);
        for (String name : names(rendered, sheet)) {
            assertTrue(text.contains(PdfRuns.compact(name)), sheetName + " lacks, whole, «" + name + "»");
        }
    }

    private static String text(Rendered rendered, int sheet) {
        return rendered.texts().get(sheet);
    }

    /** What the sheet's code stands for and it prints as is, with the rubric's and the tiers' names it shows. */
    private static List<String> names(Rendered rendered, int index) {
        FilledSheet sheet = rendered.sheets().get(index);
        SortedMap<String, String> items = CanonicalContent.read(sheet.canonicalText());
        List<String> names = new ArrayList<>();
        Pattern printed = PRINTED.get(sheet.kind());
        items.forEach((key, value) -> {
            boolean recusedOrganisation = sheet.kind() == SheetKind.PANEL_SUMMARY && key.endsWith(".organisation");
            if ((SESSION.matcher(key).matches() || printed.matcher(key).matches()) && !recusedOrganisation) {
                names.add(value);
            }
        });
        ProgrammeSettings settings = rendered.pack().settings();
        if (sheet.kind() != SheetKind.SIGN_IN && sheet.kind() != SheetKind.RESULTS) {
            settings.rubric().dimensions().stream().map(Dimension::name).forEach(names::add);
        }
        if (sheet.kind() == SheetKind.PANEL_SUMMARY) {
            settings.rubric().indicators().stream().map(Indicator::name).forEach(names::add);
        }
        if (sheet.kind() == SheetKind.BLANK_SHEET) {
            settings.tiers().tiers().stream().map(Tier::label).forEach(names::add);
        }
        return names;
    }
}

package com.parkreview.reports;

import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fixture.RealisticSession;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ReportServiceTest} runs in a class loader of its own, to see which classes each
 * step loads: the preload, and then the user's first sheet (a real applicant's blank score
 * sheet, filled and exported to PDF).
 */
public final class PreloadProbe {

    private static final ReportService SERVICE = new ReportService();

    private PreloadProbe() {
    }

    public static void preload() {
        SERVICE.preload();
    }

    public static void firstSheet() {
        FilledSheet sheet = SERVICE.blankSheet(RealisticSession.HEADER, ProgrammeSettings.SHIJINGSHAN,
                RealisticSession.applicant("A01"));
        SERVICE.exportPdf(List.of(sheet), DocumentInfo.of(sheet.name(), Optional.empty(), List.of(sheet)),
                OutputStream.nullOutputStream());
    }
}

package com.parkreview.reports.workbook;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.SessionPack;
import com.parkreview.reports.export.FormulaGuard;
import com.parkreview.reports.export.XlsxExport;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fill.SheetKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The session's results as one workbook that is data and a page: the data sheets 结果, 专家评分 and
 * 偏差标记 ({@link WorkbookTables}: one frozen head row, filters on, every figure a number with its
 * format, nothing merged), then 打印版, the results sheet as Jasper lays it out, printed one page
 * wide, landscape A4, its verification code on it and in its print footer. The workbook's
 * properties are the file's ({@link DocumentInfo}). No cell is a formula.
 */
public final class ResultsWorkbook {

    static final String PRINT = "打印版";
    /** Number format ids below this are Excel's built-in formats. */
    private static final int BUILT_IN_FORMATS = 164;

    private ResultsWorkbook() {
    }

    /** @param results the results sheet as printed (its code is the one recorded for it) */
    public static void write(SessionPack pack, FilledSheet results, DocumentInfo info, OutputStream out) {
        if (results.kind() != SheetKind.RESULTS) {
            throw new IllegalArgumentException("the print sheet of the workbook is the results sheet, not " + results.name());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(printSheet(results)))) {
            renumberJasperFormats(book.getStylesSource());
            XSSFSheet print = book.getSheetAt(0);
            book.setSheetName(0, PRINT);
            pageSetup(print, results);
            WorkbookTables.results(book, pack);
            WorkbookTables.scores(book, pack);
            WorkbookTables.flags(book, pack);
            book.setSheetOrder(PRINT, book.getNumberOfSheets() - 1);
            book.setActiveSheet(0);
            book.setSelectedTab(0);
            properties(book.getProperties(), info);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] printSheet(FilledSheet results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Runnable restore = FormulaGuard.neutralise(results.print());
        try {
            XlsxExport.xlsx(results.print(), bytes);
        } finally {
            restore.run();
        }
        return bytes.toByteArray();
    }

    /**
     * Jasper numbers its own number formats from 1 ({@code #0.00} as format 1), on the ids Excel
     * keeps for its built-in formats ({@code 0} is format 1): moved to ids of their own (164 on),
     * the data sheets' {@code 0}, {@code 0.00} and {@code 0%} are Excel's built-ins again.
     */
    private static void renumberJasperFormats(StylesTable styles) {
        Map<Short, String> moved = new HashMap<>();
        styles.getNumberFormats().forEach((id, code) -> {
            if (id > 0 && id < BUILT_IN_FORMATS) {
                moved.put(id, code);
            }
        });
        Map<Integer, Short> styleFormats = new HashMap<>();
        for (int i = 0; i < styles.getNumCellStyles(); i++) {
            short format = styles.getStyleAt(i).getDataFormat();
            if (moved.containsKey(format)) {
                styleFormats.put(i, format);
            }
        }
        Map<Short, Short> newIds = new HashMap<>();
        moved.forEach((id, code) -> {
            styles.removeNumberFormat(id);
            newIds.put(id, (short) styles.putNumberFormat(code));
        });
        styleFormats.forEach((style, format) -> styles.getStyleAt(style).setDataFormat(newIds.get(format)));
    }

    private static void pageSetup(XSSFSheet print, FilledSheet results) {
        print.setFitToPage(true);
        print.setAutobreaks(true);
        PrintSetup setup = print.getPrintSetup();
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.getFooter().setLeft("校验码 " + results.code().value());
        print.getFooter().setRight("第 &P 页 共 &N 页");
    }

    private static void properties(POIXMLProperties properties, DocumentInfo info) {
        var core = properties.getCoreProperties();
        core.setTitle(info.title());
        core.setSubjectProperty(info.subject());
        core.setCreator(info.author().orElse(""));
        core.setKeywords(info.keywords());
        core.setDescription(DocumentInfo.PRODUCER);
        properties.getExtendedProperties().setApplication(DocumentInfo.PRODUCER);
    }
}

package com.parkreview.app.setup;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.csv.TableHeader;
import com.parkreview.app.exchange.table.SetupFiles;
import com.parkreview.app.exchange.table.TableFile;
import com.parkreview.app.files.ResultFile;
import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Use case: an empty table for the programme office to fill in — {@code template applicants|experts
 * --out FILE} and set-up's template button. CSV (UTF-8 with a byte-order mark, so that Excel shows
 * the Chinese header) or an Excel workbook by the file's name; the header is the Chinese one the
 * import reads. In the workbook the credit code column is text, so that Excel keeps every digit.
 */
public final class SetupTemplate {

    /** Which table. */
    public enum Kind {
        APPLICANTS(SetupFiles.APPLICANT_COLUMNS, "统一社会信用代码"),
        EXPERTS(SetupFiles.EXPERT_COLUMNS, "");

        private final TableHeader header;
        private final String textColumn;

        Kind(TableHeader header, String textColumn) {
            this.header = header;
            this.textColumn = textColumn;
        }

        public List<String> header() {
            return header.chinese();
        }
    }

    private SetupTemplate() {
    }

    /** Writes the empty table whole; a failed write is refused naming the file, and leaves it as it was. */
    public static void write(Kind kind, Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            throw new ValidationException(AppText.of("setup.templateExtension", file));
        }
        ResultFile.write(file, out -> {
            if (TableFile.isWorkbook(file)) {
                workbook(kind, out);
            } else {
                out.write(("\uFEFF" + String.join(",", kind.header()) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static void workbook(Kind kind, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(kind == Kind.APPLICANTS ? "申报单位" : "专家组");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            Row row = sheet.createRow(0);
            List<String> header = kind.header();
            for (int c = 0; c < header.size(); c++) {
                row.createCell(c).setCellValue(header.get(c));
                row.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, Math.max(10, header.get(c).length() * 2 + 4) * 256);
                if (header.get(c).equals(kind.textColumn)) {
                    sheet.setDefaultColumnStyle(c, text);
                }
            }
            book.write(out);
        }
    }
}

package com.parkreview.app.exchange.table;

import com.parkreview.app.exchange.csv.CsvTable;
import com.parkreview.app.exchange.csv.TableHeader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A table a secretary keeps: a CSV file (UTF-8) or an Excel workbook (.xlsx), by its name. */
public final class TableFile {

    private TableFile() {
    }

    public static CsvTable read(Path file, List<String> header, Set<String> textOnlyColumns) {
        return read(file, TableHeader.of(header), textOnlyColumns);
    }

    /** A table whose header is written in either language of {@code header}. */
    public static CsvTable read(Path file, TableHeader header, Set<String> textOnlyColumns) {
        return isWorkbook(file) ? XlsxTable.read(file, header, textOnlyColumns) : CsvTable.read(file, header);
    }

    /** Whether the file is an Excel workbook by its name (.xlsx); otherwise it is read as CSV. */
    public static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}

package com.parkreview.app.exchange.table;

import com.parkreview.app.exchange.csv.CsvTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A table a secretary keeps: a CSV file (UTF-8) or an Excel workbook (.xlsx), by its name. */
public final class TableFile {

    private TableFile() {
    }

    public static CsvTable read(Path file, List<String> header, Set<String> textOnlyColumns) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? XlsxTable.read(file, header, textOnlyColumns)
                : CsvTable.read(file, header);
    }
}

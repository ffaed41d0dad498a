package com.parkreview.app.exchange.csv;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.text.InputText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read strictly: UTF-8 (a byte-order mark is accepted; see {@link CsvText}), the exact
 * header expected, every row with as many fields as the header, every cell one line of at most
 * {@value #MAX_CELL} characters that {@link InputText} allows. Rows keep their line numbers for
 * messages; a file that is not valid CSV is reported at the line its broken record starts on.
 */
public final class CsvTable {

    /** The most any cell holds; a column's own limit (a name's 200) is its reader's. */
    public static final int MAX_CELL = 1000;
    /** The most data rows a table holds: a session has tens of applicants and experts, never thousands. */
    public static final int MAX_ROWS = 5000;
    /** Problems listed before reading stops: a file this wrong is the wrong file, and a longer list helps nobody. */
    static final int MAX_PROBLEMS = 100;

    /** A data row: the line it starts on and its fields, stripped of surrounding spaces. */
    public record Row(long line, List<String> fields) {
        public String field(int index) {
            return fields.get(index);
        }
    }

    private final String fileName;
    private final List<String> header;
    private final List<Row> rows;
    private final List<InputProblem> problems;

    private CsvTable(String fileName, List<String> header, List<Row> rows, List<InputProblem> problems) {
        this.fileName = fileName;
        this.header = header;
        this.rows = rows;
        this.problems = problems;
    }

    public static CsvTable read(Path file, List<String> expectedHeader) {
        return read(file, TableHeader.of(expectedHeader));
    }

    /** A table whose header is one of {@code expected}'s; {@link #header()} is the one the file wrote. */
    public static CsvTable read(Path file, TableHeader expected) {
        CsvText.Decoded decoded = CsvText.read(file);
        String name = file.getFileName().toString();
        return decoded.ok() ? parse(name, decoded.text(), expected)
                : new CsvTable(name, expected.english(), List.of(), List.of(decoded.problem()));
    }

    /**
     * A table read some other way (a spreadsheet), held to the same form: a row with a refused cell
     * is a problem; the others are kept with their fields stripped of surrounding spaces.
     */
    public static CsvTable of(String fileName, List<String> header, List<Row> rows, List<InputProblem> problems) {
        List<Row> kept = new ArrayList<>();
        List<InputProblem> all = new ArrayList<>(problems);
        long read = 0;
        for (Row row : rows) {
            if (tooMany(fileName, row.line(), ++read, all)) {
                break;
            }
            List<InputProblem> refused = cellProblems(fileName, header, row.line(), row.fields());
            all.addAll(refused);
            if (refused.isEmpty()) {
                kept.add(new Row(row.line(), row.fields().stream().map(String::strip).toList()));
            }
        }
        return new CsvTable(fileName, header, kept, all);
    }

    static CsvTable parse(String name, String text, List<String> expectedHeader) {
        return parse(name, text, TableHeader.of(expectedHeader));
    }

    static CsvTable parse(String name, String text, TableHeader expected) {
        List<String> expectedHeader = expected.english();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        long line = 1;
        LineBreaks breaks = new LineBreaks(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                // where the record starts, blank lines before it counted (the line after them was said to be the first blank)
                line = breaks.lineOfRecordAt(record.getCharacterPosition());
                boolean header = first;
                first = false;
                if (!header && tooMany(name, line, record.getRecordNumber() - 1, problems)) {
                    break;
                }
                List<String> raw = record.toList();
                List<InputProblem> refused = cellProblems(name, expectedHeader, line, raw);
                List<String> fields = raw.stream().map(String::strip).toList();
                if (!refused.isEmpty()) {
                    problems.addAll(refused);
                    if (header) {
                        break;
                    }
                } else if (header && expected.match(fields).isEmpty()) {
                    problems.add(InputProblem.atLine(name, line, expected.refusal(fields)));
                    break;
                } else if (header) {
                    expectedHeader = expected.match(fields).orElseThrow();
                } else if (!header && fields.size() != expectedHeader.size()) {
                    problems.add(InputProblem.atLine(name, line,
                            AppText.of("csv.fieldCount", fields.size(), expectedHeader.size())));
                } else if (!header) {
                    rows.add(new Row(line, fields));
                }
                line = parser.getCurrentLineNumber() + 1; // where a broken record that follows would start, at the latest
            }
            if (first) {
                problems.add(InputProblem.inFile(name, AppText.of("csv.empty", expected.expected())));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(InputProblem.atLine(name, line, malformed(e)));
        }
        return new CsvTable(name, expectedHeader, rows, problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Problems of the file's form (encoding, header, quoting, field counts, refused cells). */
    public List<InputProblem> problems() {
        return problems;
    }

    /** A problem in one cell of a row, the column named from the header. */
    public InputProblem problemAt(Row row, int column, LocalizedText text) {
        return InputProblem.atCell(fileName, row.line(), column + 1, header.get(column), text);
    }

    /**
     * Whether to stop before the row at {@code line}, the {@code rowNumber}th: past {@value #MAX_ROWS}
     * rows, or with {@value #MAX_PROBLEMS} problems found; says why in {@code problems}.
     */
    private static boolean tooMany(String name, long line, long rowNumber, List<InputProblem> problems) {
        if (rowNumber > MAX_ROWS) {
            problems.add(InputProblem.atLine(name, line, AppText.of("table.tooManyRows", MAX_ROWS)));
            return true;
        }
        if (problems.size() >= MAX_PROBLEMS) {
            problems.add(InputProblem.atLine(name, line, AppText.of("table.tooManyProblems", problems.size())));
            return true;
        }
        return false;
    }

    /** Each cell {@link InputText} refuses, at its line and column. */
    private static List<InputProblem> cellProblems(String name, List<String> header, long line, List<String> cells) {
        List<InputProblem> found = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            Optional<LocalizedText> fault = InputText.fault(cells.get(c), MAX_CELL, InputText.Lines.ONE);
            if (fault.isPresent()) {
                String column = c < header.size() ? header.get(c) : "—";
                found.add(InputProblem.atCell(name, line, c + 1, column, fault.get()));
            }
        }
        return found;
    }

    /** What is wrong with a record Commons CSV could not read, in words; never the exception's text. */
    private static LocalizedText malformed(Exception e) {
        String what = String.valueOf(e.getMessage());
        if (what.contains("EOF reached before encapsulated token finished")) {
            return AppText.of("csv.unclosedQuote");
        }
        if (what.contains("Invalid character between encapsulated token and delimiter")) {
            return AppText.of("csv.afterQuote");
        }
        return AppText.of("csv.malformed");
    }
}

package com.parkreview.app.exchange.csv;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read strictly: UTF-8 (a byte-order mark is accepted), the exact header expected,
 * every row with as many fields as the header. Rows keep their line numbers for messages.
 */
public final class CsvTable {

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
        String name = file.getFileName().toString();
        String text;
        try {
            text = decodeUtf8(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return failed(name, expectedHeader, InputProblem.inFile(name, AppText.of("csv.missing", file)));
        } catch (CharacterCodingException e) {
            return failed(name, expectedHeader, InputProblem.inFile(name, AppText.of("csv.notUtf8")));
        } catch (IOException e) {
            return failed(name, expectedHeader, InputProblem.inFile(name, AppText.of("csv.unreadable", e.getMessage())));
        }
        return parse(name, text, expectedHeader);
    }

    /** A table read some other way (a spreadsheet), held to the same form. */
    public static CsvTable of(String fileName, List<String> header, List<Row> rows, List<InputProblem> problems) {
        return new CsvTable(fileName, header, rows, problems);
    }

    static CsvTable parse(String name, String text, List<String> expectedHeader) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            boolean first = true;
            long line = 1;
            for (CSVRecord record : parser) {
                List<String> fields = record.stream().map(String::strip).toList();
                if (first) {
                    first = false;
                    if (!fields.equals(expectedHeader)) {
                        problems.add(InputProblem.atLine(name, line, AppText.of("csv.header",
                                String.join(",", fields), String.join(",", expectedHeader))));
                        break;
                    }
                } else if (fields.size() != expectedHeader.size()) {
                    problems.add(InputProblem.atLine(name, line,
                            AppText.of("csv.fieldCount", fields.size(), expectedHeader.size())));
                } else {
                    rows.add(new Row(line, fields));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            if (first) {
                problems.add(InputProblem.inFile(name, AppText.of("csv.empty", String.join(",", expectedHeader))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(InputProblem.inFile(name, AppText.of("csv.malformed", e.getMessage())));
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

    /** Problems of the file's form (encoding, header, quoting, field counts). */
    public List<InputProblem> problems() {
        return problems;
    }

    /** A problem in one cell of a row, the column named from the header. */
    public InputProblem problemAt(Row row, int column, com.parkreview.scoring.LocalizedText text) {
        return InputProblem.atCell(fileName, row.line(), column + 1, header.get(column), text);
    }

    private static CsvTable failed(String name, List<String> header, InputProblem problem) {
        return new CsvTable(name, header, List.of(), List.of(problem));
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}

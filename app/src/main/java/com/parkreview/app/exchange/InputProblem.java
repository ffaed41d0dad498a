package com.parkreview.app.exchange;

import com.parkreview.app.AppText;
import com.parkreview.app.files.InputFiles;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Something wrong in an input file, where it is (file, line, column) and what is wrong, so that
 * a secretary can open the file and fix exactly that cell.
 */
public record InputProblem(String file, long line, Optional<Column> column, LocalizedText text) {

    /** A column by its position (1-based) and its header name. */
    public record Column(int number, String name) {
    }

    public static InputProblem atLine(String file, long line, LocalizedText text) {
        return new InputProblem(file, line, Optional.empty(), text);
    }

    public static InputProblem atCell(String file, long line, int column, String name, LocalizedText text) {
        return new InputProblem(file, line, Optional.of(new Column(column, name)), text);
    }

    public static InputProblem inFile(String file, LocalizedText text) {
        return new InputProblem(file, 0, Optional.empty(), text);
    }

    /** A file that could not be read at all, said in words (never the exception's own message). */
    public static InputProblem unreadable(Path file, IOException e) {
        String name = String.valueOf(file.getFileName());
        if (e instanceof NoSuchFileException) {
            return inFile(name, AppText.of("csv.missing", file));
        }
        if (e instanceof AccessDeniedException) {
            return inFile(name, AppText.of("csv.denied"));
        }
        if (e instanceof InputFiles.NotAnOrdinaryFile special) {
            return inFile(name, AppText.of("csv.unreadable", AppText.of(special.folder() ? "csv.isFolder" : "csv.special")));
        }
        return inFile(name, AppText.of("csv.unreadable",
                AppText.of(Files.isDirectory(file) ? "csv.isFolder" : "csv.ioFailed")));
    }

    public String message(Locale locale) {
        LocalizedText where;
        if (line <= 0) {
            where = AppText.of("problem.inFile", file);
        } else if (column.isEmpty()) {
            where = AppText.of("problem.atLine", file, line);
        } else {
            where = AppText.of("problem.atCell", file, line, column.get().number(), column.get().name());
        }
        return where.in(locale) + text.in(locale);
    }

    @Override
    public String toString() {
        return message(Locale.getDefault());
    }
}

package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.persistence.dump.Row;
import com.parkreview.app.persistence.dump.RowJson;
import com.parkreview.app.persistence.dump.Shown;
import com.parkreview.app.persistence.dump.TableCatalog;
import com.parkreview.app.persistence.dump.TableRows;
import com.parkreview.app.persistence.dump.TableShapes;
import com.parkreview.app.review.ChainCheck;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.scoring.LocalizedText;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Replays the history's row journal ({@link HistoryWriter#touched}) and compares the result with
 * every row of every journaled table: a row changed, deleted or added outside ParkReview is
 * reported by table, key, column, the value the history gives and the value found.
 */
final class JournalCheck {

    /** Table → key → the row's last image; an empty image: deleted. */
    private final Map<String, Map<String, Optional<String>>> journal = new HashMap<>();

    void replay(HistoryEntry entry) {
        if (entry.action().equals(HistoryWriter.ROW) || entry.action().equals(HistoryWriter.BASELINE)) {
            journal.computeIfAbsent(entry.entity(), t -> new LinkedHashMap<>()).put(entry.entityId(), entry.newValue());
        }
    }

    /** The highest key the journal ever recorded for a table keyed by one number, deleted rows too; 0 for none. */
    long highestKey(String table) {
        return journal.getOrDefault(table, Map.of()).keySet().stream().filter(key -> key.matches("[0-9]{1,18}"))
                .mapToLong(Long::parseLong).max().orElse(0);
    }

    void compare(Connection connection, Consumer<ChainCheck.Break> report) {
        TableShapes shapes = new TableShapes();
        try {
            for (TableCatalog.Table table : TableCatalog.tables()) {
                if (table.journaled()) {
                    compare(connection, table, shapes, report);
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    private void compare(Connection connection, TableCatalog.Table table, TableShapes shapes,
            Consumer<ChainCheck.Break> report) throws SQLException {
        Map<String, Optional<String>> recorded = journal.getOrDefault(table.name(), Map.of());
        Set<String> seen = new HashSet<>();
        for (Row row : TableRows.all(connection, table, shapes.columns(connection, table))) {
            String key = row.key(table);
            seen.add(key);
            Optional<String> image = recorded.getOrDefault(key, Optional.empty());
            if (image.isEmpty()) {
                report.accept(data(AppText.of("verify.rowUnrecorded", table.name(), key)));
            } else if (!image.get().equals(row.image(table))) {
                columns(table, key, image.get(), row.image(table), report);
            }
        }
        recorded.forEach((key, image) -> {
            if (image.isPresent() && !seen.contains(key)) {
                report.accept(data(AppText.of("verify.rowMissing", table.name(), key)));
            }
        });
    }

    /** One break per column whose value differs. */
    private static void columns(TableCatalog.Table table, String key, String recorded, String found,
            Consumer<ChainCheck.Break> report) {
        Map<String, Optional<String>> expected;
        Map<String, Optional<String>> actual;
        try {
            expected = RowJson.read(recorded);
            actual = RowJson.read(found);
        } catch (RowJson.ShapeException e) {
            report.accept(data(AppText.of("verify.rowChanged", table.name(), key, "—", Shown.value(recorded),
                    Shown.value(found))));
            return;
        }
        Set<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String column : names) {
            Optional<String> was = expected.getOrDefault(column, Optional.empty());
            Optional<String> is = actual.getOrDefault(column, Optional.empty());
            if (!was.equals(is)) {
                report.accept(data(AppText.of("verify.rowChanged", table.name(), key, column,
                        was.map(Shown::value).orElse("NULL"), is.map(Shown::value).orElse("NULL"))));
            }
        }
    }

    /**
     * After migrations that added columns: each row whose recorded image lacks a column it now has,
     * and differs from it in nothing else, is journaled again as it stands (action {@code baseline}).
     * A row that differs in a column the image has, or that no image records, is left for {@code
     * verify} to report.
     */
    void rebaselineAddedColumns(Connection connection, HistoryWriter history) {
        TableShapes shapes = new TableShapes();
        try {
            for (TableCatalog.Table table : TableCatalog.tables()) {
                if (!table.journaled() || !journal.containsKey(table.name())) {
                    continue;
                }
                Map<String, Optional<String>> recorded = journal.get(table.name());
                for (Row row : TableRows.all(connection, table, shapes.columns(connection, table))) {
                    Optional<String> image = recorded.getOrDefault(row.key(table), Optional.empty());
                    if (image.isPresent() && onlyAddedColumnsDiffer(image.get(), row.image(table))) {
                        history.record(HistoryWriter.BASELINE, table.name(), row.key(table), "", Optional.empty(),
                                Optional.of(row.image(table)));
                    }
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    private static boolean onlyAddedColumnsDiffer(String recorded, String found) {
        if (recorded.equals(found)) {
            return false;
        }
        try {
            Map<String, Optional<String>> was = RowJson.read(recorded);
            Map<String, Optional<String>> is = RowJson.read(found);
            return is.keySet().containsAll(was.keySet())
                    && was.keySet().stream().allMatch(column -> was.get(column).equals(is.get(column)));
        } catch (RowJson.ShapeException e) {
            return false;
        }
    }

    private static ChainCheck.Break data(LocalizedText text) {
        return new ChainCheck.Break(0, text);
    }
}

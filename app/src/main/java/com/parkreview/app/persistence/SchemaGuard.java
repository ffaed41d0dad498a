package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.scoring.text.InputText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;

/**
 * A database file is code as well as data: H2 keeps its schema as SQL statements, and opening a
 * file runs them, compiling and calling the Java of any trigger in it (a file handed over with
 * {@code CREATE TRIGGER … AS $$ … $$} planted in it runs that code at open, before any query). So
 * before H2 opens a file, its schema statements are read straight from the file's store, where
 * nothing runs, and must be exactly those ParkReview's migrations make for one of its schema
 * versions ({@code schema-v<n>.txt} beside this class), up to what H2 fills in itself (the user's
 * salt and hash, identity sequences' and primary key indexes' names, counters, statistics).
 */
final class SchemaGuard {

    private static final int META_TABLE_SQL = 3;
    private static final String FLYWAY_TABLE = "CREATE CACHED TABLE \"PUBLIC\".\"flyway_schema_history\"(";
    /** What H2 chooses itself, each with a word it cannot appear without (looked for first: a probe reads every statement). */
    private record Variable(String word, Pattern pattern) {
    }

    private static final List<Variable> VARIABLE = List.of(
            new Variable(" SALT '", Pattern.compile(" SALT '[0-9a-f]*' HASH '[0-9a-f]*'")),
            new Variable("SYSTEM_SEQUENCE_", Pattern.compile("SYSTEM_SEQUENCE_[0-9A-F_]+")),
            new Variable("PRIMARY_KEY_", Pattern.compile("PRIMARY_KEY_[0-9A-F]+")),
            new Variable("_INDEX_", Pattern.compile("(?<=CONSTRAINT_[0-9A-F]{1,20})_INDEX_[0-9A-F]+")),
            new Variable(" RESTART WITH ", Pattern.compile(" RESTART WITH [0-9]+")),
            new Variable(" SELECTIVITY ", Pattern.compile(" SELECTIVITY [0-9]+")));

    /** The schema of each version, by version, read once. */
    private static final Map<Integer, List<String>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaGuard() {
    }

    /**
     * Refuses the file when its schema is not one ParkReview makes; nothing of the file is run to
     * tell. Returns the versions whose schema it is (two versions may make the same schema).
     */
    static List<String> check(Path mvFile, DatabaseFile named, Optional<char[]> password) {
        return check(statements(mvFile, password), named);
    }

    /** {@link #check(Path, DatabaseFile, Optional)} of the statements already read from the file. */
    static List<String> check(List<String> found, DatabaseFile named) {
        List<String> versions = new ArrayList<>();
        for (int version = 1; version <= Integer.parseInt(Migrations.NEWEST); version++) {
            if (found.equals(expected(version))) {
                versions.add(String.valueOf(version));
            }
        }
        if (!versions.isEmpty()) {
            return versions;
        }
        List<String> newest = expected(Integer.parseInt(Migrations.NEWEST));
        Optional<String> odd = found.stream().filter(s -> !newest.contains(s)).findFirst();
        Optional<SchemaPart.ColumnDifference> column = found.stream().filter(s -> !newest.contains(s))
                .flatMap(s -> newest.stream().map(e -> SchemaPart.columnDiffering(s, e)).flatMap(Optional::stream))
                .findFirst();
        if (column.isPresent()) { // a table's columns changed: named as the column (round 27)
            throw column.get().missing() ? missing(named, column.get().column())
                    : new StoreException(StoreException.Kind.SCHEMA, AppText.of("store.foreignSchema", named,
                            column.get().column()), null);
        }
        if (odd.isPresent()) {
            Object part = SchemaPart.of(odd.get()).<Object>map(p -> p)
                    .orElseGet(() -> InputText.printable(whereItDiffers(odd.get(), newest)));
            throw new StoreException(StoreException.Kind.SCHEMA, AppText.of("store.foreignSchema", named, part), null);
        }
        // nothing added, something taken away: a constraint dropped (round 23 was shown "（—）")
        String missing = newest.stream().filter(s -> !found.contains(s)).findFirst().orElse("—");
        Object part = SchemaPart.of(missing).<Object>map(p -> p).orElseGet(() -> InputText.printable(shortened(missing, 0)));
        throw missing(named, part);
    }

    /** Part of the schema missing, with the newest backup to restore (round 28: "restore your newest backup" where there was none). */
    private static StoreException missing(DatabaseFile named, Object part) {
        return new StoreException(StoreException.Kind.SCHEMA, new Backups(named).newest()
                .map(b -> AppText.of("store.schemaMissing", named, part, b.getFileName()))
                .orElseGet(() -> AppText.of("store.schemaMissingNoBackup", named, part)), null);
    }

    /**
     * The part of a statement where it departs from the nearest one ParkReview makes: a long
     * constraint cut at 120 characters hid what had changed in it (round 23).
     */
    static String whereItDiffers(String odd, List<String> expected) {
        int common = 0;
        for (String each : expected) {
            int same = 0;
            while (same < Math.min(each.length(), odd.length()) && each.charAt(same) == odd.charAt(same)) {
                same++;
            }
            common = Math.max(common, same);
        }
        return shortened(odd, common < 60 ? 0 : common - 40);
    }

    private static String shortened(String statement, int from) {
        int to = Math.min(statement.length(), from + 120);
        return (from > 0 ? "…" : "") + statement.substring(from, to) + (to < statement.length() ? "…" : "");
    }

    /** The tables ParkReview's schema of this version makes, by name (from its own migrations, not the file). */
    static List<String> tables(String version) {
        return expected(Integer.parseInt(version)).stream().map(SchemaPart::tableMade).flatMap(Optional::stream).toList();
    }

    /** Whether the file holds ParkReview's schema at all (Flyway's history of its migrations). */
    static boolean isParkReviews(List<String> statements) {
        return statements.stream().anyMatch(s -> s.startsWith(FLYWAY_TABLE));
    }

    /** The schema statements of an H2 file, normalised and sorted. */
    static List<String> statements(Path mvFile, Optional<char[]> password) {
        MVStore.Builder builder = new MVStore.Builder().fileName(mvFile.toString()).recoveryMode().readOnly();
        password.ifPresent(p -> builder.encryptionKey(fileKey(p)));
        List<String> statements = new ArrayList<>();
        MVStore store = builder.open();
        try {
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            Transaction transaction = transactions.begin();
            TransactionMap<Object, Object> meta = transaction.openMap("table.0");
            for (Iterator<Object> keys = meta.keyIterator(null); keys.hasNext();) {
                Row row = (Row) meta.get(keys.next());
                statements.add(normalised(row.getValue(META_TABLE_SQL).getString()));
            }
        } finally {
            store.closeImmediately();
        }
        statements.sort(null);
        return statements;
    }

    static String normalised(String sql) {
        String text = sql;
        for (Variable variable : VARIABLE) {
            if (text.contains(variable.word())) {
                text = variable.pattern().matcher(text).replaceAll(SchemaGuard::placeholder);
            }
        }
        return text.replace("\r", "").replace('\n', ' ');
    }

    /**
     * What stands for a name or figure H2 chooses itself: an identity's sequence and a primary
     * key's index are named after the table's object id, which a migration that rebuilds the table
     * (adding a column) changes, and which differs between a file made new and one brought up to
     * date from an older version.
     */
    private static String placeholder(MatchResult match) {
        String text = match.group();
        if (text.startsWith("SYSTEM_SEQUENCE_")) {
            return "SYSTEM_SEQUENCE_*";
        }
        if (text.startsWith("_INDEX_")) {
            return "_INDEX_*"; // a foreign key's index, named again when a migration rebuilds its table
        }
        return text.startsWith("PRIMARY_KEY_") ? "PRIMARY_KEY_*" : "";
    }

    private static List<String> expected(int version) {
        return EXPECTED.computeIfAbsent(version, SchemaGuard::read);
    }

    private static List<String> read(int version) {
        try (InputStream in = SchemaGuard.class.getResourceAsStream("schema-v" + version + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no schema-v" + version + ".txt beside " + SchemaGuard.class);
            }
            List<String> lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            lines.sort(null);
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key H2 2.5 opens an encrypted file's store with: the file password as bytes, two per
     * character, read back as characters with only the low byte kept (Store.decodePassword shifts
     * the high byte out). A new array: the builder clears the one it is given.
     */
    private static char[] fileKey(char[] password) {
        char[] key = new char[password.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = (char) (password[i] & 0xFF);
        }
        return key;
    }
}

package com.parkreview.app.persistence.dump;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ParkReview's own tables, in the order rows can be inserted (every table after those it refers
 * to), each with its key. Backups hold these tables and no other; the history's row journal
 * covers all of them but the history itself. {@code TableCatalogTest} fails when a migration adds
 * a table this list does not name.
 */
public final class TableCatalog {

    /** One table: its name, the columns of its key, and the columns journaled by digest only. */
    public record Table(String name, List<String> key, Set<String> digested) {

        public boolean journaled() {
            return !name.equals(HISTORY);
        }
    }

    public static final String HISTORY = "history";

    private static final List<Table> TABLES = List.of(
            table("panel", "code"),
            table("review_session", "id"),
            table("session_dimension", "session_id", "code"),
            table("session_indicator", "session_id", "code"),
            table("session_tier", "session_id", "code"),
            table("applicant", "id"),
            table("operator_support", "uscc", "support_year"),
            table("expert", "id"),
            table("recusal", "expert_id", "applicant_id"),
            table("score_sheet", "id"),
            table("sheet_score", "sheet_id", "indicator_code"),
            table("deviation_flag", "id"),
            table(HISTORY, "seq"),
            table("expert_kit", "kit_id"),
            table("expert_key", "expert_id"),
            new Table("expert_mode", List.of("id"), Set.of("private_key")),
            table("paper_check", "sheet_id"),
            table("paper_check_score", "sheet_id", "indicator_code"),
            new Table("printed_sheet", List.of("code"), Set.of("canonical_text")),
            table("applicant_material", "applicant_id", "item"));

    private TableCatalog() {
    }

    /** Every table, in insertion order. */
    public static List<Table> tables() {
        return TABLES;
    }

    public static Optional<Table> find(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static Table get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("not a ParkReview table: " + name));
    }

    private static Table table(String name, String... key) {
        return new Table(name, List.of(key), Set.of());
    }
}

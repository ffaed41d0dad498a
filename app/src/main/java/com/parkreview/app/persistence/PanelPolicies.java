package com.parkreview.app.persistence;

import java.util.List;

/**
 * The row-level security of a server with panels: every row of every session is read by every
 * ParkReview role (the district's history is everyone's), and written only by a secretary of the
 * session's panel. Each table reaches its session the way its keys do (a score through its sheet,
 * the sheet through its applicant, the applicant through its session). The policies are plain SQL
 * expressions: no function is added to the schema (ServerSchema refuses any).
 */
final class PanelPolicies {

    /** A table under row-level security, what a secretary may do to it, and whose session a row is. */
    record Guarded(String name, String privileges, String writable) {
    }

    private static final String POLICY_PREFIX = "parkreview_";

    static final List<Guarded> TABLES = List.of(
            new Guarded("review_session", "INSERT, UPDATE", "EXISTS (SELECT 1 FROM panel p "
                    + "WHERE p.code = review_session.panel_code AND pg_has_role(p.role_name, 'MEMBER'))"),
            bySession("session_dimension"),
            bySession("session_indicator"),
            bySession("session_tier"),
            bySession("applicant"),
            new Guarded("operator_support", "INSERT", "operator_support.session_id IS NULL OR "
                    + session("operator_support.session_id")),
            bySession("expert"),
            new Guarded("recusal", "INSERT, UPDATE, DELETE", expert("recusal.expert_id")),
            new Guarded("score_sheet", "INSERT, UPDATE, DELETE", applicant("score_sheet.applicant_id")),
            bySheet("sheet_score"),
            new Guarded("deviation_flag", "INSERT, UPDATE, DELETE", applicant("deviation_flag.applicant_id")),
            bySession("expert_kit"),
            new Guarded("expert_key", "INSERT, UPDATE, DELETE", expert("expert_key.expert_id")),
            bySession("expert_mode"),
            bySheet("paper_check"),
            bySheet("paper_check_score"),
            bySession("printed_sheet"),
            new Guarded("applicant_material", "INSERT, UPDATE, DELETE", applicant("applicant_material.applicant_id")));

    private PanelPolicies() {
    }

    /** The policies of one table, replaced whole (so that running init again after an upgrade changes nothing twice). */
    static List<String> statements(Guarded table) {
        String on = " ON " + table.name();
        String writable = "(" + table.writable() + ")";
        return List.of(
                "ALTER TABLE " + table.name() + " ENABLE ROW LEVEL SECURITY",
                "DROP POLICY IF EXISTS " + POLICY_PREFIX + "read" + on,
                "CREATE POLICY " + POLICY_PREFIX + "read" + on + " FOR SELECT USING (true)",
                "DROP POLICY IF EXISTS " + POLICY_PREFIX + "insert" + on,
                "CREATE POLICY " + POLICY_PREFIX + "insert" + on + " FOR INSERT WITH CHECK " + writable,
                "DROP POLICY IF EXISTS " + POLICY_PREFIX + "update" + on,
                "CREATE POLICY " + POLICY_PREFIX + "update" + on + " FOR UPDATE USING " + writable
                        + " WITH CHECK " + writable,
                "DROP POLICY IF EXISTS " + POLICY_PREFIX + "delete" + on,
                "CREATE POLICY " + POLICY_PREFIX + "delete" + on + " FOR DELETE USING " + writable);
    }

    private static Guarded bySession(String table) {
        return new Guarded(table, "INSERT, UPDATE, DELETE", session(table + ".session_id"));
    }

    private static Guarded bySheet(String table) {
        return new Guarded(table, "INSERT, UPDATE, DELETE", "EXISTS (SELECT 1 FROM score_sheet h WHERE h.id = "
                + table + ".sheet_id AND " + applicant("h.applicant_id") + ")");
    }

    private static String session(String sessionId) {
        return "EXISTS (SELECT 1 FROM review_session s JOIN panel p ON p.code = s.panel_code WHERE s.id = "
                + sessionId + " AND pg_has_role(p.role_name, 'MEMBER'))";
    }

    private static String applicant(String applicantId) {
        return "EXISTS (SELECT 1 FROM applicant a WHERE a.id = " + applicantId + " AND " + session("a.session_id") + ")";
    }

    private static String expert(String expertId) {
        return "EXISTS (SELECT 1 FROM expert e WHERE e.id = " + expertId + " AND " + session("e.session_id") + ")";
    }
}

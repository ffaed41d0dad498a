package com.parkreview.app.persistence;

import com.parkreview.app.review.Panel;
import com.parkreview.app.review.PanelRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Panels, in the store's own tables (journaled like every other row). Who may change what is the
 * server's business (its roles and row-level security, {@link ServerRoles}); this asks it the same
 * question before a change, so that a refusal names the session and its panel instead of a row
 * quietly left unchanged.
 */
final class JdbcPanelRepository implements PanelRepository {

    private static final String TABLE = "panel";
    private static final String COLUMNS = "code, name, role_name";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcPanelRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public List<Panel> list() {
        return jdbc.list("SELECT " + COLUMNS + " FROM panel ORDER BY code", JdbcPanelRepository::panel);
    }

    @Override
    public Optional<Panel> find(String code) {
        return jdbc.one("SELECT " + COLUMNS + " FROM panel WHERE code = ?", JdbcPanelRepository::panel, code);
    }

    @Override
    public void add(Panel panel) {
        jdbc.update("INSERT INTO panel (code, name, role_name) VALUES (?, ?, ?)", panel.code(), panel.name(),
                panel.role());
        history.touched(TABLE, panel.code());
        history.record("add", TABLE, panel.code(), "", Optional.empty(), Optional.of(panel.name()));
    }

    @Override
    public Optional<Panel> ofSession(long sessionId) {
        return jdbc.one("SELECT p.code, p.name, p.role_name FROM review_session s JOIN panel p ON p.code = s.panel_code "
                + "WHERE s.id = ?", JdbcPanelRepository::panel, sessionId);
    }

    @Override
    public void assign(long sessionId, String panelCode) {
        Optional<String> old = ofSession(sessionId).map(Panel::code);
        jdbc.changeOne("UPDATE review_session SET panel_code = ? WHERE id = ?", panelCode, sessionId);
        history.touched("review_session", sessionId);
        history.changed(JdbcSessionRepository.ENTITY, sessionId, "panel", old, Optional.of(panelCode));
    }

    @Override
    public List<Panel> mine() {
        if (!onServer()) {
            return List.of();
        }
        return jdbc.list("SELECT " + COLUMNS + " FROM panel WHERE pg_has_role(role_name, 'MEMBER') ORDER BY code",
                JdbcPanelRepository::panel);
    }

    @Override
    public boolean unrestricted() {
        if (!onServer()) {
            return true;
        }
        return jdbc.one("SELECT NOT c.relrowsecurity OR r.rolsuper OR r.rolbypassrls OR pg_has_role(c.relowner, 'MEMBER') "
                + "FROM pg_class c JOIN pg_roles r ON r.rolname = current_user "
                + "WHERE c.oid = 'review_session'::regclass", row -> row.getBoolean(1)).orElse(false);
    }

    @Override
    public boolean mayChange(long sessionId) {
        return unrestricted() || jdbc.one("SELECT 1 FROM review_session s JOIN panel p ON p.code = s.panel_code "
                + "WHERE s.id = ? AND pg_has_role(p.role_name, 'MEMBER')", row -> true, sessionId).isPresent();
    }

    @Override
    public Optional<String> user() {
        return onServer() ? jdbc.one("SELECT current_user", row -> row.getString(1)) : Optional.empty();
    }

    private boolean onServer() {
        try {
            return Dialect.of(jdbc.connection()) == Dialect.POSTGRESQL;
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    private static Panel panel(ResultSet row) throws SQLException {
        return new Panel(row.getString("code"), row.getString("name"), row.getString("role_name"));
    }
}

package com.parkreview.app.persistence;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.Panel;
import com.parkreview.scoring.LocalizedText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The server's side of panels (issue 20): PostgreSQL roles, grants and row-level security, made by
 * an administrator (the tables' owner, with CREATEROLE) and nobody else. Each database gets two
 * roles of its own — a reader (every row, nothing written: a coordinator) and a secretary (a
 * reader who may write, but only rows of sessions of a panel whose role they are a member of) —
 * and one role per panel. The history is appended to by secretaries and never updated or deleted
 * by them: the server itself keeps it append-only.
 */
public final class ServerRoles {

    /** What {@code server init} left in place. */
    public record Prepared(String database, String readerRole, String secretaryRole, int guardedTables) {
    }

    /** A panel and the roles that are its secretaries. */
    public record PanelMembers(Panel panel, List<String> members) {
    }

    private ServerRoles() {
    }

    /** Roles, grants and row-level security on every table; run again after each upgrade (it changes nothing twice). */
    public static Prepared init(OpenStore store, Actor actor) {
        ServerDatabase server = server(store);
        RoleNames names = RoleNames.of(server.address().database());
        int guarded = server.administer(actor, (connection, s) -> {
            requireOwner(connection, server);
            createRole(connection, names.reader());
            createRole(connection, names.secretary());
            String schema = quoted(currentSchema(connection));
            execute(connection, "GRANT USAGE ON SCHEMA " + schema + " TO " + quoted(names.reader()));
            execute(connection, "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + quoted(names.reader()));
            execute(connection, "GRANT SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + quoted(names.reader()));
            execute(connection, "GRANT " + quoted(names.reader()) + " TO " + quoted(names.secretary()));
            execute(connection, "GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + quoted(names.secretary()));
            execute(connection, "GRANT INSERT ON history TO " + quoted(names.secretary()));
            for (PanelPolicies.Guarded table : PanelPolicies.TABLES) {
                execute(connection, "GRANT " + table.privileges() + " ON " + table.name() + " TO "
                        + quoted(names.secretary()));
                for (String statement : PanelPolicies.statements(table)) {
                    execute(connection, statement);
                }
            }
            s.history().note("server-init", server.address().database(),
                    "roles " + names.reader() + ", " + names.secretary() + "; row-level security on "
                            + PanelPolicies.TABLES.size() + " tables");
            return PanelPolicies.TABLES.size();
        });
        return new Prepared(server.address().database(), names.reader(), names.secretary(), guarded);
    }

    /** A new panel and its role; its secretaries are granted it with {@link #grant}. */
    public static Panel addPanel(OpenStore store, Actor actor, String code, String name) {
        ServerDatabase server = server(store);
        RoleNames names = RoleNames.of(server.address().database());
        Panel panel = Panel.checked(code, name, names.panel(code == null ? "" : code));
        return server.administer(actor, (connection, s) -> {
            requireOwner(connection, server);
            requireInitialised(connection, names, server);
            s.panels().find(code).ifPresent(known -> {
                throw refused(AppText.of("panel.exists", known.code(), known.name()));
            });
            if (s.panels().list().stream().anyMatch(p -> p.role().equals(panel.role()))) {
                throw refused(AppText.of("panel.roleTaken", code, panel.role()));
            }
            createRole(connection, panel.role());
            execute(connection, "GRANT " + quoted(names.secretary()) + " TO " + quoted(panel.role()));
            s.panels().add(panel);
            return panel;
        });
    }

    /**
     * Makes a login role a secretary of a panel, or (no panel) a reader of every panel's sessions.
     * The login role itself is made by the administrator ({@code CREATE ROLE … LOGIN}).
     */
    public static String grant(OpenStore store, Actor actor, String user, Optional<String> panelCode) {
        ServerDatabase server = server(store);
        RoleNames names = RoleNames.of(server.address().database());
        return server.administer(actor, (connection, s) -> {
            requireOwner(connection, server);
            requireInitialised(connection, names, server);
            if (!roleExists(connection, user)) {
                throw refused(AppText.of("panel.noSuchUser", user, server.address()));
            }
            String role = panelCode.map(code -> s.panels().find(code).orElseThrow(() -> refused(
                    AppText.of("rule.noSuchPanel", code, Panel.listed(s.panels().list())))).role())
                    .orElse(names.reader());
            execute(connection, "GRANT " + quoted(role) + " TO " + quoted(user));
            s.history().note("server-grant", user, role);
            return role;
        });
    }

    /** Every panel with its members (login roles granted its role). */
    public static List<PanelMembers> panels(OpenStore store) {
        ServerDatabase server = server(store);
        return server.inspect((connection, s) -> {
            List<PanelMembers> panels = new ArrayList<>();
            for (Panel panel : s.panels().list()) {
                panels.add(new PanelMembers(panel, members(connection, panel.role())));
            }
            return panels;
        });
    }

    private static ServerDatabase server(OpenStore store) {
        if (store instanceof ServerDatabase server) {
            return server;
        }
        throw refused(AppText.of("server.serverOnly", store.where()));
    }

    private static void requireOwner(Connection connection, ServerDatabase server) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_has_role(c.relowner, 'MEMBER') AND "
                        + "(r.rolcreaterole OR r.rolsuper), current_user FROM pg_class c "
                        + "JOIN pg_roles r ON r.rolname = current_user WHERE c.oid = 'review_session'::regclass")) {
            row.next();
            if (!row.getBoolean(1)) {
                throw refused(AppText.of("server.adminOnly", row.getString(2), server.address()));
            }
        }
    }

    private static void requireInitialised(Connection connection, RoleNames names, ServerDatabase server)
            throws SQLException {
        if (!roleExists(connection, names.secretary())) {
            throw refused(AppText.of("server.notInitialised", server.address()));
        }
    }

    private static void createRole(Connection connection, String role) throws SQLException {
        if (!roleExists(connection, role)) {
            execute(connection, "CREATE ROLE " + quoted(role) + " NOLOGIN");
        }
    }

    private static boolean roleExists(Connection connection, String role) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            statement.setString(1, role);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    private static List<String> members(Connection connection, String role) throws SQLException {
        List<String> members = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT m.rolname FROM pg_auth_members a "
                + "JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                + "WHERE r.rolname = ? ORDER BY 1")) {
            statement.setString(1, role);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    members.add(rows.getString(1));
                }
            }
        }
        return members;
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_schema()")) {
            row.next();
            return row.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** An identifier as SQL writes it: in double quotes, a quote doubled (the names are checked letters already). */
    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static StoreException refused(LocalizedText text) {
        return new StoreException(StoreException.Kind.REFUSED, text, null);
    }

    /** The roles of one database: named after it, since a server's roles are shared by all its databases. */
    record RoleNames(String prefix) {

        static RoleNames of(String database) {
            String name = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            return new RoleNames("parkreview_" + (name.length() > 24 ? name.substring(0, 24) : name));
        }

        String reader() {
            return prefix + "_reader";
        }

        String secretary() {
            return prefix + "_secretary";
        }

        String panel(String code) {
            return prefix + "_panel_" + code.toLowerCase(Locale.ROOT).replace('-', '_');
        }
    }
}

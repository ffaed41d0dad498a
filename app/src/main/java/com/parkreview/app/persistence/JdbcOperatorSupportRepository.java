package com.parkreview.app.persistence;

import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.OperatorSupportRepository;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Years of support per operator in H2; entries are written to the history. */
final class JdbcOperatorSupportRepository implements OperatorSupportRepository {

    static final String ENTITY = "operator";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcOperatorSupportRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public List<OperatorSupport> forOperator(UnifiedSocialCreditCode uscc) {
        return jdbc.list("SELECT * FROM operator_support WHERE uscc = ? ORDER BY support_year",
                JdbcOperatorSupportRepository::support, uscc.value());
    }

    @Override
    public List<OperatorSupport> forSessionApplicants(long sessionId) {
        return jdbc.list("SELECT o.* FROM operator_support o WHERE o.uscc IN "
                        + "(SELECT a.uscc FROM applicant a WHERE a.session_id = ?) ORDER BY o.uscc, o.support_year",
                JdbcOperatorSupportRepository::support, sessionId);
    }

    @Override
    public Map<String, List<OperatorSupport>> byNameOfSessionApplicants(long sessionId) {
        record Named(String name, OperatorSupport support) {
        }
        List<Named> rows = jdbc.list("SELECT DISTINCT b.name, o.uscc, o.support_year, o.session_id, o.amount_wan, o.note "
                        + "FROM operator_support o JOIN applicant b ON b.uscc = o.uscc "
                        + "WHERE b.name IN (SELECT a.name FROM applicant a WHERE a.session_id = ?) "
                        + "ORDER BY b.name, o.uscc, o.support_year",
                row -> new Named(row.getString("name"), support(row)), sessionId);
        Map<String, List<OperatorSupport>> byName = new LinkedHashMap<>();
        rows.forEach(n -> byName.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(n.support()));
        return byName;
    }

    private static OperatorSupport support(ResultSet row) throws SQLException {
        return new OperatorSupport(UnifiedSocialCreditCode.parse(row.getString("uscc")), row.getInt("support_year"),
                Jdbc.id(row, "session_id"),
                Jdbc.decimal(row, "amount_wan").map(Money::new), row.getString("note"));
    }

    @Override
    public void record(OperatorSupport support) {
        jdbc.update("INSERT INTO operator_support (uscc, support_year, session_id, amount_wan, note) VALUES (?, ?, ?, ?, ?)",
                support.uscc().value(), support.year(), support.sessionId(), support.amount().map(Money::wan),
                support.note());
        history.touched("operator_support", support.uscc().value(), support.year());
        history.created(ENTITY, support.uscc().value(), "year=" + support.year() + " session="
                + support.sessionId().map(String::valueOf).orElse("") + " amount="
                + support.amount().map(Money::toWanString).orElse("") + " " + support.note());
    }
}

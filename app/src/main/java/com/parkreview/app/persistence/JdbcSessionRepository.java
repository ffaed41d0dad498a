package com.parkreview.app.persistence;

import com.parkreview.app.review.DefenseTiming;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionRepository;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.rubric.Dimension;
import com.parkreview.scoring.rubric.Indicator;
import com.parkreview.scoring.rubric.Rubric;
import com.parkreview.scoring.settings.AggregationRule;
import com.parkreview.scoring.settings.DeviationThresholds;
import com.parkreview.scoring.settings.ProgrammeSettings;
import com.parkreview.scoring.settings.ScorePrecision;
import com.parkreview.scoring.settings.Tier;
import com.parkreview.scoring.settings.TierScale;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions in H2, each with a copy of its programme's rubric and tiers. */
final class JdbcSessionRepository implements SessionRepository {

    static final String ENTITY = "session";

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcSessionRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public long create(SessionDetails details, ProgrammeSettings settings) {
        return create(details, settings, Optional.empty());
    }

    @Override
    public long create(SessionDetails details, ProgrammeSettings settings, Optional<String> panelCode) {
        long id = jdbc.insert("INSERT INTO review_session (name, review_year, session_date, venue, secretary, "
                        + "programme_name, programme_citation, rubric_name, annual_cap_wan, support_years_limit, "
                        + "score_precision, aggregation_rule, expert_threshold, indicator_threshold, budget_wan, "
                        + "presentation_minutes, qa_minutes, created_at, panel_code) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                details.name(), details.year(), details.date(), details.venue(), details.secretary(), settings.name(),
                settings.citation(), settings.rubric().name(), settings.annualCap().wan(), settings.supportYearsLimit(),
                settings.precision().label(), settings.rule().id(), settings.thresholds().expertPoints(),
                settings.thresholds().indicatorShare(), details.budget().map(Money::wan),
                details.timing().presentationMinutes(), details.timing().qaMinutes(), history.now(),
                panelCode.orElse(null));
        history.touched("review_session", id);
        int position = 0;
        for (Dimension dimension : settings.rubric().dimensions()) {
            jdbc.update("INSERT INTO session_dimension (session_id, code, name, max_score, position) VALUES (?, ?, ?, ?, ?)",
                    id, dimension.code(), dimension.name(), dimension.max(), position++);
            history.touched("session_dimension", id, dimension.code());
        }
        position = 0;
        for (Indicator indicator : settings.rubric().indicators()) {
            jdbc.update("INSERT INTO session_indicator (session_id, code, dimension_code, name, guidance, max_score, "
                            + "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id, indicator.code(), indicator.dimensionCode(), indicator.name(), indicator.guidance(),
                    indicator.max(), position++);
            history.touched("session_indicator", id, indicator.code());
        }
        for (Tier tier : settings.tiers().tiers()) {
            jdbc.update("INSERT INTO session_tier (session_id, code, label, min_score, share) VALUES (?, ?, ?, ?, ?)",
                    id, tier.code(), tier.label(), tier.minScore(), tier.share());
            history.touched("session_tier", id, tier.code());
        }
        history.created(ENTITY, id, describe(details, settings));
        return id;
    }

    @Override
    public Optional<ReviewSession> find(long id) {
        return jdbc.one("SELECT * FROM review_session WHERE id = ?", row -> session(row), id);
    }

    @Override
    public List<SessionSummary> list() {
        return jdbc.list("SELECT s.id, s.name, s.review_year, s.session_date, s.status, "
                + "(SELECT COUNT(*) FROM applicant a WHERE a.session_id = s.id) AS applicants, "
                + "(SELECT COUNT(*) FROM expert e WHERE e.session_id = s.id) AS experts, "
                + "(SELECT COUNT(*) FROM score_sheet h JOIN applicant a ON a.id = h.applicant_id "
                + "   WHERE a.session_id = s.id AND h.status = 'SIGNED') AS signed "
                + "FROM review_session s ORDER BY s.review_year DESC, s.id DESC",
                row -> new SessionSummary(row.getLong("id"), row.getString("name"), row.getInt("review_year"),
                        Jdbc.date(row, "session_date"), SessionStatus.valueOf(row.getString("status")),
                        row.getInt("applicants"), row.getInt("experts"), row.getInt("signed")));
    }

    @Override
    public void setStatus(long id, SessionStatus status) {
        SessionStatus old = find(id).orElseThrow().status();
        jdbc.changeOne("UPDATE review_session SET status = ? WHERE id = ?", status.name(), id);
        history.touched("review_session", id);
        history.changed(ENTITY, id, "status", Optional.of(old.name()), Optional.of(status.name()));
    }

    @Override
    public void update(long id, SessionDetails details, ProgrammeSettings settings) {
        ReviewSession old = find(id).orElseThrow();
        jdbc.changeOne("UPDATE review_session SET name = ?, review_year = ?, session_date = ?, venue = ?, secretary = ?, "
                        + "budget_wan = ?, presentation_minutes = ?, qa_minutes = ?, annual_cap_wan = ?, "
                        + "score_precision = ?, aggregation_rule = ?, expert_threshold = ?, indicator_threshold = ? "
                        + "WHERE id = ?",
                details.name(), details.year(), details.date(), details.venue(), details.secretary(),
                details.budget().map(Money::wan), details.timing().presentationMinutes(), details.timing().qaMinutes(),
                settings.annualCap().wan(), settings.precision().label(), settings.rule().id(),
                settings.thresholds().expertPoints(), settings.thresholds().indicatorShare(), id);
        history.touched("review_session", id);
        history.changed(ENTITY, id, "details", Optional.of(corrected(old.details(), old.settings())),
                Optional.of(corrected(details, settings)));
    }

    private ReviewSession session(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        SessionDetails details = new SessionDetails(row.getString("name"), row.getInt("review_year"),
                Jdbc.date(row, "session_date"), row.getString("venue"),
                Jdbc.decimal(row, "budget_wan").map(Money::new),
                new DefenseTiming(row.getInt("presentation_minutes"), row.getInt("qa_minutes")),
                row.getString("secretary"));
        ProgrammeSettings settings = new ProgrammeSettings(
                row.getString("programme_name"),
                row.getString("programme_citation"),
                rubric(id, row.getString("rubric_name")),
                new Money(row.getBigDecimal("annual_cap_wan")),
                tiers(id),
                row.getInt("support_years_limit"),
                ScorePrecision.parse(row.getString("score_precision")),
                AggregationRule.parse(row.getString("aggregation_rule")),
                new DeviationThresholds(row.getBigDecimal("expert_threshold").stripTrailingZeros(),
                        row.getBigDecimal("indicator_threshold").stripTrailingZeros()));
        return new ReviewSession(id, details, settings, SessionStatus.valueOf(row.getString("status")),
                Jdbc.instant(row, "created_at").orElseThrow());
    }

    private Rubric rubric(long sessionId, String name) {
        record Row(String dimension, Indicator indicator) {
        }
        Map<String, List<Indicator>> byDimension = new LinkedHashMap<>();
        jdbc.list("SELECT code, dimension_code, name, guidance, max_score FROM session_indicator "
                        + "WHERE session_id = ? ORDER BY position",
                r -> new Row(r.getString("dimension_code"), new Indicator(r.getString("code"), r.getString("name"),
                        r.getString("guidance"), plain(r.getBigDecimal("max_score")))), sessionId)
                .forEach(r -> byDimension.computeIfAbsent(r.dimension(), d -> new ArrayList<>()).add(r.indicator()));
        List<Dimension> dimensions = jdbc.list("SELECT code, name, max_score FROM session_dimension "
                        + "WHERE session_id = ? ORDER BY position",
                r -> new Dimension(r.getString("code"), r.getString("name"), plain(r.getBigDecimal("max_score")),
                        byDimension.getOrDefault(r.getString("code"), List.of())), sessionId);
        return new Rubric(name, dimensions);
    }

    private TierScale tiers(long sessionId) {
        return new TierScale(jdbc.list("SELECT code, label, min_score, share FROM session_tier WHERE session_id = ?",
                r -> new Tier(r.getString("code"), r.getString("label"), plain(r.getBigDecimal("min_score")),
                        r.getBigDecimal("share")), sessionId));
    }

    private static BigDecimal plain(BigDecimal value) {
        return JdbcSheetRepository.plain(value);
    }

    private static String describe(SessionDetails details) {
        return details.name() + " | " + details.year() + " | " + details.date().map(Object::toString).orElse("") + " | "
                + details.venue() + " | secretary=" + details.secretary() + " | budget=" + details.budget().map(Money::toWanString).orElse("") + " | "
                + details.timing().presentationMinutes() + "+" + details.timing().qaMinutes() + "min";
    }

    private static String describe(SessionDetails details, ProgrammeSettings settings) {
        return describe(details) + " | " + settings.name() + " | " + settings.citation() + " | "
                + settings.rubric().name() + " | cap="
                + settings.annualCap().toWanString() + " | precision=" + settings.precision().label() + " | rule="
                + settings.rule().id();
    }

    /** What a correction can change, as the history keeps it. */
    private static String corrected(SessionDetails details, ProgrammeSettings settings) {
        return describe(details, settings) + " | thresholds=" + settings.thresholds().expertPoints().toPlainString()
                + "/" + settings.thresholds().indicatorShare().toPlainString();
    }
}

package com.parkreview.app.persistence;

import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.ApplicantRepository;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.HistoryRepository;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.PreReview;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Applicants in H2; changes are written to the history. */
final class JdbcApplicantRepository implements ApplicantRepository {

    private static final String TABLE = "applicant";

    static final String ENTITY = HistoryRepository.APPLICANT;

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcApplicantRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public long add(long sessionId, NewApplicant a) {
        long id = jdbc.insert("INSERT INTO applicant (session_id, code, name, uscc, contact_person, contact_phone, "
                        + "applied_wan, received_wan, defense_order, slot_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessionId, a.code(), a.name(), a.uscc().value(), a.contact().person(), a.contact().phone(),
                a.appliedFor().map(Money::wan), a.receivedThisYear().wan(), a.defenseOrder(), a.slotStart());
        history.touched(TABLE, id);
        history.created(ENTITY, id, "session=" + sessionId + " " + a.code() + " " + a.name() + " uscc=" + a.uscc()
                + " applied=" + a.appliedFor().map(Money::toWanString).orElse("") + " received="
                + a.receivedThisYear().toWanString() + " order=" + a.defenseOrder());
        return id;
    }

    @Override
    public List<Applicant> list(long sessionId) {
        return jdbc.list("SELECT * FROM applicant WHERE session_id = ? ORDER BY defense_order, code",
                JdbcApplicantRepository::applicant, sessionId);
    }

    @Override
    public Optional<Applicant> find(long id) {
        return jdbc.one("SELECT * FROM applicant WHERE id = ?", JdbcApplicantRepository::applicant, id);
    }

    @Override
    public Optional<Applicant> findByCode(long sessionId, String code) {
        return jdbc.one("SELECT * FROM applicant WHERE session_id = ? AND code = ?",
                JdbcApplicantRepository::applicant, sessionId, code);
    }

    @Override
    public void setPreReview(long applicantId, PreReview preReview) {
        PreReview old = find(applicantId).orElseThrow().preReview();
        jdbc.changeOne("UPDATE applicant SET prereview = ?, prereview_reason = ?, prereview_note = ? WHERE id = ?",
                preReview.result().name(), preReview.reason().map(Enum::name), preReview.note(), applicantId);
        history.touched(TABLE, applicantId);
        history.changed(ENTITY, applicantId, "prereview", Optional.of(describe(old)), Optional.of(describe(preReview)));
    }

    @Override
    public void setJointOpinion(long applicantId, String text) {
        String old = find(applicantId).orElseThrow().jointOpinion();
        jdbc.changeOne("UPDATE applicant SET joint_opinion = ? WHERE id = ?", text, applicantId);
        history.touched(TABLE, applicantId);
        history.changed(ENTITY, applicantId, "joint_opinion", Optional.of(old), Optional.of(text));
    }

    @Override
    public void update(long applicantId, NewApplicant a) {
        String old = describe(find(applicantId).orElseThrow());
        jdbc.changeOne("UPDATE applicant SET code = ?, name = ?, uscc = ?, contact_person = ?, contact_phone = ?, "
                        + "applied_wan = ?, received_wan = ?, defense_order = ?, slot_start = ? WHERE id = ?",
                a.code(), a.name(), a.uscc().value(), a.contact().person(), a.contact().phone(),
                a.appliedFor().map(Money::wan), a.receivedThisYear().wan(), a.defenseOrder(), a.slotStart(), applicantId);
        history.touched(TABLE, applicantId);
        history.changed(ENTITY, applicantId, "details", Optional.of(old), Optional.of(describe(find(applicantId).orElseThrow())));
    }

    @Override
    public void remove(long applicantId) {
        Applicant gone = find(applicantId).orElseThrow();
        for (String item : jdbc.list("SELECT item FROM applicant_material WHERE applicant_id = ?", r -> r.getString(1),
                applicantId)) {
            jdbc.changeOne("DELETE FROM applicant_material WHERE applicant_id = ? AND item = ?", applicantId, item);
            history.touched("applicant_material", applicantId, item);
        }
        jdbc.changeOne("DELETE FROM applicant WHERE id = ?", applicantId);
        history.touched(TABLE, applicantId);
        history.record("remove", ENTITY, applicantId, "", Optional.of(describe(gone)), Optional.empty());
    }

    private static String describe(Applicant a) {
        return a.code() + " " + a.name() + " uscc=" + a.uscc() + " contact=" + a.contact().person() + " "
                + a.contact().phone() + " applied=" + a.appliedFor().map(Money::toWanString).orElse("") + " received="
                + a.receivedThisYear().toWanString() + " order=" + a.defenseOrder()
                + a.slotStart().map(t -> " slot=" + t).orElse("");
    }

    private static String describe(PreReview review) {
        return review.result().name() + review.reason().map(r -> " " + r.name()).orElse("")
                + (review.note().isEmpty() ? "" : " " + review.note());
    }

    private static Applicant applicant(ResultSet row) throws SQLException {
        PreReview preReview = new PreReview(PreReview.Result.valueOf(row.getString("prereview")),
                Jdbc.text(row, "prereview_reason").map(PreReview.FailReason::valueOf), row.getString("prereview_note"));
        return new Applicant(row.getLong("id"), row.getLong("session_id"), row.getString("code"), row.getString("name"),
                UnifiedSocialCreditCode.parse(row.getString("uscc")),
                new Contact(row.getString("contact_person"), row.getString("contact_phone")),
                Jdbc.decimal(row, "applied_wan").map(Money::new), new Money(row.getBigDecimal("received_wan")),
                row.getInt("defense_order"), Jdbc.time(row, "slot_start"), preReview, row.getString("joint_opinion"));
    }
}

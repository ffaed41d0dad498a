package com.parkreview.app.persistence;

import com.parkreview.app.review.Material;
import com.parkreview.app.review.MaterialItem;
import com.parkreview.app.review.MaterialRepository;
import com.parkreview.app.review.MaterialsChecklist;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Materials checklists in H2; every changed item is written to the applicant's history. */
final class JdbcMaterialRepository implements MaterialRepository {

    private final Jdbc jdbc;
    private final HistoryWriter history;

    JdbcMaterialRepository(Jdbc jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public MaterialsChecklist forApplicant(long applicantId) {
        Map<Material, MaterialItem> items = new EnumMap<>(Material.class);
        jdbc.list("SELECT item, received, note FROM applicant_material WHERE applicant_id = ?",
                row -> new MaterialItem(Material.valueOf(row.getString("item")), row.getBoolean("received"),
                        row.getString("note")), applicantId)
                .forEach(item -> items.put(item.material(), item));
        return new MaterialsChecklist(applicantId, items);
    }

    @Override
    public Map<Long, MaterialsChecklist> forSession(long sessionId) {
        record Row(long applicantId, MaterialItem item) {
        }
        Map<Long, Map<Material, MaterialItem>> items = new LinkedHashMap<>();
        jdbc.list("SELECT m.applicant_id, m.item, m.received, m.note FROM applicant_material m "
                + "JOIN applicant a ON a.id = m.applicant_id WHERE a.session_id = ?",
                row -> new Row(row.getLong("applicant_id"), new MaterialItem(Material.valueOf(row.getString("item")),
                        row.getBoolean("received"), row.getString("note"))), sessionId)
                .forEach(r -> items.computeIfAbsent(r.applicantId(), a -> new EnumMap<>(Material.class))
                        .put(r.item().material(), r.item()));
        Map<Long, MaterialsChecklist> checklists = new HashMap<>();
        items.forEach((applicant, byMaterial) -> checklists.put(applicant, new MaterialsChecklist(applicant, byMaterial)));
        return checklists;
    }

    @Override
    public void record(long applicantId, MaterialItem item) {
        Optional<MaterialItem> old = forApplicant(applicantId).item(item.material());
        if (old.equals(Optional.of(item))) {
            return;
        }
        if (old.isPresent()) {
            jdbc.changeOne("UPDATE applicant_material SET received = ?, note = ? WHERE applicant_id = ? AND item = ?",
                    item.received(), item.note(), applicantId, item.material().name());
        } else {
            jdbc.update("INSERT INTO applicant_material (applicant_id, item, received, note) VALUES (?, ?, ?, ?)",
                    applicantId, item.material().name(), item.received(), item.note());
        }
        history.touched("applicant_material", applicantId, item.material().name());
        history.changed(JdbcApplicantRepository.ENTITY, applicantId, "material:" + item.material().name(),
                old.map(JdbcMaterialRepository::describe), Optional.of(describe(item)));
    }

    private static String describe(MaterialItem item) {
        return (item.received() ? "received" : "missing") + (item.note().isEmpty() ? "" : " " + item.note());
    }
}

package com.parkreview.app.exchange.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.exchange.json.CanonicalJson;
import com.parkreview.app.exchange.json.StrictJson;
import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.ReturnedScores;
import com.parkreview.app.review.ScoreReturns;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.ScoreFiles;
import com.parkreview.app.testing.TestSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score file: written and signed on the laptop, read back and verified anywhere. */
class ScoreFileTest {

    @TempDir
    Path dir;

    private Database secretary;
    private Database laptop;

    @BeforeEach
    void setUp() {
        secretary = TestSessions.freshDatabase(dir, "secretary");
        TestSessions.Ids ids = TestSessions.session(secretary, 2, 5);
        laptop = OfflineDay.laptop(dir, OfflineDay.kit(secretary, ids.session(), 1));
        OfflineDay.signed(laptop, "A01", "77.5");
        OfflineDay.signed(laptop, "A02", "64");
    }

    @AfterEach
    void tearDown() {
        laptop.close();
        secretary.close();
    }

    private static ReturnedScores read(String text) throws Exception {
        return ScoreFile.read("E1.prscore", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writtenFileReadsBackAsTheExpertsSignedSheets() throws Exception {
        ScoreReturns.Prepared prepared = new ScoreReturns(laptop).prepare();
        String text = ScoreFile.write(prepared.scores(), prepared.privateKey());
        assertEquals(prepared.scores(), read(text));
        assertTrue(text.contains("\"score\" : \"12.5\""), "scores are written as text");
        assertTrue(text.contains("\"publicKey\" : \"" + prepared.scores().key().encoded() + "\""));
    }

    @Test
    void signatureIsTheKeysOverTheDocumentedCanonicalForm() throws Exception {
        ObjectNode file = ScoreFiles.tree(ScoreFiles.export(laptop));
        String signature = file.remove("signature").textValue();
        ReturnedScores scores = read(ScoreFiles.export(laptop));
        assertTrue(Ed25519.verifies(scores.key(), CanonicalJson.bytes(file), signature));
        String canonical = new String(CanonicalJson.bytes(file), StandardCharsets.UTF_8);
        assertTrue(canonical.startsWith("{\"expert\":{\"code\":\"E1\",\"name\":\"专家1\"},"
                + "\"exportedAt\":\"2026-11-20T01:30:00Z\",\"format\":\"parkreview-score\",\"historyHead\":{\"hash\":\""),
                canonical);
        assertTrue(canonical.contains("},\"kitHistoryHead\":{\"hash\":\""), canonical);
        assertTrue(canonical.contains("{\"comment\":\"\",\"indicator\":\"4.2\",\"score\":\"12.5\"}"), canonical);
    }

    @Test
    void layoutAndKeyOrderDoNotMatterOnlyTheContent() throws Exception {
        ObjectNode file = ScoreFiles.tree(ScoreFiles.export(laptop));
        ObjectNode reordered = StrictJson.mapper().createObjectNode();
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = file.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        Collections.reverse(names);
        names.forEach(name -> reordered.set(name, file.get(name)));
        String compact = StrictJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(reordered);
        assertTrue(compact.startsWith("{\"signature\":"), compact.substring(0, 20));
        assertEquals(read(ScoreFiles.export(laptop)), read("\uFEFF" + compact + "\r\n"));
    }
}

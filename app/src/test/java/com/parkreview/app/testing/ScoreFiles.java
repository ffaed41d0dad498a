package com.parkreview.app.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parkreview.app.exchange.json.CanonicalJson;
import com.parkreview.app.exchange.json.StrictJson;
import com.parkreview.app.exchange.score.ScoreFile;
import com.parkreview.app.exchange.signing.Ed25519;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.review.ScoreReturns;

/** Score files for tests: the expert's own export, and files signed again after a change (as a holder of the key could). */
public final class ScoreFiles {

    private ScoreFiles() {
    }

    /** The laptop's score file, as {@code score export} writes it. */
    public static String export(Database laptop) {
        ScoreReturns.Prepared prepared = new ScoreReturns(laptop).prepare();
        return ScoreFile.write(prepared.scores(), prepared.privateKey());
    }

    public static String privateKey(Database laptop) {
        return laptop.read(s -> s.expertMode().privateKey()).orElseThrow();
    }

    /** The document signed again with the private key: its signature valid for whatever it now says. */
    public static String resign(ObjectNode document, String privateKey) {
        try {
            ObjectNode copy = document.deepCopy();
            copy.remove("signature");
            copy.put("signature", Ed25519.sign(privateKey, CanonicalJson.bytes(copy)));
            return StrictJson.mapper().writeValueAsString(copy);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the test document", e);
        }
    }

    public static ObjectNode tree(String json) {
        try {
            return (ObjectNode) StrictJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.parkreview.app.review;

import java.util.Optional;

/** Whether this database is an expert's laptop copy (expert mode), and the expert's key pair. */
public interface ExpertModeRepository {

    Optional<ExpertMode> current();

    /**
     * Enters expert mode for good. {@code privateKey} (PKCS#8, Base64) stays in this database; the
     * history records the key's fingerprint, never the key.
     */
    void enter(ExpertMode mode, String privateKey);

    /** The private key of expert mode (PKCS#8, Base64), to sign the expert's score files. */
    Optional<String> privateKey();
}

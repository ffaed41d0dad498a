package com.parkreview.app.review;

/**
 * An expert's key pair as expert mode keeps it: the public key, and the private key (PKCS#8,
 * Base64) that never leaves the expert's database.
 */
public record ExpertKeyPair(ExpertKey publicKey, String privateKey) {

    public ExpertKeyPair {
        if (publicKey == null || privateKey == null || privateKey.isBlank()) {
            throw new IllegalArgumentException("a key pair has both keys");
        }
    }

    @Override
    public String toString() {
        return "ExpertKeyPair[" + publicKey.fingerprint() + "]";
    }
}

package com.parkreview.app.exchange.signing;

import com.parkreview.app.review.ExpertKey;
import com.parkreview.app.review.ExpertKeyPair;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Ed25519 (RFC 8032) with the JDK's own provider: an expert's key pair, signing, verifying. */
public final class Ed25519 {

    private static final String ALGORITHM = "Ed25519";
    /** An Ed25519 signature is 64 bytes: 88 characters of Base64. */
    private static final int SIGNATURE_BYTES = 64;

    private Ed25519() {
    }

    public static ExpertKeyPair newKeyPair() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new ExpertKeyPair(new ExpertKey(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())),
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /** The signature of the content, in Base64. */
    public static String sign(String privateKey, byte[] content) {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(content);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the expert's private key in this database cannot sign", e);
        }
    }

    /**
     * Whether the signature (Base64) is the key's over the content. Anything malformed — the
     * signature's encoding or length, the key — is simply not a valid signature.
     */
    public static boolean verifies(ExpertKey key, byte[] content, String signature) {
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (signatureBytes.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            PublicKey publicKey = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(key.bytes()));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(content);
            return verifier.verify(signatureBytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}

package com.parkreview.app.persistence.dump;

import com.parkreview.app.AppText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The backup of an encrypted database is encrypted with the database's password: {@code
 * PRBKAES1}, a 16-byte salt, a 12-byte nonce, then the zip under AES-256-GCM with a key derived by
 * PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} rounds). GCM's tag makes a changed byte or a wrong
 * password fail as a whole.
 */
public final class BackupCipher {

    private static final byte[] MAGIC = "PRBKAES1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int ITERATIONS = 310_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCipher() {
    }

    public static boolean encrypted(byte[] file) {
        return file.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC);
    }

    public static byte[] encrypt(byte[] zip, char[] password) {
        byte[] salt = random(SALT);
        byte[] nonce = random(NONCE);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, password, salt, nonce);
            byte[] sealed = cipher.doFinal(zip);
            return ByteBuffer.allocate(MAGIC.length + SALT + NONCE + sealed.length)
                    .put(MAGIC).put(salt).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and PBKDF2 are part of every JDK", e);
        }
    }

    public static byte[] decrypt(byte[] file, char[] password) throws BackupRefusedException {
        int head = MAGIC.length + SALT + NONCE;
        if (!encrypted(file) || file.length < head + 16) {
            throw new BackupRefusedException(AppText.of("backup.notEncrypted"));
        }
        byte[] salt = Arrays.copyOfRange(file, MAGIC.length, MAGIC.length + SALT);
        byte[] nonce = Arrays.copyOfRange(file, MAGIC.length + SALT, head);
        try {
            return cipher(Cipher.DECRYPT_MODE, password, salt, nonce).doFinal(file, head, file.length - head);
        } catch (AEADBadTagException e) {
            throw new BackupRefusedException(AppText.of("backup.wrongPassword"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and PBKDF2 are part of every JDK", e);
        }
    }

    private static Cipher cipher(int mode, char[] password, byte[] salt, byte[] nonce) throws GeneralSecurityException {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 256)).getEncoded();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(MAGIC);
        return cipher;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

package dev.pitkit.ghl.webhooks;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Public keys for {@link WebhookVerifier}: GHL's published RSA key, and parsing of PEM
 * ({@code -----BEGIN PUBLIC KEY-----}) or bare base64 keys. Failures name the expected kind of key,
 * never the text given.
 */
public final class WebhookKeys {
  /**
   * GHL's published RSA public key for {@code x-wh-signature}, as printed in GHL's
   * "Webhook Authentication Guide" (docs/oauth/WebhookAuthentication.md). GHL announces rotations
   * by email and on its developer channels; add the new key with
   * {@link WebhookVerifier.Builder#addRsaPublicKey(String)} while both are in use.
   */
  public static final String GHL_RSA_PUBLIC_KEY_PEM = String.join("\n",
      "-----BEGIN PUBLIC KEY-----",
      "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC",
      "Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6",
      "dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB",
      "csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv",
      "uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF",
      "3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU",
      "J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp",
      "IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN",
      "h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC",
      "HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ",
      "PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk",
      "T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==",
      "-----END PUBLIC KEY-----");

  /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519, before the 32 key bytes (RFC 8410). */
  private static final byte[] ED25519_SPKI_PREFIX = {
      0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

  private static final PublicKey GHL_RSA = rsaPublicKey(GHL_RSA_PUBLIC_KEY_PEM);

  private WebhookKeys() {}

  /**
   * GHL's published RSA key ({@link #GHL_RSA_PUBLIC_KEY_PEM}), parsed.
   *
   * @return the key every new verifier starts with for {@code x-wh-signature}
   */
  public static PublicKey ghlRsaPublicKey() {
    return GHL_RSA;
  }

  /**
   * An Ed25519 public key from PEM ({@code -----BEGIN PUBLIC KEY-----}), base64 of its X.509 form,
   * or base64 of the raw 32 key bytes.
   *
   * @param text the key
   * @return the key
   * @throws IllegalArgumentException when the text is not such a key (the text is not repeated)
   */
  public static PublicKey ed25519PublicKey(String text) {
    byte[] der = decode(text, "Ed25519");
    if (der.length == 32) {
      byte[] spki = new byte[ED25519_SPKI_PREFIX.length + 32];
      System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
      System.arraycopy(der, 0, spki, ED25519_SPKI_PREFIX.length, 32);
      der = spki;
    }
    return parse(der, "Ed25519");
  }

  /**
   * An RSA public key from PEM ({@code -----BEGIN PUBLIC KEY-----}) or base64 of its X.509 form.
   *
   * @param text the key
   * @return the key
   * @throws IllegalArgumentException when the text is not such a key (the text is not repeated)
   */
  public static PublicKey rsaPublicKey(String text) {
    return parse(decode(text, "RSA"), "RSA");
  }

  private static byte[] decode(String text, String kind) {
    if (text == null) {
      throw new IllegalArgumentException("no " + kind + " public key given");
    }
    if (text.contains("BEGIN RSA PUBLIC KEY")) { // PKCS#1, not the X.509 form GHL publishes
      throw new IllegalArgumentException("not an X.509 " + kind + " public key: a PKCS#1 'RSA PUBLIC KEY' was given;"
          + " convert it with: openssl rsa -RSAPublicKey_in -in key.pem -pubout");
    }
    // "\n" as two characters: a PEM kept in an environment variable or a properties file
    String base64 = text.replace("\\n", "\n").replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an " + kind + " public key: expected PEM or base64");
    }
  }

  private static PublicKey parse(byte[] der, String kind) {
    try {
      return KeyFactory.getInstance(kind).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("not an " + kind + " public key (X.509 SubjectPublicKeyInfo expected)");
    }
  }
}

package dev.pitkit.ghl.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/** Test keys (generated per run) and signatures, as GHL makes them. */
final class Signing {
  private Signing() {}

  static KeyPair ed25519() {
    return generate("Ed25519", 0);
  }

  static KeyPair rsa() {
    return generate("RSA", 2048);
  }

  static String sign(KeyPair keys, byte[] body) {
    return sign(keys.getPrivate(), body);
  }

  static String sign(PrivateKey key, byte[] body) {
    try {
      Signature s = Signature.getInstance(key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "Ed25519");
      s.initSign(key);
      s.update(body);
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(KeyPair keys) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static KeyPair generate(String algorithm, int size) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
      if (size > 0) {
        g.initialize(size);
      }
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

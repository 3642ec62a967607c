package dev.pitkit.ghl.webhooks;

/** The two ways GHL signs a webhook body (raw bytes, base64 signature in a header). */
public enum SignatureScheme {
  /**
   * Ed25519 over the body, in {@code x-ghl-signature}, verified with the public key the application
   * gets from GHL (GHL's Node SDK reads it from {@code WEBHOOK_SIGNATURE_PUBLIC_KEY}). Preferred:
   * when the header is present and a key is configured, this scheme alone decides.
   */
  ED25519("x-ghl-signature"),
  /**
   * RSA PKCS#1 v1.5 with SHA-256 over the body, in {@code x-wh-signature}, verified with GHL's
   * published key (built in, see {@link WebhookKeys#ghlRsaPublicKey()}). GHL's SDK treats it as legacy.
   */
  RSA_SHA256("x-wh-signature");

  private final String header;

  SignatureScheme(String header) {
    this.header = header;
  }

  /**
   * The request header carrying this scheme's signature, lower case.
   *
   * @return e.g. {@code x-ghl-signature}
   */
  public String header() {
    return header;
  }
}

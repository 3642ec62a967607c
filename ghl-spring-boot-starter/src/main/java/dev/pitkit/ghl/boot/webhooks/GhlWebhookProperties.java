package dev.pitkit.ghl.boot.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code ghl.webhooks.*} properties the starter builds its {@code WebhookVerifier} from (with
 * {@code ghl-webhooks} on the class path). E.g.
 * {@code ghl.webhooks.ed25519-public-keys=${GHL_WEBHOOK_PUBLIC_KEY}}.
 */
@ConfigurationProperties(prefix = "ghl.webhooks")
public class GhlWebhookProperties {
  /**
   * Whether the starter defines a WebhookVerifier bean and the @GhlWebhook controller parameter
   * (with ghl-webhooks on the class path).
   */
  private boolean enabled = true;

  /**
   * GHL's Ed25519 public key(s) for x-ghl-signature: PEM or base64 (X.509 or the raw 32 bytes),
   * several during a rotation. E.g. ghl.webhooks.ed25519-public-keys=${GHL_WEBHOOK_PUBLIC_KEY}.
   */
  private List<String> ed25519PublicKeys = new ArrayList<>();

  /**
   * Whether x-wh-signature (RSA-SHA256, GHL's legacy scheme, verified with GHL's published key) is
   * accepted. Turn it off once GHL signs your deliveries with Ed25519.
   */
  private boolean legacyRsa = true;

  /** RSA public key(s) (PEM or base64) accepted beside GHL's built-in one: for GHL's next key in a rotation. */
  private List<String> rsaPublicKeys = new ArrayList<>();

  /** How far a payload's timestamp may be from now, in the past or the future. */
  private Duration tolerance = Duration.ofMinutes(5);

  /** The largest body accepted; a larger one is refused (413) without being read whole. */
  private DataSize maxBodySize = DataSize.ofMegabytes(1);

  /** Whether the starter defines the verifier and the controller parameter. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Turns the webhook support on or off. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The Ed25519 public keys. */
  public List<String> getEd25519PublicKeys() {
    return ed25519PublicKeys;
  }

  /** Sets the Ed25519 public keys. */
  public void setEd25519PublicKeys(List<String> ed25519PublicKeys) {
    this.ed25519PublicKeys = ed25519PublicKeys;
  }

  /** Whether the legacy RSA signature is accepted. */
  public boolean isLegacyRsa() {
    return legacyRsa;
  }

  /** Accepts or refuses the legacy RSA signature. */
  public void setLegacyRsa(boolean legacyRsa) {
    this.legacyRsa = legacyRsa;
  }

  /** The RSA public keys accepted beside GHL's. */
  public List<String> getRsaPublicKeys() {
    return rsaPublicKeys;
  }

  /** Sets the RSA public keys accepted beside GHL's. */
  public void setRsaPublicKeys(List<String> rsaPublicKeys) {
    this.rsaPublicKeys = rsaPublicKeys;
  }

  /** The timestamp tolerance. */
  public Duration getTolerance() {
    return tolerance;
  }

  /** Sets the timestamp tolerance. */
  public void setTolerance(Duration tolerance) {
    this.tolerance = tolerance;
  }

  /** The body size limit. */
  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  /** Sets the body size limit. */
  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  /** Names the settings, never a key. */
  @Override
  public String toString() {
    return "GhlWebhookProperties[enabled=" + enabled + ", ed25519PublicKeys=" + size(ed25519PublicKeys)
        + ", legacyRsa=" + legacyRsa + ", rsaPublicKeys=" + size(rsaPublicKeys) + ", tolerance=" + tolerance
        + ", maxBodySize=" + maxBodySize + "]";
  }

  private static int size(List<String> keys) {
    return keys == null ? 0 : keys.size();
  }
}

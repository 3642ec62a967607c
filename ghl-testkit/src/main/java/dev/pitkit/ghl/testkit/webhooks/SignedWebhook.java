package dev.pitkit.ghl.testkit.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A webhook delivery as GHL would send it: the body bytes and the headers (signatures, content type).
 * Immutable; from {@link GhlWebhookSigner}.
 */
public final class SignedWebhook {
  private final byte[] body;
  private final Map<String, String> headers;

  SignedWebhook(byte[] body, Map<String, String> headers) {
    this.body = body.clone();
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * The body, exactly as signed.
   *
   * @return a copy of the bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the JSON text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The headers to send: {@code Content-Type}, and {@code x-ghl-signature} and/or
   * {@code x-wh-signature}.
   *
   * @return name to value, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The headers in the shape of {@code WebhookVerifier.verify(byte[], Map)} and of most frameworks.
   *
   * @return name to a one-element list, unmodifiable
   */
  public Map<String, List<String>> headerLists() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> out.put(k, List.of(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * A copy with one header changed (or removed, with a null value): to test how your endpoint
   * answers a bad or missing signature. Header names are case-insensitive, as in HTTP:
   * {@code withHeader("X-GHL-Signature", "AAAA")} replaces the {@code x-ghl-signature} there is.
   *
   * @param name the header
   * @param value its new value, or null to remove it
   * @return the changed delivery
   */
  public SignedWebhook withHeader(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(headers);
    changed.keySet().removeIf(name::equalsIgnoreCase);
    if (value != null) {
      changed.put(name, value);
    }
    return new SignedWebhook(body, changed);
  }

  /**
   * Names the headers only.
   *
   * @return e.g. {@code SignedWebhook[1234 bytes, headers=[Content-Type, x-ghl-signature]]}
   */
  @Override
  public String toString() {
    return "SignedWebhook[" + body.length + " bytes, headers=" + headers.keySet() + "]";
  }
}

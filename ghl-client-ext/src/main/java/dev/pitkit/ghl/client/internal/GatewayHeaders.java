package dev.pitkit.ghl.client.internal;

import java.util.function.BiConsumer;

/**
 * The gateway headers of every request: {@code Authorization}, {@code User-Agent}, and, when the
 * operation has them, {@code Maton-Connection} and the GHL {@code Version}, in the order sent; the
 * {@link CallPipeline} adds them to every request.
 */
final class GatewayHeaders {
  private final String authorization;
  private final String userAgent;

  GatewayHeaders(Secret apiKey, String userAgent) {
    this.authorization = "Bearer " + apiKey.reveal();
    this.userAgent = userAgent;
  }

  /**
   * Hands each header to {@code sink}, in sending order.
   *
   * @param connection the {@code Maton-Connection}, or null for none (Maton's own operations)
   * @param version the {@code Version}, or null for none
   */
  void forEach(String connection, String version, BiConsumer<String, String> sink) {
    sink.accept("Authorization", authorization);
    sink.accept("User-Agent", userAgent);
    if (connection != null) {
      sink.accept("Maton-Connection", connection);
    }
    if (version != null) {
      sink.accept("Version", version);
    }
  }

  @Override
  public String toString() {
    return "GatewayHeaders{userAgent=" + userAgent + "}";
  }
}

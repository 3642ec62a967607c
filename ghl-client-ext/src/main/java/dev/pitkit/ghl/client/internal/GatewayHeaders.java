package dev.pitkit.ghl.client.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Adds the gateway headers to every request: {@code Authorization}, {@code User-Agent}, and from
 * the call in progress {@code Maton-Connection} and the GHL {@code Version}.
 */
final class GatewayHeaders implements RequestInterceptor {
  private final String authorization;
  private final String userAgent;

  GatewayHeaders(Secret apiKey, String userAgent) {
    this.authorization = "Bearer " + apiKey.reveal();
    this.userAgent = userAgent;
  }

  @Override
  public void apply(RequestTemplate template) {
    template.header("Authorization", authorization);
    template.header("User-Agent", userAgent);
    CallContext ctx = CallContext.current();
    if (ctx != null) {
      if (ctx.connection != null) {
        template.header("Maton-Connection", ctx.connection);
      }
      if (ctx.version != null) {
        template.header("Version", ctx.version);
      }
    }
  }

  @Override
  public String toString() {
    return "GatewayHeaders{userAgent=" + userAgent + "}";
  }
}

package dev.pitkit.ghl.client.internal;

import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Feign's wire logging through SLF4J (logger {@code dev.pitkit.ghl.client.http}, level INFO),
 * with secret header values, and the API key wherever a body echoes it, replaced by {@code ****} at every level. Feign's own hook can only
 * drop headers; here the value is masked and the name kept, so a log still shows what was sent.
 */
final class RedactingLogger extends feign.Logger {
  static final String LOGGER_NAME = "dev.pitkit.ghl.client.http";
  /** A holder: SLF4J starts (a provider lookup) only when a wire log is written, not with the client. */
  private static final class Log {
    static final org.slf4j.Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
  }

  private final Secret apiKey;

  RedactingLogger(Secret apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (!Log.LOG.isInfoEnabled()) {
      return;
    }
    if (args.length == 2 && "%s: %s".equals(format) && args[0] instanceof String name && isSecret(name)) {
      args = new Object[] {name, "****"};
    }
    Log.LOG.info(apiKey.maskIn(String.format(methodTag(configKey) + format, args))); // a body may echo the key
  }

  /**
   * Feign's request log, for each attempt the {@link RetryLoop} sends. Below {@code FULL} (the
   * level that logs bodies, personal data included) the query's values are not shown: they may be
   * an email or a phone number ({@code ?email=***&locationId=***}).
   */
  void request(String configKey, Level level, feign.Request request) {
    logRequest(configKey, level, level == Level.FULL ? request : withoutQueryValues(request));
  }

  static feign.Request withoutQueryValues(feign.Request r) {
    String url = r.url();
    int q = url.indexOf('?');
    if (q < 0) {
      return r;
    }
    StringBuilder masked = new StringBuilder(url.substring(0, q + 1));
    for (String pair : url.substring(q + 1).split("&", -1)) {
      int eq = pair.indexOf('=');
      masked.append(masked.charAt(masked.length() - 1) == '?' ? "" : "&").append(eq < 0 ? pair : pair.substring(0, eq + 1) + "***");
    }
    return feign.Request.create(r.httpMethod(), masked.toString(), r.headers(), r.body(), r.charset(), r.requestTemplate());
  }

  /** Feign's response log; returns the response with its body re-readable. */
  feign.Response response(String configKey, Level level, feign.Response response, long elapsedMillis)
      throws java.io.IOException {
    return logAndRebufferResponse(configKey, level, response, elapsedMillis);
  }

  /** Feign's log line for a failed exchange. */
  void ioException(String configKey, Level level, java.io.IOException e, long elapsedMillis) {
    logIOException(configKey, level, e, elapsedMillis);
  }

  /** Authorization, cookies, and any header whose name mentions a key, token or secret. */
  static boolean isSecret(String header) {
    String h = header.toLowerCase(Locale.ROOT);
    return h.equals("authorization") || h.equals("proxy-authorization") || h.equals("cookie") || h.equals("set-cookie")
        || h.contains("key") || h.contains("token") || h.contains("secret");
  }
}

package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RetryPolicy;
import java.time.Duration;
import java.util.Locale;

/** The seed's troubleshooting table, matched against an error's status and GHL message. */
final class Hints {
  private static final String RATE_LIMITS =
      "Rate limited: GHL allows 100 requests per 10 s per location and 200,000 per day; Maton 10 requests per second per account.";

  private Hints() {}

  /**
   * The hint for a 429 whose headers say {@code info}, after {@code attempts} under {@code policy}: the
   * limits, and, when retries were left, why its headers stopped them (a spent daily quota, a
   * {@code Retry-After} over the policy's longest wait); retries used up show in the message's attempt count.
   */
  static String forRateLimit(RateLimitInfo info, RetryPolicy policy, int attempts) {
    if (attempts > policy.maxRetries()) {
      return RATE_LIMITS;
    }
    if (info.dailyLimitReached()) {
      return RATE_LIMITS + " Not retried: the daily quota is spent (X-RateLimit-Daily-Remaining: 0).";
    }
    Duration wait = info.retryAfter().orElse(null);
    if (wait != null && wait.compareTo(policy.maxDelay()) > 0) {
      return RATE_LIMITS + " Not retried: its Retry-After (" + shown(wait) + ") is longer than maxRetryDelay ("
          + shown(policy.maxDelay()) + "); raise maxRetryDelay to wait that long, or retry after retryAfter().";
    }
    return RATE_LIMITS;
  }

  private static String shown(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /**
   * Why an answer that a GET would retry after was not retried for a POST or PATCH under {@code policy}
   * (the server may have applied it), or null.
   */
  static String notRetriedWrite(RetryPolicy policy, String method, int status, int attempts) {
    if (status == 429 || attempts > policy.maxRetries() || policy.retriesStatus(method, status)
        || !policy.retriesStatus("GET", status)) {
      return null;
    }
    return "Not retried: " + mayHaveApplied(method) + ".";
  }

  /** Why a {@code method} request that may have reached the server is not sent again, and how to opt in. */
  static String mayHaveApplied(String method) {
    return "the server may have applied the " + method + " (opt in with RequestOptions.retryNonIdempotent(true) if a"
        + " duplicate is acceptable)";
  }

  /**
   * The hint for {@code status} and GHL's {@code message} on {@code op}, sent with {@code connection} (or
   * null); {@code locationSent} tells whether the request carried a {@code locationId} or {@code altId}.
   */
  static String forError(int status, String message, OperationInfo op, String connection, boolean locationSent) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    String sent = connection == null ? "." : "; " + connection + " was sent: check that it is one.";
    String needs = op == null ? "" : switch (op.token()) {
      case AGENCY -> " This operation (" + op.operationId() + ") needs the agency connection" + sent;
      case SUB_ACCOUNT -> " This operation (" + op.operationId() + ") needs the sub-account connection" + sent;
      case MATON -> "";
    };
    switch (status) {
      case 400:
        return !m.contains("connection") ? null
            : "Maton found no usable connection for this app: create one with connections().createConnection(...) or check the Maton-Connection id.";
      case 401:
        if (m.contains("scope")) {
          return "The token is not authorized for this scope: agency tokens can't access CRM data and sub-account tokens can't manage locations." + needs;
        }
        if (m.contains("user type")) {
          return "Token's user type mismatch: wrong token type for this endpoint (e.g. an agency token on a sub-account endpoint)." + needs;
        }
        if (m.contains("version")) {
          return "GHL rejected the Version header; the client sends the spec's x-ghl-version unless versionOverride(...) is set.";
        }
        return "Check the Maton API key (MATON_API_KEY): it is invalid, missing or expired."
            + (connection == null ? "" : " If calls with other connections succeed, the authorization of " + connection
                + " is: re-authorize that connection in Maton.");
      case 403:
        return "The token does not have access to this location: an agency token was used for a sub-account endpoint or vice versa, or the connection belongs to another location." + needs;
      case 422:
        return m.contains("locationid") && !locationSent
            ? "Add the locationId query parameter (invoices, payments and medias take altId + altType=location instead)."
            : "GHL refused what was sent (the messages say why): a field it requires, a value it does not take, or a state"
                + " such as a slot no longer free.";
      case 413:
        return "The request body is larger than GHL accepts: for a file, upload a smaller one (or use the operation's"
            + " large-file flow where it has one, e.g. initiateConversationFileUpload).";
      case 415:
        return "GHL does not accept this type of body or file: the operation's description lists the types it takes.";
      case 500:
        return "If this persists, the connection's authorization may have expired: recreate the connection.";
      default:
        return null;
    }
  }
}

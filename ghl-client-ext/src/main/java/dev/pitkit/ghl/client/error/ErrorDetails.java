package dev.pitkit.ghl.client.error;

import com.google.auto.value.AutoValue;
import dev.pitkit.ghl.client.internal.Printable;
import jakarta.annotation.Nullable;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything known about a failed call. Never holds the API key: request headers are not kept.
 * Immutable, with value equality; built by the client (or, in tests, with {@link #builder()}).
 */
@AutoValue
public abstract class ErrorDetails implements Serializable {
  private static final long serialVersionUID = 4L; // 4: meta()

  ErrorDetails() {} // AutoValue writes the only implementation

  /** A builder with nothing set (numbers 0, lists and maps empty, the rest null). */
  public static Builder builder() {
    return new AutoValue_ErrorDetails.Builder().status(0).attempts(0).errorMessages(List.of()).headers(Map.of())
        .meta(Map.of());
  }

  /** HTTP status. */
  public abstract int status();

  /** GHL's {@code message} (string or array), or the status text. */
  public abstract List<String> errorMessages();

  /** GHL's {@code error} field, or null. */
  public abstract @Nullable String error();

  /** GHL's {@code traceId} or a request id header, or null. */
  public abstract @Nullable String traceId();

  /** HTTP method. */
  public abstract @Nullable String method();

  /** The request path without the query string. */
  public abstract @Nullable String path();

  /** The spec operationId. */
  public abstract @Nullable String operationId();

  /** The {@code Maton-Connection} used, or null. */
  public abstract @Nullable String connection();

  /** Response headers, names lower-case. */
  public abstract Map<String, List<String>> headers();

  /**
   * GHL's {@code meta} object, by field, each value as text (an object's as JSON); empty when there
   * is none. A duplicate contact's answer names the contact there ({@code contactId}).
   */
  public abstract Map<String, String> meta();

  /** The raw body, truncated to 8 KiB. */
  public abstract @Nullable String body();

  /** How many times the request was sent. */
  public abstract int attempts();

  /** Troubleshooting hint, or null. */
  public abstract @Nullable String hint();

  /** GHL's messages joined with "; ". */
  public String errorMessage() {
    return String.join("; ", errorMessages());
  }

  @Override
  public final String toString() {
    return "ErrorDetails[" + describe() + "]";
  }

  /** The exception message: status, GHL's message, request, connection, trace id and hint. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(status()).append(' ').append(Printable.of(errorMessage()));
    sb.append(" [").append(method()).append(' ').append(path());
    if (operationId() != null) {
      sb.append(" (").append(operationId()).append(')');
    }
    if (connection() != null) {
      sb.append(", connection ").append(connection());
    }
    if (traceId() != null) {
      sb.append(", traceId ").append(Printable.of(traceId()));
    }
    if (attempts() > 1) {
      sb.append(", ").append(attempts()).append(" attempts");
    }
    sb.append(']');
    if (hint() != null) {
      sb.append(". Hint: ").append(hint());
    }
    return sb.toString();
  }

  /** Builds {@link ErrorDetails}; lists and maps are copied (immutable) on {@link #build()}. */
  @AutoValue.Builder
  public abstract static class Builder {
    Builder() {}

    /** HTTP status. */
    public abstract Builder status(int status);

    /** GHL's {@code message} (string or array), or the status text. */
    public abstract Builder errorMessages(List<String> errorMessages);

    /** GHL's {@code error} field, or null. */
    public abstract Builder error(@Nullable String error);

    /** GHL's {@code traceId} or a request id header, or null. */
    public abstract Builder traceId(@Nullable String traceId);

    /** HTTP method. */
    public abstract Builder method(@Nullable String method);

    /** The request path without the query string. */
    public abstract Builder path(@Nullable String path);

    /** The spec operationId. */
    public abstract Builder operationId(@Nullable String operationId);

    /** The {@code Maton-Connection} used, or null. */
    public abstract Builder connection(@Nullable String connection);

    /** Response headers, names lower-case. */
    public abstract Builder headers(Map<String, List<String>> headers);

    /** GHL's {@code meta} object, by field, each value as text. */
    public abstract Builder meta(Map<String, String> meta);

    /** The raw body, truncated to 8 KiB. */
    public abstract Builder body(@Nullable String body);

    /** How many times the request was sent. */
    public abstract Builder attempts(int attempts);

    /** Troubleshooting hint, or null. */
    public abstract Builder hint(@Nullable String hint);

    abstract List<String> errorMessages();

    abstract Map<String, List<String>> headers();

    abstract Map<String, String> meta();

    abstract ErrorDetails autoBuild();

    /** The details. */
    public ErrorDetails build() {
      errorMessages(List.copyOf(errorMessages()));
      Map<String, List<String>> copy = new java.util.LinkedHashMap<>(); // each value list too: immutable all the way
      headers().forEach((name, values) -> copy.put(name, List.copyOf(values)));
      headers(java.util.Collections.unmodifiableMap(copy));
      meta(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta()))); // in GHL's order
      return autoBuild();
    }
  }
}

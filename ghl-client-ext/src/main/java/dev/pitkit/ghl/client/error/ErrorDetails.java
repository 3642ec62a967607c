package dev.pitkit.ghl.client.error;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything known about a failed call. Never holds the API key: request headers are not kept.
 * Immutable; built by the client (or, in tests, with {@link #builder()}).
 */
public final class ErrorDetails implements Serializable {
  private static final long serialVersionUID = 2L; // 2: the values moved into one record

  /** The values, a record for equals, hashCode and serialization. */
  private record Values(int status, List<String> errorMessages, String error, String traceId, String method,
      String path, String operationId, String connection, Map<String, List<String>> headers, String body,
      int attempts, String hint) implements Serializable {}

  private final Values v;

  private ErrorDetails(Builder b) {
    this.v = new Values(b.status, b.errorMessages == null ? List.of() : List.copyOf(b.errorMessages), b.error,
        b.traceId, b.method, b.path, b.operationId, b.connection, b.headers == null ? Map.of() : Map.copyOf(b.headers),
        b.body, b.attempts, b.hint);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** HTTP status. */
  public int status() {
    return v.status;
  }

  /** GHL's {@code message} (string or array), or the status text. */
  public List<String> errorMessages() {
    return v.errorMessages;
  }

  /** GHL's {@code error} field, or null. */
  public String error() {
    return v.error;
  }

  /** GHL's {@code traceId} or a request id header, or null. */
  public String traceId() {
    return v.traceId;
  }

  /** HTTP method. */
  public String method() {
    return v.method;
  }

  /** The request path without the query string. */
  public String path() {
    return v.path;
  }

  /** The spec operationId. */
  public String operationId() {
    return v.operationId;
  }

  /** The {@code Maton-Connection} used, or null. */
  public String connection() {
    return v.connection;
  }

  /** Response headers, names lower-case. */
  public Map<String, List<String>> headers() {
    return v.headers;
  }

  /** The raw body, truncated to 8 KiB. */
  public String body() {
    return v.body;
  }

  /** How many times the request was sent. */
  public int attempts() {
    return v.attempts;
  }

  /** Troubleshooting hint, or null. */
  public String hint() {
    return v.hint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ErrorDetails d && v.equals(d.v);
  }

  @Override
  public int hashCode() {
    return v.hashCode();
  }

  @Override
  public String toString() {
    return "ErrorDetails[" + describe() + "]";
  }

  /** GHL's messages joined with "; ". */
  public String errorMessage() {
    return String.join("; ", v.errorMessages);
  }

  /** The exception message: status, GHL's message, request, connection, trace id and hint. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(v.status).append(' ').append(errorMessage());
    sb.append(" [").append(v.method).append(' ').append(v.path);
    if (v.operationId != null) {
      sb.append(" (").append(v.operationId).append(')');
    }
    if (v.connection != null) {
      sb.append(", connection ").append(v.connection);
    }
    if (v.traceId != null) {
      sb.append(", traceId ").append(v.traceId);
    }
    if (v.attempts > 1) {
      sb.append(", ").append(v.attempts).append(" attempts");
    }
    sb.append(']');
    if (v.hint != null) {
      sb.append(". Hint: ").append(v.hint);
    }
    return sb.toString();
  }

  /** Builds {@link ErrorDetails}. */
  public static final class Builder {
    private int status;
    private List<String> errorMessages;
    private String error;
    private String traceId;
    private String method;
    private String path;
    private String operationId;
    private String connection;
    private Map<String, List<String>> headers;
    private String body;
    private int attempts;
    private String hint;

    private Builder() {}

    /** HTTP status. */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /** GHL's {@code message} (string or array), or the status text. */
    public Builder errorMessages(List<String> errorMessages) {
      this.errorMessages = errorMessages;
      return this;
    }

    /** GHL's {@code error} field, or null. */
    public Builder error(String error) {
      this.error = error;
      return this;
    }

    /** GHL's {@code traceId} or a request id header, or null. */
    public Builder traceId(String traceId) {
      this.traceId = traceId;
      return this;
    }

    /** HTTP method. */
    public Builder method(String method) {
      this.method = method;
      return this;
    }

    /** The request path without the query string. */
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    /** The spec operationId. */
    public Builder operationId(String operationId) {
      this.operationId = operationId;
      return this;
    }

    /** The {@code Maton-Connection} used, or null. */
    public Builder connection(String connection) {
      this.connection = connection;
      return this;
    }

    /** Response headers, names lower-case. */
    public Builder headers(Map<String, List<String>> headers) {
      this.headers = headers;
      return this;
    }

    /** The raw body, truncated to 8 KiB. */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /** How many times the request was sent. */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /** Troubleshooting hint, or null. */
    public Builder hint(String hint) {
      this.hint = hint;
      return this;
    }

    /** The details. */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}

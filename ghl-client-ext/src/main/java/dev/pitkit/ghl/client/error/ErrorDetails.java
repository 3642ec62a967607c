package dev.pitkit.ghl.client.error;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything known about a failed call. Never holds the API key: request headers are not kept.
 * Immutable; built by the client (or, in tests, with {@link #builder()}).
 */
public final class ErrorDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> errorMessages;
  private final String error;
  private final String traceId;
  private final String method;
  private final String path;
  private final String operationId;
  private final String connection;
  private final Map<String, List<String>> headers;
  private final String body;
  private final int attempts;
  private final String hint;

  private ErrorDetails(Builder b) {
    this.status = b.status;
    this.errorMessages = b.errorMessages == null ? List.of() : List.copyOf(b.errorMessages);
    this.error = b.error;
    this.traceId = b.traceId;
    this.method = b.method;
    this.path = b.path;
    this.operationId = b.operationId;
    this.connection = b.connection;
    this.headers = b.headers == null ? Map.of() : Map.copyOf(b.headers);
    this.body = b.body;
    this.attempts = b.attempts;
    this.hint = b.hint;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** HTTP status. */
  public int status() {
    return status;
  }

  /** GHL's {@code message} (string or array), or the status text. */
  public List<String> errorMessages() {
    return errorMessages;
  }

  /** GHL's {@code error} field, or null. */
  public String error() {
    return error;
  }

  /** GHL's {@code traceId} or a request id header, or null. */
  public String traceId() {
    return traceId;
  }

  /** HTTP method. */
  public String method() {
    return method;
  }

  /** The request path without the query string. */
  public String path() {
    return path;
  }

  /** The spec operationId. */
  public String operationId() {
    return operationId;
  }

  /** The {@code Maton-Connection} used, or null. */
  public String connection() {
    return connection;
  }

  /** Response headers, names lower-case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The raw body, truncated to 8 KiB. */
  public String body() {
    return body;
  }

  /** How many times the request was sent. */
  public int attempts() {
    return attempts;
  }

  /** Troubleshooting hint, or null. */
  public String hint() {
    return hint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ErrorDetails d && status == d.status && Objects.equals(errorMessages, d.errorMessages) && Objects.equals(error, d.error) && Objects.equals(traceId, d.traceId) && Objects.equals(method, d.method) && Objects.equals(path, d.path) && Objects.equals(operationId, d.operationId) && Objects.equals(connection, d.connection) && Objects.equals(headers, d.headers) && Objects.equals(body, d.body) && attempts == d.attempts && Objects.equals(hint, d.hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, errorMessages, error, traceId, method, path, operationId, connection, headers, body, attempts, hint);
  }

  @Override
  public String toString() {
    return "ErrorDetails[" + describe() + "]";
  }

  /** GHL's messages joined with "; ". */
  public String errorMessage() {
    return String.join("; ", errorMessages);
  }

  /** The exception message: status, GHL's message, request, connection, trace id and hint. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(status).append(' ').append(errorMessage());
    sb.append(" [").append(method).append(' ').append(path);
    if (operationId != null) {
      sb.append(" (").append(operationId).append(')');
    }
    if (connection != null) {
      sb.append(", connection ").append(connection);
    }
    if (traceId != null) {
      sb.append(", traceId ").append(traceId);
    }
    if (attempts > 1) {
      sb.append(", ").append(attempts).append(" attempts");
    }
    sb.append(']');
    if (hint != null) {
      sb.append(". Hint: ").append(hint);
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

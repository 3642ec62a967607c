package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.internal.Require;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to a GHL endpoint the spec does not describe (yet), or with a field or value it does not
 * list, sent by {@link GhlClient#rawRequest(GhlRawRequest)} down the same pipeline as every generated
 * method: routing by {@link Token}, GHL's {@code Version}, the rate limiter, retries, typed errors,
 * timeouts and the call listener.
 *
 * <pre>{@code
 * GhlRawResponse r = ghl.rawRequest(GhlRawRequest.builder("GET", "/contacts/{contactId}/appointments")
 *     .pathParam("contactId", "abc123")
 *     .queryParam("limit", 10)
 *     .build());
 * }</pre>
 *
 * <p>The path is GHL's, as its API documentation writes it ({@code /contacts/...}); the client
 * sends it under the gateway's {@code /highlevel-pit}. Values go in {@code {name}} variables and
 * query parameters, where the client percent-encodes them as it does for generated methods (ids
 * written into the path itself would be part of the template listeners get, {@link GhlCall#path()}).
 * The body is JSON. The
 * request is checked when it is sent: a path that is not plain ({@code ?}, {@code ..}, an empty
 * segment), a variable without its value, an empty or {@code ..} path value, a header the client
 * sets itself, or a JSON body that does not parse fails with a
 * {@link dev.pitkit.ghl.client.error.GhlValidationException} naming the field, before anything is sent.
 *
 * <p>Immutable; {@link #toString()} shows the method, the path template and the operation name,
 * never a value (path and query values may be personal data).
 */
public final class GhlRawRequest {
  /** The operation name of a raw request that was given none: in events, metrics, logs and errors. */
  public static final String DEFAULT_OPERATION_ID = "rawRequest";
  /** The {@code Version} header sent unless {@link Builder#version(String)} says otherwise: GHL's current API version. */
  public static final String DEFAULT_VERSION = "2021-07-28";

  /** Which {@code Maton-Connection} a raw request is sent with, as the spec's {@code x-ghl-token}. */
  public enum Token {
    /** The client's agency connection (agency-level endpoints: locations, snapshots, SaaS). */
    AGENCY,
    /** The client's sub-account connection (CRM data of one location); the default. */
    SUB_ACCOUNT
  }

  private final String method;
  private final String path;
  private final Map<String, Object> pathParams;
  private final List<Map.Entry<String, Object>> queryParams;
  private final List<Map.Entry<String, String>> headers;
  private final Object body;
  private final String jsonBody;
  private final Token token;
  private final String version;
  private final String operationId;

  private GhlRawRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.pathParams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.pathParams));
    this.queryParams = List.copyOf(b.queryParams);
    this.headers = List.copyOf(b.headers);
    this.body = b.body;
    this.jsonBody = b.jsonBody;
    this.token = b.token;
    this.version = b.version;
    this.operationId = b.operationId;
  }

  /**
   * A builder of a request.
   *
   * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE} (any case)
   * @param path GHL's path, with {@code {name}} variables, e.g. {@code /contacts/{contactId}}
   * @return the builder
   * @throws dev.pitkit.ghl.client.error.GhlConfigurationException if either is null
   */
  public static Builder builder(String method, String path) {
    return new Builder(Require.nonNull(method, "method").toUpperCase(java.util.Locale.ROOT), Require.nonNull(path, "path"));
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** GHL's path template, as given (without the gateway's {@code /highlevel-pit}). */
  public String path() {
    return path;
  }

  /** The values of the path's variables, by name, in the order given. */
  public Map<String, Object> pathParams() {
    return pathParams;
  }

  /** The query parameters in the order given (a name may repeat; an {@link Iterable} value is sent once per element). */
  public List<Map.Entry<String, Object>> queryParams() {
    return queryParams;
  }

  /** Headers of the caller's own, in the order given. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The body to write as JSON with the client's mapper (a model, a {@code Map}, a {@code List}), or null. */
  public @Nullable Object body() {
    return body;
  }

  /** The body as JSON text, sent as it is, or null. */
  public @Nullable String jsonBody() {
    return jsonBody;
  }

  /** Which connection the request is sent with (unless the view has one of its own). */
  public Token token() {
    return token;
  }

  /** The {@code Version} header, or null to send none. */
  public @Nullable String version() {
    return version;
  }

  /** The name the request goes by in events, metrics, wire logs and exception messages. */
  public String operationId() {
    return operationId;
  }

  /** Method, path template and operation name: never a value. */
  @Override
  public String toString() {
    return "GhlRawRequest[" + method + " " + path + ", operationId=" + operationId + ", token=" + token + "]";
  }

  /**
   * Builds a {@link GhlRawRequest}. A null name, token, a version or operation name that is not a
   * safe header value fail where set ({@link dev.pitkit.ghl.client.error.GhlConfigurationException});
   * the path and the values are checked when the request is sent.
   */
  public static final class Builder {
    private final String method;
    private final String path;
    private final Map<String, Object> pathParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, Object>> queryParams = new ArrayList<>();
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private Object body;
    private String jsonBody;
    private Token token = Token.SUB_ACCOUNT;
    private String version = DEFAULT_VERSION;
    private String operationId = DEFAULT_OPERATION_ID;

    private Builder(String method, String path) {
      this.method = method;
      this.path = path;
    }

    /** The value of the path variable {@code {name}}, sent as one segment ({@code /} and {@code %} encoded). */
    public Builder pathParam(String name, Object value) {
      pathParams.put(Require.nonNull(name, "pathParam name"), value);
      return this;
    }

    /**
     * Adds a query parameter: a string, number, boolean, enum or UUID, or an {@link Iterable} or array of
     * them, sent once per element (copied here); a null value or element is left out.
     */
    public Builder queryParam(String name, Object value) {
      queryParams.add(new java.util.AbstractMap.SimpleImmutableEntry<>(Require.nonNull(name, "queryParam name"),
          elementsOf(value)));
      return this;
    }

    /** An {@link Iterable} or array as an unmodifiable copy (nulls kept, left out when sent); anything else as it is. */
    private static Object elementsOf(Object value) {
      List<Object> copy = new ArrayList<>();
      if (value instanceof Iterable<?> values) {
        values.forEach(copy::add);
      } else if (value != null && value.getClass().isArray()) {
        for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
          copy.add(java.lang.reflect.Array.get(value, i));
        }
      } else {
        return value;
      }
      return java.util.Collections.unmodifiableList(copy);
    }

    /**
     * Adds a header of the caller's own (e.g. {@code Accept}). {@code Authorization},
     * {@code Maton-Connection}, {@code Version}, {@code User-Agent}, {@code Content-Type} and the
     * transport's own headers are the client's, and refused when sent.
     */
    public Builder header(String name, String value) {
      headers.add(new java.util.AbstractMap.SimpleImmutableEntry<>(Require.nonNull(name, "header name"), value));
      return this;
    }

    /**
     * The body, written as JSON by the client's mapper when the request is sent (it is kept by
     * reference): a generated model as a generated method writes it (fields never set left out), a
     * {@code Map} or {@code List} with its null values (a null clears a field). Replaces a
     * {@link #jsonBody}. A string is refused when sent: JSON text goes in {@link #jsonBody}.
     */
    public Builder body(Object value) {
      this.body = value;
      this.jsonBody = null;
      return this;
    }

    /** The body as JSON text, sent as it is (checked to be JSON when sent); replaces a {@link #body}. */
    public Builder jsonBody(String json) {
      this.jsonBody = json;
      this.body = null;
      return this;
    }

    /** Which configured connection to send with; {@link Token#SUB_ACCOUNT} unless set. */
    public Builder token(Token token) {
      this.token = Require.nonNull(token, "token");
      return this;
    }

    /**
     * GHL's {@code Version} header ({@link #DEFAULT_VERSION} unless set; some endpoints take
     * {@code 2021-04-15}). The client's {@code versionOverride}, when set, replaces it, as for every
     * operation that sends one; null sends none, whatever the override.
     */
    public Builder version(String version) {
      this.version = version == null ? null : Require.headerSafe(version, "version");
      return this;
    }

    /**
     * The name the request goes by in events, metrics ({@code operation} tag), wire logs and error
     * messages ({@link #DEFAULT_OPERATION_ID} unless set). A fixed name per endpoint, never one made
     * of ids: a metric tag must stay bounded.
     */
    public Builder operationId(String name) {
      this.operationId = Require.headerSafe(name, "operationId");
      return this;
    }

    /** The request. */
    public GhlRawRequest build() {
      return new GhlRawRequest(this);
    }
  }
}

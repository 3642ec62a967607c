package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pitkit.ghl.client.GhlRawRequest;
import dev.pitkit.ghl.client.RequestOptions;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.resilience.RetryPolicy;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one way a call of a generated method reaches the wire and comes back, step by step:
 * <ol>
 *   <li><b>route</b>: the {@code Maton-Connection} of the operation's token kind (or the view's
 *       connection) and its {@code Version} become the call's immutable {@link Call};</li>
 *   <li><b>validate</b>: the arguments against the spec's constraints ({@link RequestValidator}),
 *       before anything is sent;</li>
 *   <li><b>build</b> the request from the method's {@link RequestPlan}, with the gateway's headers
 *       ({@code Authorization}, {@code User-Agent}, {@code Maton-Connection}, {@code Version});</li>
 *   <li><b>send</b> it through the {@link RetryLoop} (rate limiter, wire log, transport, retries);</li>
 *   <li><b>handle</b> the response: a 2xx decoded ({@link SafeDecoder}), anything else the typed
 *       exception of its status ({@link ErrorMapper}), the body closed in every case;</li>
 *   <li><b>report</b> the call to the {@link CallEvents} listener, whatever its outcome.</li>
 * </ol>
 * Every step gets what it needs as arguments; nothing is kept per thread. A raw request
 * ({@code GhlClient.rawRequest}) takes the same steps as a {@link RawCall}, which validates and builds
 * it, and its 2xx is read whole into a {@link RawAnswer}.
 */
final class CallPipeline {
  private final ClientCore.Settings settings;
  private final RequestValidator validator;
  /** {@code Authorization} and {@code User-Agent}, the same on every request. */
  private final List<String> authorization;
  private final List<String> userAgent;
  private final RetryLoop retryLoop;
  private final SafeDecoder decoder;
  private final ErrorMapper errors;
  private final CallEvents events;
  private final java.util.function.BooleanSupplier closed;

  CallPipeline(ClientCore.Settings settings, RequestValidator validator, RetryLoop retryLoop, SafeDecoder decoder,
      ErrorMapper errors, CallEvents events, java.util.function.BooleanSupplier closed) {
    this.closed = closed;
    this.settings = settings;
    this.validator = validator;
    this.authorization = List.of("Bearer " + settings.apiKey().reveal());
    this.userAgent = List.of(settings.userAgent());
    this.retryLoop = retryLoop;
    this.decoder = decoder;
    this.errors = errors;
    this.events = events;
  }

  /** Runs one call of {@code model}'s method on {@code api} (the implementation called) with the view's {@code options}. */
  Object run(MethodModel model, Object api, Object[] args, RequestOptions options) {
    RequestPlan plan = model.plan();
    return run(model.operation(), model.method().configKey(), options, call -> {
      if (!plan.returnsVoid) {
        decoder.prefetch(plan.returnType); // once per return type: overlaps the deserializer's build with the call
      }
      validator.validate(api, model, args);
      return build(plan, args, call);
    }, response -> plan.returnsVoid ? null : decoder.decode(response, plan.returnType, model.operation().operationId()));
  }

  /** Sends a raw request down the same steps, with the view's {@code options}; its 2xx answer read whole. */
  RawAnswer run(GhlRawRequest raw, RequestOptions options) {
    RawCall rawCall = new RawCall(raw);
    return (RawAnswer) run(rawCall.operation, raw.operationId(), options, call -> {
      rawCall.validate();
      return build(rawCall, call);
    }, response -> new RawAnswer(raw.operationId(), response,
        response.body() == null ? new byte[0] : response.body().asInputStream().readAllBytes(), decoder));
  }

  /** What the two kinds of call differ in: how the request is checked and built, and how a 2xx is read. */
  private interface Prepare {
    /** The request for the routed {@code call}, once its arguments pass the checks. */
    Request request(Call call);
  }

  private interface Read {
    /** The value of a 2xx {@code response}. */
    Object read(Response response) throws IOException;
  }

  /** The pipeline's steps for {@code op}, with the listener told of the call's start and end when one listens. */
  private Object run(OperationInfo op, String logKey, RequestOptions options, Prepare prepare, Read read) {
    if (!events.enabled()) {
      return call(op, logKey, options, prepare, read, new Attempts(), null);
    }
    long start = System.nanoTime();
    Attempts attempts = new Attempts();
    events.callStarted(op, attempts);
    Call[] routed = new Call[1];
    Object result;
    try {
      result = call(op, logKey, options, prepare, read, attempts, routed);
    } catch (RuntimeException | Error e) { // the listener hears of every end, also an Error's
      events.callEnded(op, routed[0], attempts, start, e instanceof GhlException g ? g
          : new GhlIoException("the call failed: " + settings.apiKey().describe(e), attempts.sent(),
              settings.apiKey().masked(e), op.operationId()));
      throw e;
    }
    events.callEnded(op, routed[0], attempts, start, null); // outside the try: told once
    return result;
  }

  private Object call(OperationInfo op, String logKey, RequestOptions options, Prepare prepare, Read read,
      Attempts attempts, Call[] routed) {
    if (closed.getAsBoolean()) {
      throw ClientCore.closedError();
    }
    Call call = route(op, logKey, options);
    if (routed != null) {
      routed[0] = call;
    }
    Request request = prepare.request(call);
    Response response;
    try {
      response = retryLoop.send(request, call, attempts);
    } catch (GhlException e) {
      throw e;
    } catch (RuntimeException e) { // a custom transport's, rate limiter's or sleeper's own failure
      throw new GhlIoException(Requests.describe(request) + " (" + op.operationId() + ") failed: "
          + settings.apiKey().describe(e), attempts.sent(), settings.apiKey().masked(e), op.operationId());
    }
    return handle(call, response, attempts, read);
  }

  /** The connection and {@code Version} of the call; fails when the connection it needs is not configured. */
  private Call route(OperationInfo op, String logKey, RequestOptions options) {
    String version = !op.hasVersion() ? null
        : settings.versionOverride() != null ? settings.versionOverride() : op.version();
    return new Call(op, logKey, connection(op, options), version, retryPolicy(options),
        options.timeout());
  }

  private String connection(OperationInfo op, RequestOptions options) {
    if (op.token() == TokenType.MATON) {
      return null;
    }
    String ownKind = op.token().connection(options.agencyConnection(), options.subAccountConnection());
    if (ownKind != null || options.connection() != null) {
      return ownKind != null ? ownKind : options.connection();
    }
    String c = op.token().connection(settings.agencyConnection(), settings.subAccountConnection());
    if (c == null) {
      throw new GhlConfigurationException(op.token().missingConnection(op.operationId()));
    }
    return c;
  }

  private RetryPolicy retryPolicy(RequestOptions o) {
    RetryPolicy p = settings.retryPolicy();
    p = o.maxRetries() == null ? p : p.withMaxRetries(o.maxRetries());
    p = o.maxRetryDelay() == null ? p : p.withMaxDelay(o.maxRetryDelay());
    return o.retryNonIdempotent() == null ? p : p.withRetryNonIdempotent(o.retryNonIdempotent());
  }

  /** The request the plan makes of {@code args}, with the gateway headers of {@code call}. */
  private Request build(RequestPlan plan, Object[] args, Call call) {
    byte[] body;
    String boundary = plan.form == null ? null : MultipartForm.newBoundary();
    try {
      body = boundary == null ? plan.body(args) : plan.form.write(args, boundary);
    } catch (JsonProcessingException e) {
      throw unwritableBody(call.operation().operationId(), e);
    } catch (MultipartForm.PartException e) {
      throw new GhlValidationException(call.operation().operationId(),
          List.of(new GhlValidationException.Violation(e.field, e.getMessage())));
    }
    if (boundary == null) {
      refuseUnknownEnumValues(call, body);
    }
    Map<String, Collection<String>> headers = headers(plan.headers, call, body);
    if (boundary != null) {
      headers.put("Content-Type", List.of(MultipartForm.CONTENT_TYPE + "; boundary=" + boundary));
    }
    return Request.create(plan.httpMethod, plan.url(settings.baseUrl(), args), headers, body,
        body != null ? StandardCharsets.UTF_8 : null, null);
  }

  /** The raw request, with the gateway headers of {@code call}. */
  private Request build(RawCall raw, Call call) {
    byte[] body;
    try {
      body = raw.body();
    } catch (JsonProcessingException e) {
      throw unwritableBody(call.operation().operationId(), e);
    }
    if (raw.raw.body() != null) { // a model read from an answer (JSON text is the caller's own)
      refuseUnknownEnumValues(call, body);
    }
    return Request.create(Request.HttpMethod.valueOf(raw.raw.method()), raw.url(settings.baseUrl()),
        headers(raw.headers(body != null), call, body), body, body != null ? StandardCharsets.UTF_8 : null, null);
  }

  /** Refuses a JSON body holding {@code UNKNOWN_DEFAULT_OPEN_API} ({@link UnknownEnumValues}). */
  private static void refuseUnknownEnumValues(Call call, byte[] body) {
    GhlValidationException.Violation unknown = body == null ? null : UnknownEnumValues.inBody(body);
    if (unknown != null) {
      throw new GhlValidationException(call.operation().operationId(), List.of(unknown));
    }
  }

  /**
   * {@code fixed} name/value pairs (a name may repeat) and the gateway's headers ({@code Authorization},
   * {@code User-Agent}, {@code Maton-Connection}, {@code Version}, {@code Content-Length}): case-insensitive
   * and sorted, like Feign's RequestTemplate, so logs and custom transports see the same.
   */
  private Map<String, Collection<String>> headers(String[] fixed, Call call, byte[] body) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < fixed.length; i += 2) {
      headers.computeIfAbsent(fixed[i], k -> new ArrayList<>(1)).add(fixed[i + 1]);
    }
    headers.put("Authorization", authorization);
    headers.put("User-Agent", userAgent);
    if (call.connection() != null) { // none for Maton's own operations
      headers.put("Maton-Connection", List.of(call.connection()));
    }
    if (call.version() != null) {
      headers.put("Version", List.of(call.version()));
    }
    if (body != null) {
      headers.put("Content-Length", List.of(Integer.toString(body.length)));
    }
    return headers;
  }

  /** A 2xx read by {@code read}, anything else its typed exception; the body closed either way. */
  private Object handle(Call call, Response response, Attempts attempts, Read read) {
    try {
      int status = response.status();
      if (status < 200 || status >= 300) {
        throw errors.map(response, call, attempts.sent());
      }
      return read.read(response);
    } catch (IOException e) {
      throw new GhlIoException("reading the response failed: " + e.getClass().getSimpleName(), attempts.sent(),
          settings.apiKey().masked(e), call.operation().operationId());
    } catch (GhlException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GhlInvalidResponseException("unexpected response: " + e.getClass().getSimpleName(), response.status(),
          "", e, call.operation().operationId());
    } finally {
      response.close(); // Feign's: closes the body, if any, quietly
    }
  }

  /**
   * The body could not be written as JSON (e.g. an unserializable custom field value): a
   * validation failure, since nothing was sent.
   */
  private static GhlValidationException unwritableBody(String operationId, Exception cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
    return new GhlValidationException(operationId, List.of(
        new GhlValidationException.Violation("body", "cannot be written as JSON: " + message)));
  }
}

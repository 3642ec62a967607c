package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.client.error.GhlIoException;
import feign.Client;
import feign.Request;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends one call of a generated method from its {@link RequestPlan}, through the same transport
 * stack, decoder and error mapper that the Feign target uses, but without Feign's
 * per-call request building (template copy and expansion, interceptor, target) and without the
 * reflective hop into the Feign proxy. The request is the one Feign would send, with the
 * {@link GatewayHeaders}; the response is handled as Feign's
 * {@code InvocationContext} does: 2xx decoded (nothing for {@code void}), anything else turned into
 * the typed exception by {@link ErrorMapper}, the body closed in every case.
 */
final class RequestExecutor {
  private final String baseUrl;
  private final Client client;
  private final Decoder decoder;
  private final ErrorDecoder errors;
  private final Request.Options options;
  private final GatewayHeaders gateway;

  RequestExecutor(String baseUrl, Client client, Decoder decoder, ErrorDecoder errors, Request.Options options,
      GatewayHeaders gateway) {
    this.baseUrl = baseUrl;
    this.client = client;
    this.decoder = decoder;
    this.errors = errors;
    this.options = options;
    this.gateway = gateway;
  }

  /** Runs the call; {@link CallContext} must be set for it on this thread. */
  Object execute(RequestPlan plan, Object[] args, CallContext ctx) {
    Request request = request(plan, args, ctx);
    Response response;
    try {
      response = client.execute(request, options);
    } catch (IOException e) {
      throw new GhlIoException("request failed: " + e.getClass().getSimpleName(), 1, e);
    }
    try {
      int status = response.status();
      if (status < 200 || status >= 300) {
        throw ApiInvocationHandler.translate(errors.decode(plan.configKey, response));
      }
      if (plan.returnsVoid) {
        return null;
      }
      return decoder.decode(response, plan.returnType);
    } catch (IOException e) {
      throw new GhlIoException("reading the response failed: " + e.getClass().getSimpleName(), 1, e);
    } catch (GhlException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GhlInvalidResponseException("unexpected response: " + e.getClass().getSimpleName(), response.status(),
          "", e);
    } finally {
      if (response.body() != null) {
        try {
          response.body().close();
        } catch (IOException ignored) {
          // a byte-array or already consumed body: nothing to release
        }
      }
    }
  }

  private Request request(RequestPlan plan, Object[] args, CallContext ctx) {
    byte[] body;
    try {
      body = plan.body(args);
    } catch (JsonProcessingException e) {
      throw ApiInvocationHandler.unwritableBody(ctx.operation.operationId(), e);
    }
    // case-insensitive and sorted, like Feign's RequestTemplate, so logs and custom transports see the same
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String[] fixed = plan.headers;
    for (int i = 0; i < fixed.length; i += 2) {
      headers.put(fixed[i], List.of(fixed[i + 1]));
    }
    gateway.forEach(ctx.connection, ctx.version, (name, value) -> headers.put(name, List.of(value)));
    if (body != null) {
      headers.put("Content-Length", List.of(Integer.toString(body.length)));
    }
    return Request.create(plan.httpMethod, plan.url(baseUrl, args), headers, body,
        body != null ? StandardCharsets.UTF_8 : null, null);
  }

}

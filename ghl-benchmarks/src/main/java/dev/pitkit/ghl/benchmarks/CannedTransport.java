package dev.pitkit.ghl.benchmarks;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A {@link feign.Client} that answers every request with the fixed contact response, without any
 * network: plugged into the facade ({@code GhlClient.builder().transport(...)}) and into raw Feign,
 * it isolates what the layers above the transport cost.
 */
public final class CannedTransport implements Client {
  private static final Map<String, Collection<String>> HEADERS = Map.of(
      "content-type", List.of("application/json"),
      "content-length", List.of(Integer.toString(Payloads.CONTACT_RESPONSE.length)));

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (request.body() != null && request.body().length == 0) {
      throw new IOException("empty request body");
    }
    return Response.builder()
        .status(request.httpMethod() == Request.HttpMethod.POST ? 201 : 200)
        .reason("OK")
        .request(request)
        .headers(HEADERS)
        .body(Payloads.CONTACT_RESPONSE)
        .build();
  }
}

package dev.pitkit.ghl.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What a careful hand-written client would do: {@code java.net.http.HttpClient} plus Jackson, the
 * same headers and timeouts as the facade, the body read as bytes and decoded into the generated
 * model, a non-2xx status turned into an exception. Nothing else.
 */
public final class BaselineClient {
  private final String baseUrl;
  private final HttpClient http;
  private final ObjectMapper mapper;
  private final String[] headers;

  BaselineClient(String baseUrl, HttpClient http, ObjectMapper mapper, String userAgent) {
    this.baseUrl = baseUrl;
    this.http = http;
    this.mapper = mapper;
    this.headers = new String[] {
      "Authorization", "Bearer " + Payloads.API_KEY,
      "User-Agent", userAgent,
      "Maton-Connection", Payloads.CONNECTION,
      "Version", Payloads.VERSION,
      "Accept", "application/json",
    };
  }

  /** GET /highlevel-pit/contacts/{id}. */
  public ContactResponse getContact(String contactId) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/highlevel-pit/contacts/" + contactId))
        .headers(headers)
        .timeout(Clients.READ_TIMEOUT)
        .GET()
        .build();
    return decode(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), ContactResponse.class);
  }

  /** POST /highlevel-pit/contacts/. */
  public ContactResponse createContact(ContactCreateRequest body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/highlevel-pit/contacts/"))
        .headers(headers)
        .header("Content-Type", "application/json")
        .timeout(Clients.READ_TIMEOUT)
        .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
        .build();
    return decode(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), ContactResponse.class);
  }

  private <T> T decode(HttpResponse<byte[]> response, Class<T> type) throws IOException {
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode() + " from " + response.uri().getPath());
    }
    return mapper.readValue(response.body(), type);
  }
}

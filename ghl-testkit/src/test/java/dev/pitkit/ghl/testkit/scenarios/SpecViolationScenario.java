package dev.pitkit.ghl.testkit.scenarios;

import dev.pitkit.ghl.testkit.GhlMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run only through the JUnit Platform test kit (see ExtensionFailuresTest): a downstream test
 * whose code sends requests that violate the spec, or that match no stub.
 */
public class SpecViolationScenario {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  static void send(String method, String pathAndQuery, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ghl.baseUrl() + pathAndQuery))
        .header("Authorization", "Bearer " + GhlMockExtension.API_KEY)
        .header("Maton-Connection", GhlMockExtension.SUB_ACCOUNT_CONNECTION)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void misspeltParameter() throws Exception {
    send("GET", "/highlevel-pit/contacts/?locationId=loc123&limitt=10", null);
  }

  @Test
  void missingRequiredBodyField() throws Exception {
    send("POST", "/highlevel-pit/opportunities/", "{\"name\":\"Deal\"}");
  }

  @Test
  void missingRequiredQueryParameter() throws Exception {
    send("GET", "/highlevel-pit/contacts/?limit=10", null);
  }

  @Test
  void unknownPath() throws Exception {
    send("GET", "/highlevel-pit/contact/abc123", null);
  }

  @Test
  void validRequest() throws Exception {
    send("GET", "/highlevel-pit/contacts/?locationId=loc123&limit=10", null);
  }
}

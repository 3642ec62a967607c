package dev.pitkit.ghl.testkit.scenarios;

import dev.pitkit.ghl.testkit.GhlMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run only through the JUnit Platform test kit: a per-test (instance field) gateway, whose server
 * WireMock stops before the testkit's after-each checks run.
 */
public class InstanceFieldScenario {
  @RegisterExtension
  GhlMockExtension ghl = GhlMockExtension.create();

  @Test
  void unmatchedAndInvalid() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String p : new String[] {"/highlevel-pit/products/?limit=5", "/highlevel-pit/products/?locationId=loc123&limitt=5"}) {
      http.send(HttpRequest.newBuilder(URI.create(ghl.baseUrl() + p)).header("Authorization", "Bearer k").build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}

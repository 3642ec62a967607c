package dev.pitkit.ghl.testkit.scenarios;

import dev.pitkit.ghl.testkit.GhlMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Run only through the JUnit Platform test kit: validation and unmatched checks turned off. */
public class ValidationOffScenario {
  @RegisterExtension
  GhlMockExtension ghl = GhlMockExtension.builder().validateRequests(false).failOnUnmatchedRequests(false).build();

  @Test
  void misspeltParameterAndUnknownPathPass() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String p : new String[] {"/highlevel-pit/contacts/?locationId=loc123&limitt=10", "/highlevel-pit/nope"}) {
      http.send(HttpRequest.newBuilder(URI.create(ghl.baseUrl() + p)).header("Authorization", "Bearer k").build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}

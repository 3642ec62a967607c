package com.example.consumer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.testkit.GhlStubs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The testkit README's "Plain WireMock" examples, verbatim: the stubs without the testkit's
 * extension, from their classpath root, as a mappings source, or one by one.
 */
class PlainWireMockTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("dev/pitkit/ghl/testkit"))
      .build();

  private static HttpResponse<String> getContact(String baseUrl) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/highlevel-pit/contacts/abc123"))
        .header("Authorization", "Bearer test_maton_key_not_secret").build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void mappingsFromTheClasspathRoot() throws Exception {
    HttpResponse<String> response = getContact(wm.baseUrl());
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"abc123\""), response.body());
  }

  @Test
  void mappingsAsASourceOrOneByOne() throws Exception {
    WireMockServer yourServer = new WireMockServer(wireMockConfig().dynamicPort());
    yourServer.start();

    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().mappingSource(GhlStubs.mappingsSource()));
    GhlStubs.stubMappings().forEach(yourServer::addStubMapping);   // or into a server you already have

    server.start();
    try {
      assertEquals(200, getContact(server.baseUrl()).statusCode());
      assertEquals(200, getContact(yourServer.baseUrl()).statusCode());
      assertEquals(GhlStubs.stubMappings().size(), yourServer.getStubMappings().size());
    } finally {
      server.stop();
      yourServer.stop();
    }
  }
}

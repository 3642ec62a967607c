package dev.pitkit.ghl.testkit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.testkit.internal.Json;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stubs used by plain WireMock users, without the testkit's extension: from the classpath
 * files ({@code usingFilesUnderClasspath("dev/pitkit/ghl/testkit")}) and as a mappings source.
 * Every operation's example request is answered by its own stub.
 */
class PlainWireMockTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("dev/pitkit/ghl/testkit"))
      .configureStaticDsl(false)
      .build();

  static Stream<String> operationIds() {
    return SpecFixtures.operations().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void everyExampleRequestIsAnsweredByItsStub(String operationId) throws Exception {
    HttpResponse<String> r = RawHttp.sendExample(wm.baseUrl(), operationId);
    assertEquals(operationId, RawHttp.answeringOperation(r));
    assertEquals(GhlStubs.stubMappings().stream().filter(m -> operationId.equals(m.getName())).findFirst().orElseThrow()
        .getResponse().getStatus(), r.statusCode());
  }

  @Test
  void aMissingRequiredQueryParameterGetsGhls422NotA404() {
    HttpResponse<String> r = RawHttp.get(wm.baseUrl() + "/highlevel-pit/contacts/?limit=10", "Authorization", "Bearer x");
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("listContacts", RawHttp.answeringOperation(r));
    assertEquals(Json.parse("{\"statusCode\":422,\"message\":[\"LocationId can't be undefined\"],\"error\":\"Unprocessable Entity\"}"),
        Json.parse(r.body()), "GHL's body, as the seed quotes it");
  }

  @Test
  void missingAuthorizationIs401() {
    assertEquals(401, RawHttp.get(wm.baseUrl() + "/highlevel-pit/contacts/abc123").statusCode());
  }

  @Test
  void asAMappingsSource() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().mappingSource(GhlStubs.mappingsSource()));
    server.start();
    try {
      assertEquals(200, RawHttp.get(server.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer x").statusCode());
      server.resetToDefaultMappings();
      assertEquals(GhlStubs.stubMappings().size(), server.getStubMappings().size());
    } finally {
      server.stop();
    }
  }
}

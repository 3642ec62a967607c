package dev.pitkit.ghl.testkit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pitkit.ghl.testkit.internal.SpecMappings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mappings of the {@code stubs} jar (Spring Cloud Contract layout), which must also be read by
 * WireMock 2: no WireMock 3-only request fields, and served by a server they answer every
 * operation's example request with that operation's stub, literal siblings included
 * ({@code /locations/search} is not {@code /locations/{locationId}}). ghl-consumer-tests runs them
 * under the real Spring Cloud Contract stub runner.
 */
class StubsJarTest {
  private static final SortedMap<String, String> STUBS_JAR = SpecMappings.generateForStubsJar(SpecFixtures.SPEC);

  /** A plain server (WireMockExtension would reset the mappings before each test). */
  private static WireMockServer wm;

  @BeforeAll
  static void startWithTheStubsJarMappings() {
    wm = new WireMockServer(wireMockConfig().dynamicPort());
    wm.start();
    STUBS_JAR.values().forEach(json -> wm.addStubMapping(StubMapping.buildFrom(json)));
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  static Stream<String> operationIds() {
    return SpecFixtures.operations().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void everyExampleRequestIsAnsweredByItsStub(String operationId) throws Exception {
    assertEquals(operationId, RawHttp.answeringOperation(RawHttp.sendExample(wm.baseUrl(), operationId)));
  }

  @Test
  void noMappingUsesWireMock3OnlyRequestFields() {
    List<String> wireMock3Only = STUBS_JAR.entrySet().stream()
        .filter(e -> e.getValue().contains("\"urlPathTemplate\"") || e.getValue().contains("\"pathParameters\""))
        .map(SortedMap.Entry::getKey)
        .toList();
    assertEquals(List.of(), wireMock3Only);
  }

  @Test
  void missingAuthorizationIs401() {
    assertEquals(401, RawHttp.get(wm.baseUrl() + "/highlevel-pit/contacts/abc123").statusCode());
  }

  @Test
  void theBuildPackagesExactlyTheseMappings() throws IOException {
    Path dir = Path.of("target/stubs-jar/mappings");
    SortedMap<String, String> written = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        written.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertEquals(STUBS_JAR, written);
  }
}

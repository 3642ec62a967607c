package com.example.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.GhlFeign;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactsListResponse;
import dev.pitkit.ghl.model.Location;
import feign.Feign;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.contract.stubrunner.spring.AutoConfigureStubRunner;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerPort;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;

/**
 * The testkit's stubs jar under the Spring Cloud Contract stub runner, with the lines of
 * ghl-testkit/README.md verbatim: the runner finds the mappings on the class path and serves them
 * on a free port, which it injects.
 */
@SpringBootTest(classes = StubRunnerTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@AutoConfigureStubRunner(ids = "dev.pitkit:ghl-testkit:+:stubs", stubsMode = StubRunnerProperties.StubsMode.CLASSPATH)
class StubRunnerTest {
  @StubRunnerPort("ghl-testkit")
  int gatewayPort;                                   // a free port the stub runner picked

  @SpringBootConfiguration
  static class App {
  }

  private String baseUrl() {
    assertNotEquals(0, gatewayPort, "the stub runner injected its port");
    return "http://localhost:" + gatewayPort;
  }

  private GhlClient client(String apiKey) {
    return GhlClient.builder().apiKey(apiKey).baseUrl(baseUrl())
        .agencyConnection("conn_agency").subAccountConnection("conn_sub").rateLimiting(false).build();
  }

  @Test
  void stubsAnswerTheSpecExamples() {
    GhlClient ghl = client("test_maton_key_not_secret");
    assertEquals("abc123", ghl.contacts().getContact("abc123").getContact().getId());
    // a literal sibling of a templated path: /locations/search is not /locations/{locationId}
    List<Location> found = ghl.locations().searchLocations("xyz789", 0, 20, null, null).getLocations();
    assertFalse(found.isEmpty());
  }

  /** Spring Cloud's BOM manages Feign, to an older version than the library is built with. */
  @Test
  void facadeAndGhlFeignWorkOnTheFeignSpringCloudManages() throws IOException {
    String builtWith = System.getProperty("built.feign.version");
    String running = feignVersionOnClassPath();
    assertNotEquals(builtWith, running, "this project runs another Feign than the library is built with");

    assertEquals("abc123", client("test_maton_key_not_secret").contacts().getContact("abc123").getContact().getId());
    ContactsApi contacts = GhlFeign.builder("test_maton_key_not_secret", null, "conn_sub")
        .target(ContactsApi.class, baseUrl());
    assertEquals("abc123", contacts.getContact("abc123").getContact().getId());
  }

  private static String feignVersionOnClassPath() throws IOException {
    try (InputStream in = Feign.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/io.github.openfeign/feign-core/pom.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  @Test
  void autoPaginationOverThePlainStubsEnds() {
    GhlClient ghl = client("test_maton_key_not_secret");
    List<Contact> all = ghl.paginate(ContactsApi.class, api -> api.listContacts("loc123", 10, null, null, null),
            ContactsListResponse::getContacts)
        .stream().toList();
    assertEquals(ghl.contacts().listContacts("loc123", 10, null, null, null).getContacts().size(), all.size(),
        "the example page, then the end-of-list stub's empty page");
  }
}

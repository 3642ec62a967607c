package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.pitkit.ghl.client.FacadeTestSupport.AGENCY;
import static dev.pitkit.ghl.client.FacadeTestSupport.KEY;
import static dev.pitkit.ghl.client.FacadeTestSupport.SUB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link GhlClient#rawRequest}: a raw request takes the generated methods' pipeline, so the same call
 * written both ways puts the same request on the wire and ends the same way; what only a raw request
 * can get wrong (its path, its headers, its JSON text) is refused before sending, naming the field.
 */
class RawRequestTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private static GhlClient client(boolean retries) {
    GhlClient.Builder b = GhlClient.builder().apiKey(KEY).baseUrl(wm.baseUrl()).agencyConnection(AGENCY)
        .subAccountConnection(SUB).sleeper(d -> { });
    return (retries ? b : b.maxRetries(0)).build();
  }

  private static GhlRawRequest.Builder raw(String method, String path, String operationId) {
    return GhlRawRequest.builder(method, path).operationId(operationId);
  }

  /** The class the generated form returned: the raw form's answer is decoded as it. */
  private static Class<?> generatedType = Object.class;

  /** What the wire saw and how each call ended. */
  private static String run(boolean retries, List<Function<GhlClient, Object>> calls) {
    wm.resetRequests();
    wm.resetScenarios();
    List<String> out = new ArrayList<>();
    try (GhlClient ghl = client(retries)) {
      for (Function<GhlClient, Object> call : calls) {
        try {
          Object value = call.apply(ghl);
          if (value != null && !(value instanceof GhlRawResponse)) {
            generatedType = value.getClass();
          }
          out.add("returned " + (value instanceof GhlRawResponse r ? r.as(generatedType) : value));
        } catch (GhlException e) {
          out.add(FacadeTestSupport.thrown(e));
        }
      }
    }
    out.addAll(FacadeTestSupport.wireTranscript(wm));
    return String.join("\n", out);
  }

  private static void sameAsGenerated(boolean retries, Function<GhlClient, Object> generated,
      Function<GhlClient, Object> rawForm, String expect) {
    String typed = run(retries, List.of(generated));
    assertTrue(typed.contains(expect), "the scenario ran as meant: " + typed);
    assertEquals(typed, run(retries, List.of(rawForm)));
  }

  @Test
  void encodesRoutesAndVersionsAsTheGeneratedMethod() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    sameAsGenerated(false, g -> g.contacts().getContact("a%41/b c"),
        g -> g.rawRequest(raw("GET", "/contacts/{contactId}", "getContact").pathParam("contactId", "a%41/b c").build()),
        "/highlevel-pit/contacts/a%2541%2Fb%20c");
    sameAsGenerated(false, g -> g.locations().getLocation("loc1"),
        g -> g.rawRequest(raw("GET", "/locations/{locationId}", "getLocation").pathParam("locationId", "loc1")
            .token(GhlRawRequest.Token.AGENCY).build()),
        "maton-connection=" + AGENCY);
  }

  @Test
  @SuppressWarnings("deprecation") // listContacts: a GET with several query values
  void queryValuesAreEncodedAsTheGeneratedMethodEncodesThem() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    sameAsGenerated(false, g -> g.contacts().listContacts("loc 1", 5, "100%41 & co", null, null),
        g -> g.rawRequest(raw("GET", "/contacts/", "listContacts").queryParam("locationId", "loc 1")
            .queryParam("limit", 5).queryParam("query", "100%41 & co").queryParam("startAfterId", null).build()),
        "query=100%2541%20%26%20co");
  }

  @Test
  void aBodyIsWrittenAsTheGeneratedMethodWritesIt() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c2\"}}")));
    ContactCreateRequest body = new ContactCreateRequest().locationId("loc1").firstName("Jane").email("jane@example.com");
    sameAsGenerated(false, g -> g.contacts().createContact(body),
        g -> g.rawRequest(raw("POST", "/contacts/", "createContact").body(body).build()),
        "\"firstName\":\"Jane\"");
  }

  @Test
  void errorsAndRetriesEndAsForTheGeneratedMethod() {
    for (int status : new int[] {400, 401, 404, 422, 429, 500, 503}) {
      wm.resetAll();
      wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
          .withHeader("Retry-After", "0").withBody("{\"statusCode\":" + status + ",\"message\":\"m" + status + "\"}")));
      sameAsGenerated(false, g -> g.contacts().getContact("c1"),
          g -> g.rawRequest(raw("GET", "/contacts/{contactId}", "getContact").pathParam("contactId", "c1").build()),
          " " + status + " attempts=1");
    }
    wm.resetAll();
    wm.stubFor(any(anyUrl()).inScenario("r").whenScenarioStateIs(STARTED).willSetStateTo("ok")
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));
    wm.stubFor(any(anyUrl()).inScenario("r").whenScenarioStateIs("ok").willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    sameAsGenerated(true, g -> g.contacts().getContact("c1"),
        g -> g.rawRequest(raw("GET", "/contacts/{contactId}", "getContact").pathParam("contactId", "c1").build()),
        "returned class ContactResponse");
    ContactCreateRequest body = new ContactCreateRequest().locationId("loc1");
    sameAsGenerated(true, g -> g.contacts().createContact(body), // a POST is not sent twice
        g -> g.rawRequest(raw("POST", "/contacts/", "createContact").body(body).build()), "503 attempts=1");
  }

  @Test
  void pathValuesAreRefusedAsTheGeneratedMethodRefusesThem() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    for (String id : new String[] {"", " ", ".", ".."}) {
      sameAsGenerated(false, g -> g.contacts().getContact(id),
          g -> g.rawRequest(raw("GET", "/contacts/{contactId}", "getContact").pathParam("contactId", id).build()),
          "GhlValidationException: getContact: invalid request, not sent: [contactId: must not be");
    }
  }

  @Test
  void aMalformedRequestIsRefusedBeforeSendingNamingTheField() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    try (GhlClient ghl = client(false)) {
      assertRefused(ghl, GhlRawRequest.builder("GET", "contacts/x"), "path: must start with /");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/highlevel-pit/contacts/x"), "path: is GHL's path without /highlevel-pit");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts//x"), "path: must not have an empty segment");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/../users"), "path: must not have a '.' or '..' segment");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/x?locationId=1"), "path: may hold only letters");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/id-{contactId}").pathParam("contactId", "c"),
          "path: may hold only letters");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/{contactId}"), "contactId: is a variable of the path");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/{contactId}").pathParam("contactId", null),
          "contactId: must not be null");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").pathParam("contactId", "c"),
          "contactId: is not a variable of the path /contacts/");
      assertRefused(ghl, GhlRawRequest.builder("FETCH", "/contacts/"), "method: must be GET, POST, PUT, PATCH or DELETE");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").queryParam("", "x"), "queryParams: a name must not be empty");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").header("Authorization", "Bearer other"),
          "headers.Authorization: is not the caller's to set (the client sends the API key)");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").header("maton-connection", "conn_x"),
          "headers.maton-connection: is not the caller's to set (set by token(...)");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").header("Accept-Encoding", "br"),
          "headers.Accept-Encoding: is not the caller's to set (the transport's)");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").header("X-Note", "a\r\nInjected: 1"),
          "headers.X-Note: must be printable ASCII: no control characters (CR, LF, ...)");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").header("Bad Name", "v"), "headers: a name must be a token");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").body(Map.of("a", 1)), "body: a GET request carries no body");
      assertRefused(ghl, GhlRawRequest.builder("POST", "/contacts/").jsonBody("{\"email\": jane@example.com}"),
          "body: is not JSON (line 1, column 11)");
      assertRefused(ghl, GhlRawRequest.builder("POST", "/contacts/").jsonBody("{} {}"), "body: holds more than one JSON value");
      assertRefused(ghl, GhlRawRequest.builder("POST", "/contacts/").body("{\"firstName\":\"Jane\"}"),
          "body: is a string, which body(...) writes as a JSON string: give JSON text with jsonBody(...)");
      GhlValidationException all = assertThrows(GhlValidationException.class, () -> ghl.rawRequest(
          GhlRawRequest.builder("get", "/x/{a}/{b}").operationId("listThings").header("Version", "1").build()));
      assertEquals("listThings", all.operationId());
      assertEquals(List.of("a", "b", "headers.Version"), all.violations().stream().map(v -> v.field()).toList(),
          "every problem at once, sorted; the method's case does not matter");
      GhlValidationException withMethod = assertThrows(GhlValidationException.class, () -> ghl.rawRequest(
          GhlRawRequest.builder("FETCH", "/x/{a}").build()));
      assertEquals(List.of("a", "method"), withMethod.violations().stream().map(v -> v.field()).toList(),
          "a wrong method does not hide the path's missing value");
    }
    assertEquals(0, wm.getAllServeEvents().size(), "nothing was sent");
  }

  private static void assertRefused(GhlClient ghl, GhlRawRequest.Builder request, String expected) {
    GhlValidationException e = assertThrows(GhlValidationException.class, () -> ghl.rawRequest(request.build()));
    assertTrue(e.getMessage().startsWith("rawRequest: invalid request, not sent: [" + expected), e.getMessage());
    assertFalse(e.getMessage().contains("jane@example.com"), "the body's text is not quoted: " + e.getMessage());
  }

  @Test
  void theRequestCarriesTheCallersHeadersQueryListsVersionAndTheViewsConnection() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    try (GhlClient ghl = client(false)) {
      ghl.withConnection("conn_view").rawRequest(GhlRawRequest.builder("DELETE", "/contacts/{contactId}/tags")
          .pathParam("contactId", "c1").queryParam("tag", List.of("vip", "new lead")).queryParam("skipped", null)
          .header("Accept", "text/csv").header("X-Trace", "one").header("X-Trace", "two")
          .version("2021-04-15").jsonBody("{\"tags\":[\"vip\"]}").build());
      LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
      assertEquals("DELETE", r.getMethod().getName());
      assertEquals("/highlevel-pit/contacts/c1/tags?tag=vip&tag=new%20lead", r.getUrl());
      assertEquals("conn_view", r.getHeader("Maton-Connection"), "the view's connection wins, as for generated methods");
      assertEquals("2021-04-15", r.getHeader("Version"));
      assertEquals("Bearer " + KEY, r.getHeader("Authorization"));
      assertEquals("text/csv", r.getHeader("Accept"), "the caller's Accept replaces the JSON default");
      assertEquals(List.of("one", "two"), r.header("X-Trace").values(), "a repeated header keeps every value");
      assertEquals("application/json", r.getHeader("Content-Type"));
      assertEquals("{\"tags\":[\"vip\"]}", r.getBodyAsString(), "JSON text is sent as it is");

      wm.resetRequests();
      ghl.rawRequest(GhlRawRequest.builder("GET", "/custom-things").version(null).build());
      r = FacadeTestSupport.onlyRequest(wm);
      assertNull(r.getHeader("Version"), "version(null) sends none");
      assertEquals(SUB, r.getHeader("Maton-Connection"), "sub-account unless token(...) says otherwise");
      assertEquals("application/json", r.getHeader("Accept"));
    }
    try (GhlClient overridden = FacadeTestSupport.builder(wm).versionOverride("2099-01-01").build()) {
      wm.resetRequests();
      overridden.rawRequest(GhlRawRequest.builder("GET", "/custom-things").build());
      assertEquals("2099-01-01", FacadeTestSupport.onlyRequest(wm).getHeader("Version"), "versionOverride wins, as everywhere");
    }
  }

  @Test
  void aMapBodyKeepsItsNullsAndQueryArraysAndListsAreCopiedAndExpanded() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("email", null); // clears the field at GHL
    fields.put("address", new java.util.LinkedHashMap<>(Collections.singletonMap("city", null)));
    List<String> tags = new ArrayList<>(List.of("vip"));
    GhlRawRequest request = GhlRawRequest.builder("PUT", "/contacts/{contactId}").pathParam("contactId", "c1")
        .queryParam("tag", tags).queryParam("id", new String[] {"a", "b"}).queryParam("n", new int[] {1, 2})
        .body(fields).build();
    tags.add("added after build");
    try (GhlClient ghl = client(false)) {
      ghl.rawRequest(request);
    }
    LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
    assertEquals("{\"email\":null,\"address\":{\"city\":null}}", r.getBodyAsString());
    assertEquals("/highlevel-pit/contacts/c1?tag=vip&id=a&id=b&n=1&n=2", r.getUrl(), "the list as it was at queryParam(...)");
  }

  @Test
  void whatCannotBeSentFaithfullyIsRefused() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    try (GhlClient ghl = client(false)) {
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").queryParam("since", java.util.Optional.empty()),
          "queryParams.since: must be a string, number, boolean, enum or UUID, or an Iterable or array of them (was Optional)");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").queryParam("ids", List.of("a", Map.of())),
          "queryParams.ids: must be a string, number, boolean, enum or UUID");
      assertRefused(ghl, GhlRawRequest.builder("GET", "/contacts/").header("X-Name", "Grüße"),
          "headers.X-Name: must be printable ASCII");
      dev.pitkit.ghl.model.OpportunityCreateRequest read = new dev.pitkit.ghl.model.OpportunityCreateRequest()
          .pipelineId("p1").locationId("loc1").name("Deal")
          .status(dev.pitkit.ghl.model.OpportunityCreateRequest.StatusEnum.fromValue("paused"));
      GhlValidationException e = assertThrows(GhlValidationException.class,
          () -> ghl.rawRequest(GhlRawRequest.builder("POST", "/opportunities/").body(read).build()));
      assertEquals("body.status", e.violations().get(0).field(), e.getMessage());
    }
    assertEquals(0, wm.getAllServeEvents().size(), "nothing was sent");
  }

  @Test
  void theAnswerIsReadWholeAndDecodedAsAGeneratedAnswerIs() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json; charset=ISO-8859-1")
        .withHeader("X-Request-Id", "req-1").withBody("{\"contact\":{\"id\":\"c1\",\"firstName\":\"Zoë\"}}"
            .getBytes(StandardCharsets.ISO_8859_1))));
    try (GhlClient ghl = client(false)) {
      GhlRawResponse r = ghl.rawRequest(GhlRawRequest.builder("GET", "/contacts/{id}").pathParam("id", "c1").build());
      assertEquals(201, r.status());
      assertEquals("req-1", r.header("x-request-id").orElseThrow(), "header names in any case");
      assertEquals(List.of("req-1"), r.headers().get("X-REQUEST-ID"));
      assertEquals(StandardCharsets.ISO_8859_1, r.charset().orElseThrow());
      assertTrue(r.bodyText().contains("Zoë"), r.bodyText());
      assertEquals("Zoë", r.as(ContactResponse.class).getContact().getFirstName());
      assertEquals("c1", ((Map<?, ?>) r.as(Map.class).get("contact")).get("id"));
      byte[] body = r.body();
      body[0] = 'X';
      assertFalse(r.bodyText().startsWith("X"), "body() is a copy");
      assertEquals("GhlRawResponse[status=201, operationId=rawRequest, body=" + body.length + " bytes]", r.toString());
      assertThrows(GhlConfigurationException.class, () -> r.as(null));
    }
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<html>" + KEY + "</html>")));
    try (GhlClient ghl = client(false)) {
      GhlRawResponse html = ghl.rawRequest(GhlRawRequest.builder("GET", "/page").build());
      assertEquals("<html>" + KEY + "</html>", html.bodyText(), "the caller's own answer, as it came");
      GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class, () -> html.as(ContactResponse.class));
      assertTrue(e.getMessage().contains("HTML page where JSON was expected"), e.getMessage());
      assertFalse(e.bodySnippet().contains(KEY), "the key is masked in the snippet: " + e.bodySnippet());
    }
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain; charset=bogus-cs")
        .withBody("5")));
    try (GhlClient ghl = client(false)) {
      GhlRawResponse odd = ghl.rawRequest(GhlRawRequest.builder("GET", "/page").build());
      assertThrows(GhlInvalidResponseException.class, () -> odd.as(String.class), "a charset the JDK does not know: typed");
      assertThrows(GhlConfigurationException.class, () -> odd.header(null));
    }
    wm.stubFor(any(anyUrl()).willReturn(okJson("5")));
    try (GhlClient ghl = client(false)) {
      assertEquals(5, ghl.rawRequest(GhlRawRequest.builder("GET", "/count").build()).as(int.class),
          "a primitive class gives its box");
    }
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    try (GhlClient ghl = client(false)) {
      GhlRawResponse empty = ghl.rawRequest(GhlRawRequest.builder("DELETE", "/things/{id}").pathParam("id", "t1").build());
      assertEquals(204, empty.status());
      assertArrayEquals(new byte[0], empty.body());
      assertEquals("", empty.bodyText());
    }
  }

  @Test
  void theListenerHearsOfARawCallUnderItsOperationName() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    List<GhlCall> calls = new ArrayList<>();
    try (GhlClient ghl = FacadeTestSupport.builder(wm).callListener(calls::add).build()) {
      ghl.rawRequest(GhlRawRequest.builder("PUT", "/custom-things/{id}").pathParam("id", "t1").operationId("updateCustomThing")
          .token(GhlRawRequest.Token.AGENCY).body(Map.of("name", "x")).build());
      assertThrows(GhlValidationException.class, () -> ghl.rawRequest(GhlRawRequest.builder("GET", "/custom-things/..").build()));
    }
    assertEquals(2, calls.size());
    GhlCall sent = calls.get(0);
    assertEquals("updateCustomThing", sent.operationId());
    assertEquals("PUT", sent.method());
    assertEquals("/highlevel-pit/custom-things/{id}", sent.path(), "the template, not the id");
    assertEquals("agency", sent.connectionKind());
    assertEquals(AGENCY, sent.connection());
    assertEquals(1, sent.attempts());
    assertTrue(sent.succeeded());
    GhlCall refused = calls.get(1);
    assertEquals("rawRequest", refused.operationId());
    assertEquals(0, refused.attempts());
    assertTrue(refused.error() instanceof GhlValidationException);
  }

  @Test
  void noConnectionOrAClosedClientFailsAsForAGeneratedMethod() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    try (GhlClient noAgency = GhlClient.builder().apiKey(KEY).baseUrl(wm.baseUrl()).subAccountConnection(SUB).build()) {
      GhlConfigurationException e = assertThrows(GhlConfigurationException.class, () -> noAgency.rawRequest(
          GhlRawRequest.builder("GET", "/saas/x").operationId("saasThing").token(GhlRawRequest.Token.AGENCY).build()));
      assertTrue(e.getMessage().startsWith("saasThing needs an agency connection"), e.getMessage());
    }
    GhlClient closed = client(false);
    closed.close();
    assertThrows(dev.pitkit.ghl.client.error.GhlClientClosedException.class,
        () -> closed.rawRequest(GhlRawRequest.builder("GET", "/x").build()));
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void noValueShowsInToStringAndSettersCheckWhatTheySet() {
    GhlRawRequest r = GhlRawRequest.builder("post", "/contacts/{contactId}/notes").pathParam("contactId", "jane@example.com")
        .queryParam("email", "jane@example.com").header("X-Secret-Ish", "s3cr3t").jsonBody("{\"body\":\"private\"}").build();
    assertEquals("GhlRawRequest[POST /contacts/{contactId}/notes, operationId=rawRequest, token=SUB_ACCOUNT]", r.toString());
    assertEquals("POST", r.method());
    assertEquals(GhlRawRequest.DEFAULT_VERSION, r.version());
    assertThrows(GhlConfigurationException.class, () -> GhlRawRequest.builder(null, "/x"));
    assertThrows(GhlConfigurationException.class, () -> GhlRawRequest.builder("GET", "/x").operationId("two words"));
    assertThrows(GhlConfigurationException.class, () -> GhlRawRequest.builder("GET", "/x").version("2021\r\n"));
    assertThrows(GhlConfigurationException.class, () -> GhlRawRequest.builder("GET", "/x").token(null));
    try (GhlClient ghl = client(false)) {
      assertThrows(GhlConfigurationException.class, () -> ghl.rawRequest(null));
    }
  }
}

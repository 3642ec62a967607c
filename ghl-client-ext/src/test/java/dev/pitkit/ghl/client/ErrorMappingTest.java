package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.BadRequestException;
import dev.pitkit.ghl.client.error.ConflictException;
import dev.pitkit.ghl.client.error.GhlApiException;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.error.InternalServerException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.client.error.PermissionDeniedException;
import dev.pitkit.ghl.client.error.RateLimitException;
import dev.pitkit.ghl.client.error.UnauthorizedException;
import dev.pitkit.ghl.client.error.UnexpectedStatusException;
import dev.pitkit.ghl.client.error.UnprocessableEntityException;
import dev.pitkit.ghl.model.ConnectionCreateRequest;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error status becomes its own {@link GhlApiException} subtype carrying status, headers,
 * GHL's parsed body, trace id, request and connection, with the seed's troubleshooting hint in
 * the message. Undecodable successes and transport failures become {@link GhlInvalidResponseException}
 * and {@link GhlIoException}; nothing of Feign's reaches the caller. Retries are off.
 */
class ErrorMappingTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.builder(wm).build();
  }

  private void respond(int status, String body, String... headers) {
    var r = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    for (int i = 0; i < headers.length; i += 2) {
      r = r.withHeader(headers[i], headers[i + 1]);
    }
    wm.stubFor(any(anyUrl()).willReturn(r));
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, InternalServerException.class),
        Arguments.of(502, InternalServerException.class),
        Arguments.of(503, InternalServerException.class),
        Arguments.of(504, InternalServerException.class),
        Arguments.of(405, UnexpectedStatusException.class),
        Arguments.of(418, UnexpectedStatusException.class),
        Arguments.of(302, UnexpectedStatusException.class),
        Arguments.of(600, UnexpectedStatusException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("statuses")
  void statusMapsToItsTypeWithEverythingAttached(int status, Class<? extends GhlApiException> type) {
    respond(status, "{\"statusCode\":" + status + ",\"message\":\"Something about " + status
        + "\",\"error\":\"Err" + status + "\",\"traceId\":\"trace-" + status + "\"}", "X-Custom", "yes");
    GhlApiException e = assertThrows(GhlApiException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(type, e.getClass());
    assertEquals(status, e.status());
    assertEquals("Something about " + status, e.errorMessage());
    assertEquals(List.of("Something about " + status), e.errorMessages());
    assertEquals("Err" + status, e.error().orElseThrow());
    assertEquals("trace-" + status, e.traceId().orElseThrow());
    assertEquals("GET", e.method());
    assertEquals("/highlevel-pit/contacts/c1", e.path());
    assertEquals("getContact", e.operationId());
    assertEquals(FacadeTestSupport.SUB, e.connection().orElseThrow());
    assertEquals(List.of("yes"), e.headers().get("x-custom"));
    assertTrue(e.body().contains("Something about " + status));
    assertEquals(1, e.attempts());
    String m = e.getMessage();
    assertTrue(m.startsWith(status + " Something about " + status), m);
    assertTrue(m.contains("GET /highlevel-pit/contacts/c1"), m);
    assertTrue(m.contains("getContact"), m);
    assertTrue(m.contains("connection " + FacadeTestSupport.SUB), m);
    assertTrue(m.contains("trace-" + status), m);
    assertNull(e.getCause());
  }

  /** Every failure of a call names its operation, whatever its kind: typed status, bad answer, I/O, pagination. */
  @Test
  void everyFailureOfACallCarriesItsOperationId() {
    respond(200, "<html><title>Bad gateway</title></html>");
    assertEquals("getContact", assertThrows(dev.pitkit.ghl.client.error.GhlInvalidResponseException.class,
        () -> ghl.contacts().getContact("c1")).operationId());
    respond(200, "{}");
    assertEquals("searchContacts", assertThrows(dev.pitkit.ghl.client.error.GhlPaginationException.class,
        () -> ghl.paginate(dev.pitkit.ghl.api.ContactsApi.class, api -> api.searchContacts(
            new dev.pitkit.ghl.model.ContactSearchRequest().locationId("loc1").pageLimit(10)),
            r -> r.getContacts()).stream().count()).operationId());
    respond(404, "{\"message\":\"Contact not found\"}");
    assertEquals("getContact", assertThrows(NotFoundException.class, () -> ghl.contacts().getContact("c1")).operationId());
    try (GhlClient unreachable = GhlClient.builder().apiKey("test_key_not_real").baseUrl("http://127.0.0.1:1")
        .subAccountConnection("conn_sub").maxRetries(0).build()) {
      assertEquals("getContact", assertThrows(dev.pitkit.ghl.client.error.GhlIoException.class,
          () -> unreachable.contacts().getContact("c1")).operationId());
    }
    assertNull(new dev.pitkit.ghl.client.error.GhlConfigurationException("a setting").operationId(), "no call");
  }

  /** GHL's upload answers 413 to a file too large and 415 to a type it does not take: untyped statuses with a hint each. */
  @Test
  void tooLargeAndUnsupportedTypeSayWhat() {
    respond(413, "{\"status\":413,\"message\":\"File too large\"}");
    UnexpectedStatusException large = assertThrows(UnexpectedStatusException.class, () -> ghl.contacts().getContact("c1"));
    assertTrue(large.hint().orElseThrow().contains("larger than GHL accepts"), large.getMessage());
    respond(415, "{\"status\":415,\"message\":\"Unsupported file type\"}");
    UnexpectedStatusException type = assertThrows(UnexpectedStatusException.class, () -> ghl.contacts().getContact("c1"));
    assertTrue(type.hint().orElseThrow().contains("does not accept this type"), type.getMessage());
  }

  @Test
  void messageArrayIsJoined() {
    respond(422, "{\"statusCode\":422,\"message\":[\"name should not be empty\",\"email must be an email\"],"
        + "\"error\":\"Unprocessable Entity\"}");
    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> ghl.contacts().getContact("c1"));
    assertEquals(List.of("name should not be empty", "email must be an email"), e.errorMessages());
    assertEquals("name should not be empty; email must be an email", e.errorMessage());
    assertTrue(e.getMessage().contains("name should not be empty; email must be an email"), e.getMessage());
    assertTrue(e.hint().orElseThrow().contains("a field it requires, a value it does not take"), e.getMessage());
  }

  /**
   * Error bodies of other shapes keep their text: a {@code message} list of objects (a validation
   * entry), an {@code error} object with a message, a {@code msg} field, or JSON without any of
   * them (it is JSON: not called a non-JSON body).
   */
  @Test
  void errorTextOfOtherShapesIsKept() {
    respond(400, "{\"message\":[{\"property\":\"email\",\"constraints\":{\"isEmail\":\"email must be an email\"}},"
        + "{\"message\":\"name should not be empty\"}]}");
    BadRequestException list = assertThrows(BadRequestException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(List.of("{\"property\":\"email\",\"constraints\":{\"isEmail\":\"email must be an email\"}}",
        "name should not be empty"), list.errorMessages());

    respond(404, "{\"error\":{\"code\":\"archived\",\"message\":\"Contact is archived\"}}");
    NotFoundException object = assertThrows(NotFoundException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(List.of("Contact is archived"), object.errorMessages());
    assertEquals("Contact is archived", object.details().error());

    respond(400, "{\"msg\":\"Contact with id abc123 not found\"}");
    BadRequestException msg = assertThrows(BadRequestException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(List.of("Contact with id abc123 not found"), msg.errorMessages());

    respond(400, "{\"statusCode\":400,\"reason\":\"quota\"}");
    BadRequestException bare = assertThrows(BadRequestException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(List.of("{\"statusCode\":400,\"reason\":\"quota\"}"), bare.errorMessages());
    assertFalse(bare.getMessage().contains("non-JSON"), bare.getMessage());
  }

  /** A duplicate contact's answer names the existing one in {@code meta}: readable without parsing the body. */
  @Test
  void metaFieldsAreReadable() {
    respond(400, "{\"statusCode\":400,\"message\":\"This location does not allow duplicated contacts.\","
        + "\"meta\":{\"contactName\":\"Ada Lovelace\",\"contactId\":\"c123\",\"matchingField\":\"email\",\"n\":2,"
        + "\"more\":{\"a\":1}}}");
    BadRequestException e = assertThrows(BadRequestException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals("c123", e.meta().get("contactId"));
    assertEquals(List.of("contactName", "contactId", "matchingField", "n", "more"), List.copyOf(e.meta().keySet()));
    assertEquals("2", e.meta().get("n"));
    assertEquals("{\"a\":1}", e.meta().get("more"));
    assertThrows(UnsupportedOperationException.class, () -> e.meta().put("x", "y"));

    respond(404, "{\"statusCode\":404,\"message\":\"Not found\"}");
    assertEquals(Map.of(), assertThrows(NotFoundException.class, () -> ghl.contacts().getContact("c1")).meta());
  }

  @Test
  void aLongErrorBodyIsParsedWholeAndKeptShort() {
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add("customFields[" + i + "].value must be a string");
    }
    String body = "{\"statusCode\":422,\"message\":[\"" + String.join("\",\"", many) + "\"],\"error\":\"Unprocessable Entity\","
        + "\"traceId\":\"trace-long\"}";
    assertTrue(body.length() > 16_384, "over the 8 KiB kept in body()");
    respond(422, body);
    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> ghl.contacts().getContact("c1"));
    assertEquals(many, e.errorMessages());
    assertEquals("Unprocessable Entity", e.error().orElseThrow());
    assertEquals("trace-long", e.traceId().orElseThrow());
    assertEquals(8192, e.body().length());
  }

  @Test
  void anErrorBodyIsReadInItsCharset() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json; charset=ISO-8859-1")
        .withBody("{\"message\":\"Caf\u00e9 invalid\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
    BadRequestException e = assertThrows(BadRequestException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals("Caf\u00e9 invalid", e.errorMessage());
  }

  @Test
  void hint401Scope() {
    respond(401, "{\"statusCode\":401,\"message\":\"The token is not authorized for this scope.\"}");
    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> ghl.contacts().getContact("c1"));
    String hint = e.hint().orElseThrow();
    assertTrue(hint.contains("Agency tokens can't access CRM data") || hint.contains("agency tokens can't access CRM data"), hint);
    assertTrue(hint.contains("sub-account connection"), hint);
    assertTrue(e.getMessage().contains("Hint: " + hint), e.getMessage());
  }

  @Test
  void hint401UserTypeMismatchOnAnAgencyOperation() {
    respond(401, "{\"statusCode\":401,\"message\":\"Token's user type mismatch\"}");
    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> ghl.locations().getLocation("loc1"));
    String hint = e.hint().orElseThrow();
    assertTrue(hint.toLowerCase().contains("wrong token type"), hint);
    assertTrue(hint.contains("needs the agency connection; " + FacadeTestSupport.AGENCY + " was sent"), hint);
    assertEquals(FacadeTestSupport.AGENCY, e.connection().orElseThrow());
  }

  @Test
  void hint401BadKey() {
    respond(401, "{\"message\":\"Unauthorized\"}");
    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> ghl.contacts().getContact("c1"));
    assertTrue(e.hint().orElseThrow().contains("MATON_API_KEY"), e.getMessage());
    assertTrue(e.hint().orElseThrow().contains("If calls with other connections succeed, the authorization of "
        + FacadeTestSupport.SUB + " is: re-authorize that connection in Maton."), "a location's own token may be the one"
        + " revoked: " + e.hint().orElseThrow());
  }

  @Test
  @SuppressWarnings("deprecation") // listContacts is deprecated by GHL and still served: tested on purpose
  void hint403LocationAccess() {
    respond(403, "{\"statusCode\":403,\"message\":\"The token does not have access to this location.\"}");
    PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
        () -> ghl.contacts().listContacts("loc1", 10, null, null, null));
    String hint = e.hint().orElseThrow();
    assertTrue(hint.contains("agency token was used for a sub-account endpoint or vice versa"), hint);
    assertTrue(hint.contains("listContacts"), hint);
    assertEquals("/highlevel-pit/contacts/", e.path(), "the query string (personal data) is not kept");
  }

  @Test
  void hint422MissingLocationId() {
    respond(422, "{\"statusCode\":422,\"message\":[\"LocationId can't be undefined\"]}");
    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> ghl.contacts().getContact("c1"));
    assertTrue(e.hint().orElseThrow().contains("locationId query parameter"), e.getMessage());
  }

  @Test
  @SuppressWarnings("deprecation") // listContacts is deprecated by GHL and still served: tested on purpose
  void aLocationIdHintOnlyWhenNoneWasSent() {
    respond(422, "{\"statusCode\":422,\"message\":[\"locationId must be a string\"]}");
    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> ghl.contacts().listContacts("loc1", 10, null, null, null));
    assertFalse(e.hint().orElseThrow().contains("Add the locationId"), "it was sent: " + e.getMessage());
    assertTrue(e.hint().orElseThrow().contains("GHL refused what was sent"), e.getMessage());
    UnprocessableEntityException inBody = assertThrows(UnprocessableEntityException.class,
        () -> ghl.contacts().createContact(new ContactCreateRequest().locationId("loc1").firstName("Ann")));
    assertFalse(inBody.hint().orElseThrow().contains("Add the locationId"), "sent in the body: " + inBody.getMessage());
  }

  @Test
  void aWriteAnsweredWithARetriableStatusSaysWhyItWasNotRetried() {
    respond(503, "{\"message\":\"Service Unavailable\"}");
    GhlClient retrying = FacadeTestSupport.builder(wm).maxRetries(2).build();
    InternalServerException post = assertThrows(InternalServerException.class,
        () -> retrying.contacts().createContact(new ContactCreateRequest().locationId("loc1").firstName("Ann")));
    assertEquals(1, post.attempts());
    assertTrue(post.getMessage().contains("Not retried: the server may have applied the POST (opt in with"
        + " RequestOptions.retryNonIdempotent(true)"), post.getMessage());
    InternalServerException get = assertThrows(InternalServerException.class, () -> retrying.contacts().getContact("c1"));
    assertEquals(3, get.attempts());
    assertFalse(get.getMessage().contains("Not retried"), "a GET was retried: " + get.getMessage());
    InternalServerException noRetries = assertThrows(InternalServerException.class,
        () -> ghl.contacts().createContact(new ContactCreateRequest().locationId("loc1").firstName("Ann")));
    assertFalse(noRetries.getMessage().contains("Not retried"), "maxRetries(0) retries nothing: " + noRetries.getMessage());
  }

  @Test
  void traceIdFallsBackToARequestIdHeader() {
    respond(404, "{\"message\":\"Contact not found\"}", "X-Request-Id", "req-42");
    NotFoundException e = assertThrows(NotFoundException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals("req-42", e.traceId().orElseThrow());
    assertEquals("Contact not found", e.errorMessage());
  }

  @Test
  void rateLimitCarriesRetryAfterAndLimits() {
    respond(429, "{\"message\":\"Too many requests\"}", "Retry-After", "7", "X-RateLimit-Remaining", "0",
        "X-RateLimit-Max", "100");
    RateLimitException e = assertThrows(RateLimitException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
    assertEquals(1, wm.getAllServeEvents().size(), "maxRetries(0): sent once");
    assertTrue(e.hint().orElseThrow().contains("100 requests per 10 s"), e.getMessage());
  }

  @Test
  void matonErrorsCarryNoConnection() {
    respond(400, "{\"error\":\"invalid app\"}");
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> ghl.connections().createConnection(new ConnectionCreateRequest().app("nope")));
    assertTrue(e.connection().isEmpty());
    assertEquals("invalid app", e.errorMessage(), "GHL's error field stands in for a missing message");
    assertEquals("POST", e.method());
    assertEquals("/connections", e.path());
  }

  @Test
  void aSuccessCarryingAnErrorObjectIsAnInvalidResponse() {
    respond(200, "{\"statusCode\":401,\"message\":\"Token expired\\nfor " + FacadeTestSupport.KEY + "\"}");
    GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(200, e.status());
    assertTrue(e.getMessage().contains("HTTP 200 carrying an error, statusCode 401: Token expired\\nfor ****"
        + " (GET /highlevel-pit/contacts/c1)"), e.getMessage());
    // GHL's own answers may say statusCode 200 or 201, and a model may have such a field: those decode
    respond(200, "{\"statusCode\":201,\"message\":\"Fetched\",\"contact\":{\"id\":\"c1\"}}");
    assertEquals("c1", ghl.contacts().getContact("c1").getContact().getId());
  }

  @Test
  void errorWithHtmlOrEmptyOrTextBodyIsStillTyped() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody("<html><head><TITLE>502 Bad Gateway\n | example-cdn</TITLE></head><body>Bad gateway</body></html>")));
    InternalServerException html = assertThrows(InternalServerException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals("HTTP 502 (HTML body: 502 Bad Gateway | example-cdn)", html.errorMessage(), "whose page it is");
    assertTrue(html.body().contains("Bad gateway"));

    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
    NotFoundException empty = assertThrows(NotFoundException.class, () -> ghl.contacts().getContact("c1"));
    assertTrue(empty.errorMessage().contains("empty body"), empty.getMessage());

    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withBody("plain words")));
    BadRequestException text = assertThrows(BadRequestException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals("HTTP 400 (non-JSON body: plain words)", text.errorMessage(), text.getMessage());

    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("{\"message\": truncated")));
    InternalServerException broken = assertThrows(InternalServerException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(500, broken.status());
  }

  @Test
  void postErrorsAreTypedToo() {
    respond(422, "{\"message\":[\"dueDate must be a valid ISO 8601 date string\"]}");
    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> ghl.contacts().createContactTask("c1", new ContactTaskCreateRequest().title("t").dueDate("2026-06-01T10:00:00Z")
            .completed(false)));
    assertEquals("POST", e.method());
    assertEquals("/highlevel-pit/contacts/c1/tasks", e.path());
  }

  // --- undecodable successes --------------------------------------------------------------

  static Stream<Arguments> undecodable() {
    return Stream.of(
        Arguments.of("not json", "text/plain", "does not match"),
        Arguments.of("<!DOCTYPE html><html><body>Login</body></html>", "text/html", "HTML page"),
        Arguments.of("", "application/json", "empty body"),
        Arguments.of("   \n", "application/json", "empty body"),
        Arguments.of("null", "application/json", "JSON null body"),
        Arguments.of(" null\n", "application/json", "JSON null body"),
        Arguments.of("{\"contact\": {\"id\": ", "application/json", "does not match"),
        Arguments.of("[1,2,3]", "application/json", "does not match"),
        Arguments.of("{\"contact\": \"not an object\"}", "application/json", "does not match"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("undecodable")
  void undecodableSuccessIsInvalidResponse(String body, String contentType, String expected) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType)
        .withBody(body)));
    GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class,
        () -> ghl.contacts().getContact("c1"));
    assertEquals(200, e.status());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains("GET /highlevel-pit/contacts/c1"), e.getMessage());
    assertTrue(e.bodySnippet().length() <= 500);
    noFeignIn(e);
  }

  @Test
  void undecodableWithHttpInfoIsInvalidResponseToo() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<html></html>")));
    assertThrows(GhlInvalidResponseException.class, () -> ghl.contacts().getContactWithHttpInfo("c1"));
  }

  @Test
  void unknownFieldsAndEnumValuesDecode() {
    wm.stubFor(any(anyUrl()).willReturn(okJson(
        "{\"contact\":{\"id\":\"c1\",\"brandNewField\":{\"x\":1},\"type\":\"some-future-type\"},\"extra\":true}")));
    assertEquals("c1", ghl.contacts().getContact("c1").getContact().getId());
  }

  // --- transport failures -----------------------------------------------------------------

  static Stream<Fault> faults() {
    return Stream.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE, Fault.RANDOM_DATA_THEN_CLOSE,
        Fault.MALFORMED_RESPONSE_CHUNK);
  }

  @ParameterizedTest
  @MethodSource("faults")
  void transportFaultsAreIoErrors(Fault fault) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));
    GhlException e = assertThrows(GhlException.class, () -> ghl.contacts().getContact("c1"));
    assertTrue(e instanceof GhlIoException || e instanceof GhlInvalidResponseException, e.toString());
    noFeignIn(e);
  }

  @Test
  void connectionRefusedIsAnIoError() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    GhlClient closed = GhlClient.builder().apiKey(FacadeTestSupport.KEY).baseUrl("http://127.0.0.1:" + port)
        .subAccountConnection("conn_sub").maxRetries(0).rateLimiting(false).build();
    GhlIoException e = assertThrows(GhlIoException.class, () -> closed.contacts().getContact("c1"));
    assertTrue(e.getMessage().contains("GET /highlevel-pit/contacts/c1 (getContact) failed: ConnectException"),
        e.getMessage());
    assertTrue(e.getMessage().contains("could not connect to 127.0.0.1:" + port + " (check baseUrl"), e.getMessage());
    assertEquals(1, e.attempts());
    noFeignIn(e);
  }

  @Test
  void aHostThatDoesNotResolveIsNamed() {
    GhlClient nowhere = GhlClient.builder().apiKey(FacadeTestSupport.KEY).baseUrl("https://nonexistent.invalid")
        .subAccountConnection("conn_sub").maxRetries(0).rateLimiting(false).build();
    GhlIoException e = assertThrows(GhlIoException.class, () -> nowhere.contacts().getContact("c1"));
    assertTrue(e.getMessage().contains("the host name nonexistent.invalid did not resolve (check baseUrl, DNS or a proxy)"),
        e.getMessage());
  }

  @Test
  void readTimeoutIsAnIoError() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(400)));
    GhlClient impatient = ghl.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(50)).build());
    GhlIoException e = assertThrows(GhlIoException.class, () -> impatient.contacts().getContact("c1"));
    noFeignIn(e);
  }

  @Test
  void noFeignExceptionForAnyFailureKind() {
    Map<String, Executable> calls = Map.of(
        "status", () -> {
          respond(500, "{}");
          ghl.contacts().getContact("c1");
        },
        "decode", () -> {
          respond(200, "<html>");
          ghl.contacts().getContact("c1");
        },
        "fault", () -> {
          wm.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
          ghl.contacts().getContact("c1");
        });
    calls.forEach((name, call) -> {
      Throwable t = assertThrows(Throwable.class, call, name);
      assertInstanceOf(GhlException.class, t, name);
      noFeignIn(t);
    });
  }

  @Test
  void aSuccessOverMaxResponseBytesIsAnInvalidResponseAndNotRetried() {
    GhlClient limited = FacadeTestSupport.builder(wm).maxResponseBytes(1_000).maxRetries(2).build();
    respond(200, "{\"contact\":{\"id\":\"c1\",\"notes\":\"" + "n".repeat(5_000) + "\"}}");
    GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class,
        () -> limited.contacts().getContact("c1"));
    assertEquals(200, e.status());
    assertTrue(e.getMessage().contains("over the limit of 1000 bytes (maxResponseBytes)"), e.getMessage());
    assertEquals(1, wm.getAllServeEvents().size(), "the same body would come again: not retried");
    respond(404, "{\"message\":\"" + "m".repeat(5_000) + "\"}");
    assertThrows(NotFoundException.class, () -> limited.contacts().getContact("c1"), "an error keeps its type");
  }

  @Test
  void noContentIsNotAnError() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    assertNull(ghl.connections().deleteConnection("conn_x"));
    assertNull(ghl.contacts().getContact("c1"));
    assertEquals(204, ghl.contacts().getContactWithHttpInfo("c1").getStatusCode());
  }

  @Test
  void emptyBodyIsFineWhereTheSpecDeclaresNoTypedBody() {
    // Maton's delete connection: body undocumented ("usually empty"); a successful delete must not throw
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    assertNull(ghl.connections().deleteConnection("conn_x"));
    var info = ghl.connections().deleteConnectionWithHttpInfo("conn_x");
    assertEquals(200, info.getStatusCode());
    assertNull(info.getData());
    // ...but a typed response with no body is still an invalid response
    assertThrows(GhlInvalidResponseException.class, () -> ghl.connections().getConnection("conn_x"));
  }

  /** Neither the exception nor any cause is a Feign type (callers must not need Feign on their classpath). */
  static void noFeignIn(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertFalse(c.getClass().getName().startsWith("feign."), "Feign exception leaked: " + c);
    }
  }
}

package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.pitkit.ghl.client.FacadeTestSupport.AGENCY;
import static dev.pitkit.ghl.client.FacadeTestSupport.KEY;
import static dev.pitkit.ghl.client.FacadeTestSupport.SUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.api.ConnectionsApi;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.LocationsApi;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactResponse;
import feign.Capability;
import feign.DefaultContract;
import feign.Client;
import feign.Request;
import feign.Target;
import feign.codec.DecodeException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated interfaces through {@link GhlFeign}'s plain Feign builder, against WireMock. */
class GhlFeignTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private <T> T api(Class<T> type, String agency, String sub) {
    return api(type, agency, sub, wm.baseUrl());
  }

  private static <T> T api(Class<T> type, String agency, String sub, String baseUrl) {
    return GhlFeign.builder(KEY, agency, sub).target(type, baseUrl);
  }

  /** A {@code feign.Target} of the caller's own, as Feign's {@code HardCodedTarget}, on the mock. */
  private static Target<ContactsApi> ownTarget() {
    return new Target.HardCodedTarget<>(ContactsApi.class, "contacts", wm.baseUrl());
  }

  @Test
  void routesEachOperationByItsTokenAndSendsItsVersion() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    ContactResponse c = api(ContactsApi.class, AGENCY, SUB).getContact("c1");
    assertEquals("c1", c.getContact().getId());
    LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
    assertEquals("/highlevel-pit/contacts/c1", r.getUrl());
    assertEquals("Bearer " + KEY, r.getHeader("Authorization"));
    assertEquals(SUB, r.getHeader("Maton-Connection"));
    assertEquals("2021-07-28", r.getHeader("Version"));
    assertTrue(r.getHeader("User-Agent").startsWith("ghl-maton-java/"), r.getHeader("User-Agent"));

    wm.resetRequests();
    api(LocationsApi.class, AGENCY, SUB).getLocation("loc1");
    assertEquals(AGENCY, FacadeTestSupport.onlyRequest(wm).getHeader("Maton-Connection"));

    wm.resetRequests();
    api(ConnectionsApi.class, null, null).getConnection("conn_x");
    r = FacadeTestSupport.onlyRequest(wm);
    assertFalse(r.containsHeader("Maton-Connection"));
    assertFalse(r.containsHeader("Version"));
  }

  @Test
  void aMissingConnectionFailsBeforeSendingAndNamesTheSetting() {
    ContactsApi contacts = api(ContactsApi.class, AGENCY, null);
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class, () -> contacts.getContact("c1"));
    assertTrue(e.getMessage().contains("getContact needs a sub-account connection"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void errorsAreTypedWithTheOperationAndConnection() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
        .withBody("{\"statusCode\":404,\"message\":\"Contact not found\",\"traceId\":\"t-1\"}")));
    NotFoundException e = assertThrows(NotFoundException.class, () -> api(ContactsApi.class, null, SUB).getContact("nope"));
    assertEquals("getContact", e.operationId());
    assertEquals(SUB, e.connection().orElseThrow());
    assertEquals("t-1", e.traceId().orElseThrow());
    assertEquals("Contact not found", e.errorMessage());
  }

  @Test
  void anHtmlSuccessIsReportedNotParsed() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<html>gateway maintenance</html>")));
    DecodeException e = assertThrows(DecodeException.class, () -> api(ContactsApi.class, null, SUB).getContact("c1"));
    GhlInvalidResponseException cause = assertInstanceOf(GhlInvalidResponseException.class, e.getCause());
    assertTrue(cause.getMessage().contains("HTML"), cause.getMessage());
  }

  @Test
  void plainHttpWorksOverAnHttp2Client() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c2\"}}")));
    HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    ContactsApi contacts = GhlFeign.builder(KEY, null, SUB, h2).target(ContactsApi.class, wm.baseUrl());
    assertEquals("c2", contacts.getContact("c2").getContact().getId());
    LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
    assertFalse(r.containsHeader("Upgrade"), "no h2c upgrade on plain http");
  }

  @Test
  void aTargetOfTheCallersOwnGetsTheSameHeaders() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c3\"}}")));
    Target<ContactsApi> own = ownTarget();
    List<ContactsApi> proxies = List.of(
        GhlFeign.builder(KEY, AGENCY, SUB).target(own),
        GhlFeign.builder(KEY, AGENCY, SUB).build().newInstance(own));
    for (ContactsApi contacts : proxies) {
      wm.resetRequests();
      assertEquals("c3", contacts.getContact("c3").getContact().getId());
      LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
      assertEquals("/highlevel-pit/contacts/c3", r.getUrl());
      assertEquals("Bearer " + KEY, r.getHeader("Authorization"));
      assertEquals(SUB, r.getHeader("Maton-Connection"));
      assertEquals("2021-07-28", r.getHeader("Version"));
    }
    ContactsApi noSub = GhlFeign.builder(KEY, AGENCY, null).target(own);
    assertThrows(GhlConfigurationException.class, () -> noSub.getContact("c3"));
  }

  @Test
  void aCapabilityEnrichesTheTransportAndTheHeadersStay() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c5\"}}")));
    CountingCapability counting = new CountingCapability();
    ContactsApi contacts = GhlFeign.builder(KEY, AGENCY, SUB).addCapability(counting)
        .target(ContactsApi.class, wm.baseUrl());
    assertEquals("c5", contacts.getContact("c5").getContact().getId());
    assertEquals(1, counting.sent.get());
    assertEquals(SUB, FacadeTestSupport.onlyRequest(wm).getHeader("Maton-Connection"));
  }

  @Test
  void feignsDefaultTimeoutsReachTheTransportAndTheCallersOptionsReplaceThem() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c6\"}}")));
    CountingCapability defaults = new CountingCapability();
    GhlFeign.builder(KEY, AGENCY, SUB).addCapability(defaults).target(ContactsApi.class, wm.baseUrl()).getContact("c6");
    assertEquals(10_000, defaults.lastOptions.connectTimeoutMillis());
    assertEquals(60_000, defaults.lastOptions.readTimeoutMillis());

    CountingCapability own = new CountingCapability();
    GhlFeign.builder(KEY, AGENCY, SUB).addCapability(own)
        .options(new Request.Options(2, TimeUnit.SECONDS, 7, TimeUnit.SECONDS, false))
        .target(ContactsApi.class, wm.baseUrl()).getContact("c6");
    assertEquals(7_000, own.lastOptions.readTimeoutMillis());
  }

  /** Counts the requests sent through the transport it wraps (public: Feign calls it by reflection). */
  public static final class CountingCapability implements Capability {
    final AtomicInteger sent = new AtomicInteger();
    volatile Request.Options lastOptions;
    volatile Request lastRequest;

    @Override
    public Client enrich(Client client) {
      return (request, options) -> {
        sent.incrementAndGet();
        lastOptions = options;
        lastRequest = request;
        return client.execute(request, options);
      };
    }
  }

  @Test
  void aBaseUrlWithAQueryKeepsItAndTheHeaders() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c4\"}}")));
    api(ContactsApi.class, AGENCY, SUB, wm.baseUrl() + "?tenant=t1").getContact("c4");
    LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
    assertEquals("/highlevel-pit/contacts/c4", r.getUrl().substring(0, r.getUrl().indexOf('?')));
    assertEquals("t1", r.queryParameter("tenant").firstValue());
    assertEquals(SUB, r.getHeader("Maton-Connection"));
    assertEquals("2021-07-28", r.getHeader("Version"));
    assertEquals(1, r.getHeaders().getHeader("Authorization").values().size(), "set once, not appended");
  }

  @Test
  void eachOperationsJsonHeadersAreSentOnceWhoeverBuildsTheRequest() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c7\"}}")));
    Target<ContactsApi> own = ownTarget();
    List<ContactsApi> proxies = List.of(
        api(ContactsApi.class, AGENCY, SUB),
        GhlFeign.builder(KEY, AGENCY, SUB).target(own),
        GhlFeign.builder(KEY, AGENCY, SUB).contract(new DefaultContract()).target(ContactsApi.class, wm.baseUrl()));
    for (ContactsApi contacts : proxies) {
      wm.resetRequests();
      contacts.getContact("c7");
      LoggedRequest get = FacadeTestSupport.onlyRequest(wm);
      assertEquals(List.of("application/json"), get.getHeaders().getHeader("Accept").values());
      assertFalse(get.containsHeader("Content-Type"), "a GET has no body");

      wm.resetRequests();
      contacts.createContact(new ContactCreateRequest().locationId("loc_1").firstName("Ada"));
      LoggedRequest post = FacadeTestSupport.onlyRequest(wm);
      assertEquals(List.of("application/json"), post.getHeaders().getHeader("Accept").values());
      assertEquals(List.of("application/json"), post.getHeaders().getHeader("Content-Type").values());
      assertEquals("{\"locationId\":\"loc_1\",\"firstName\":\"Ada\"}", post.getBodyAsString());
    }
  }

  @Test
  void everyTransportIsHandedTheBodysContentLength() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c9\"}}")));
    ContactCreateRequest body = new ContactCreateRequest().locationId("loc_1").firstName("Ada");
    Target<ContactsApi> own = ownTarget();
    List<java.util.function.Function<CountingCapability, ContactsApi>> setups = List.of(
        c -> GhlFeign.builder(KEY, AGENCY, SUB).addCapability(c).target(ContactsApi.class, wm.baseUrl()),
        c -> GhlFeign.builder(KEY, AGENCY, SUB).addCapability(c).target(own),
        // another encoder: Feign's template sets the length, once
        c -> GhlFeign.builder(KEY, AGENCY, SUB).addCapability(c).encoder(new feign.jackson.JacksonEncoder())
            .target(ContactsApi.class, wm.baseUrl()));
    for (var setup : setups) {
      CountingCapability seen = new CountingCapability();
      setup.apply(seen).createContact(body);
      Request sent = seen.lastRequest;
      assertTrue(sent.body().length > 0);
      assertEquals(List.of(String.valueOf(sent.body().length)), List.copyOf(sent.headers().get("content-length")));
      setup.apply(seen).getContact("c9");
      assertFalse(seen.lastRequest.headers().containsKey("Content-Length"), "no body, no length");
    }
  }

  @Test
  void anInterceptorsAcceptReplacesTheOperationsOwn() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c8\"}}")));
    List<String> seenByInterceptor = new java.util.concurrent.CopyOnWriteArrayList<>();
    ContactsApi contacts = GhlFeign.builder(KEY, AGENCY, SUB)
        .requestInterceptor(t -> {
          seenByInterceptor.addAll(t.headers().keySet());
          t.header("Accept", "application/vnd.example+json");
        })
        .target(ContactsApi.class, wm.baseUrl());
    contacts.getContact("c8");
    assertEquals(List.of("application/vnd.example+json"),
        FacadeTestSupport.onlyRequest(wm).getHeaders().getHeader("Accept").values());
    assertFalse(seenByInterceptor.contains("Accept"), "the constant JSON headers are added after interceptors: "
        + seenByInterceptor);
  }

  @Test
  void theKeyIsRequiredAndNeverShown() {
    assertThrows(GhlConfigurationException.class, () -> GhlFeign.builder(" ", null, SUB));
    ContactsApi contacts = api(ContactsApi.class, null, SUB);
    assertFalse(contacts.toString().contains(KEY), contacts.toString());
  }
}

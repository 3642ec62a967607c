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
import dev.pitkit.ghl.model.ContactResponse;
import feign.Capability;
import feign.Client;
import feign.Feign;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.Retryer;
import feign.Target;
import feign.codec.ErrorDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The generated interfaces through {@link GhlFeign}'s Feign builder, against WireMock: the same
 * pipeline as {@link GhlClient} (see {@link EntryPointParityTest}), Feign's settings that have an
 * equivalent there honoured, the others refused where they are set.
 */
class GhlFeignTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private <T> T api(Class<T> type, String agency, String sub) {
    return api(type, agency, sub, wm.baseUrl());
  }

  private static <T> T api(Class<T> type, String agency, String sub, String baseUrl) {
    return GhlFeign.builder(KEY, agency, sub).target(type, baseUrl);
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
    GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class,
        () -> api(ContactsApi.class, null, SUB).getContact("c1"));
    assertTrue(e.getMessage().contains("HTML"), e.getMessage());
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
  void aHardCodedTargetIsTakenForItsTypeAndUrlAndOtherTargetsAreRefused() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contact\":{\"id\":\"c3\"}}")));
    Target<ContactsApi> own = new Target.HardCodedTarget<>(ContactsApi.class, "contacts", wm.baseUrl());
    List<ContactsApi> proxies = List.of(
        GhlFeign.builder(KEY, AGENCY, SUB).target(own),
        GhlFeign.builder(KEY, AGENCY, SUB).build().newInstance(own));
    for (ContactsApi contacts : proxies) {
      wm.resetRequests();
      assertEquals("c3", contacts.getContact("c3").getContact().getId());
      LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
      assertEquals("/highlevel-pit/contacts/c3", r.getUrl());
      assertEquals(SUB, r.getHeader("Maton-Connection"));
      assertEquals("2021-07-28", r.getHeader("Version"));
    }
    Target<ContactsApi> custom = new Target<>() {
      @Override
      public Class<ContactsApi> type() {
        return ContactsApi.class;
      }

      @Override
      public String name() {
        return "custom";
      }

      @Override
      public String url() {
        return wm.baseUrl();
      }

      @Override
      public Request apply(RequestTemplate template) {
        return template.request();
      }
    };
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class,
        () -> GhlFeign.builder(KEY, AGENCY, SUB).target(custom));
    assertTrue(e.getMessage().contains("HardCodedTarget"), e.getMessage());
  }

  @Test
  void feignsOptionsClientLogLevelAndNeverRetryReachThePipeline() {
    List<Request.Options> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Request> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
    Client failing = (request, options) -> {
      seen.add(options);
      sent.add(request);
      return Response.builder().status(503).request(request).headers(Map.of())
          .body("{\"statusCode\":503}", StandardCharsets.UTF_8).build();
    };
    ContactsApi contacts = GhlFeign.builder(KEY, AGENCY, SUB)
        .options(new Request.Options(3, TimeUnit.SECONDS, 7, TimeUnit.SECONDS, false))
        .client(failing)
        .retryer(Retryer.NEVER_RETRY)
        .logLevel(feign.Logger.Level.NONE)
        .target(ContactsApi.class, "https://gateway.test");
    assertThrows(dev.pitkit.ghl.client.error.InternalServerException.class, () -> contacts.getContact("c4"));
    assertEquals(1, sent.size(), "Retryer.NEVER_RETRY: the client's retries are off");
    assertEquals(3_000, seen.get(0).connectTimeoutMillis());
    assertEquals(7_000, seen.get(0).readTimeoutMillis());
    assertEquals("https://gateway.test/highlevel-pit/contacts/c4", sent.get(0).url());
    assertThrows(GhlConfigurationException.class, () -> GhlFeign.builder(KEY, AGENCY, SUB).retryer(new Retryer.Default()),
        "only NEVER_RETRY has an equivalent");
  }

  @Test
  void settingsThePipelineHasNoPlaceForAreRefusedWhereTheyAreSet() {
    Feign.Builder b = GhlFeign.builder(KEY, AGENCY, SUB);
    List<Executable> refused = List.of(
        () -> b.encoder(new feign.jackson.JacksonEncoder()),
        () -> b.decoder(new feign.jackson.JacksonDecoder()),
        () -> b.errorDecoder(new ErrorDecoder.Default()),
        () -> b.contract(new feign.Contract.Default()),
        () -> b.requestInterceptor(t -> t.header("X-A", "1")),
        () -> b.requestInterceptors(List.of(t -> t.header("X-A", "1"))),
        () -> b.logger(new feign.Logger.NoOpLogger()),
        () -> b.addCapability(new Capability() { }),
        () -> b.decode404(),
        () -> b.dismiss404(),
        () -> b.decodeVoid(),
        () -> b.doNotCloseAfterDecode());
    for (Executable e : refused) {
      GhlConfigurationException x = assertThrows(GhlConfigurationException.class, e);
      assertTrue(x.getMessage().startsWith("GhlFeign: ") && x.getMessage().contains("Feign.builder()"), x.getMessage());
      assertFalse(x.getMessage().contains(KEY), x.getMessage());
    }
  }

  @Test
  void aBaseUrlWithAQueryIsRefused() {
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class,
        () -> GhlFeign.builder(KEY, AGENCY, SUB).target(ContactsApi.class, wm.baseUrl() + "?tenant=t1"));
    assertTrue(e.getMessage().contains("query"), e.getMessage());
  }

  @Test
  void targetsOfOneBuilderShareOneClient() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    Feign.Builder b = GhlFeign.builder(KEY, AGENCY, SUB);
    ContactsApi contacts = b.target(ContactsApi.class, wm.baseUrl());
    LocationsApi locations = b.target(LocationsApi.class, wm.baseUrl());
    assertEquals(contacts.toString().replace("ContactsApi", ""), locations.toString().replace("LocationsApi", ""),
        "the same client (one rate limiter): " + contacts + " / " + locations);
  }

  @Test
  void theKeyIsRequiredAndNeverShown() {
    assertThrows(GhlConfigurationException.class, () -> GhlFeign.builder(" ", null, SUB));
    assertThrows(GhlConfigurationException.class, () -> GhlFeign.builder(null, null, SUB));
    ContactsApi contacts = api(ContactsApi.class, null, SUB);
    assertFalse(contacts.toString().contains(KEY), contacts.toString());
  }
}

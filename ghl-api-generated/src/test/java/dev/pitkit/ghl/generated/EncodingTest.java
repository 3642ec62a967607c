package dev.pitkit.ghl.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.ContactsApi.ListContactsQueryParams;
import dev.pitkit.ghl.api.ProductsApi;
import dev.pitkit.ghl.api.ProductsApi.GetProductQueryParams;
import dev.pitkit.ghl.generated.support.SpecStubs;
import dev.pitkit.ghl.generated.support.TestClients;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values with URI metacharacters reach the server intact through the generated methods: query
 * values through both the positional and the {@code @QueryMap} overload, path ids as exactly one
 * percent-encoded path segment (an id can never add a segment, a query or a fragment).
 */
@SuppressWarnings("deprecation") // listContacts (deprecated by GHL) has the richest query to encode
class EncodingTest {

  /** Every character that means something in a query string, plus a space and a brace. */
  private static final String NASTY_QUERY = "a+b @c&d=e{f}/g?h#i";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private ContactsApi contacts;
  private ProductsApi products;

  @BeforeEach
  void setUp() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    contacts = TestClients.feign(ContactsApi.class, wm.baseUrl());
    products = TestClients.feign(ProductsApi.class, wm.baseUrl());
  }

  @Test
  void positionalQueryValuesArriveIntact() {
    contacts.listContacts("loc+1@x y", 20, NASTY_QUERY, null, "1700000000000");

    LoggedRequest request = onlyRequest();
    assertEquals("/highlevel-pit/contacts/", URI.create(request.getUrl()).getRawPath());
    assertEquals(Map.of("locationId", "loc+1@x y", "limit", "20", "query", NASTY_QUERY, "startAfter", "1700000000000"),
        queryOf(request));
    assertNoRawMetacharactersInQuery(request);
  }

  @Test
  void queryMapValuesArriveIntact() {
    contacts.listContacts(new ListContactsQueryParams().locationId("loc+1@x y").limit(20).query(NASTY_QUERY));

    LoggedRequest request = onlyRequest();
    assertEquals("/highlevel-pit/contacts/", URI.create(request.getUrl()).getRawPath());
    assertEquals(Map.of("locationId", "loc+1@x y", "limit", "20", "query", NASTY_QUERY), queryOf(request));
    assertNoRawMetacharactersInQuery(request);
  }

  @ParameterizedTest(name = "getContact(\"{0}\")")
  @ValueSource(strings = {"a/b?c", "a/b", "x?y=1", "x#y", "a b", "a+b", "a&b=c", "{id}", "a/../b", "..", ".", "ü"})
  void aPathIdIsOneEncodedSegment(String id) {
    contacts.getContact(id);

    LoggedRequest request = onlyRequest();
    String rawPath = URI.create(request.getUrl()).getRawPath();
    assertAll(
        () -> assertEquals("/highlevel-pit/contacts/" + expectedSegment(id), rawPath, "raw path"),
        () -> assertEquals(3, rawPath.substring(1).split("/", -1).length, "segments of " + rawPath),
        () -> assertNull(URI.create(request.getUrl()).getRawQuery(), "query"),
        () -> assertEquals(id, URI.create(request.getUrl()).getPath().substring("/highlevel-pit/contacts/".length()),
            "decoded id"));
  }

  /**
   * Feign leaves percent-triplets in a value as they are (it treats them as already encoded), so an
   * id that looks encoded is sent as given; it still cannot leave its segment.
   */
  @Test
  void aPreEncodedIdIsSentAsGivenAndStaysOneSegment() {
    contacts.getContact("a%2Fb");

    assertEquals("/highlevel-pit/contacts/a%2Fb", URI.create(onlyRequest().getUrl()).getRawPath());
  }

  @Test
  void twoPathIdsStayInTheirSegments() {
    contacts.deleteContactNote("c/1", "n?2#3");

    assertEquals("/highlevel-pit/contacts/c%2F1/notes/n%3F2%233", URI.create(onlyRequest().getUrl()).getRawPath());
  }

  @Test
  void pathIdAndQueryTogetherPositional() {
    products.getProduct("p/1?x", "loc&id=2", true);

    LoggedRequest request = onlyRequest();
    assertEquals("/highlevel-pit/products/p%2F1%3Fx", URI.create(request.getUrl()).getRawPath());
    assertEquals(Map.of("locationId", "loc&id=2", "sendWishlistStatus", "true"), queryOf(request));
  }

  @Test
  void pathIdAndQueryTogetherQueryMap() {
    products.getProduct("p/1?x", new GetProductQueryParams().locationId("loc&id=2"));

    LoggedRequest request = onlyRequest();
    assertEquals("/highlevel-pit/products/p%2F1%3Fx", URI.create(request.getUrl()).getRawPath());
    assertEquals(Map.of("locationId", "loc&id=2"), queryOf(request));
  }

  // ------------------------------------------------------------------------------------------

  /** RFC 3986 path-segment encoding of the ids above: unreserved characters stay, the rest is %XX. */
  private static String expectedSegment(String id) {
    StringBuilder sb = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  private static LoggedRequest onlyRequest() {
    return SpecStubs.onlyRequest(wm);
  }

  private static Map<String, String> queryOf(LoggedRequest request) {
    return SpecStubs.queryOf(URI.create(request.getUrl()));
  }

  /**
   * Characters a value must never carry raw: '+' (read as a space by form decoders), space and
   * braces (not legal in a URI), '#' (starts a fragment), and one '?' at most (the query start).
   */
  private static void assertNoRawMetacharactersInQuery(LoggedRequest request) {
    String raw = URI.create(request.getUrl()).getRawQuery();
    for (String c : List.of("+", " ", "{", "}", "#", "?")) {
      assertFalse(raw.contains(c), "raw query contains '" + c + "': " + raw);
    }
  }
}

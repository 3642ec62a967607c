package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactCustomFieldInput;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fixed request and response bodies of every benchmark: a realistic GHL contact (about 1.5 KB,
 * with nested objects, lists and a few fields the model does not know, as GHL sends them).
 */
public final class Payloads {
  /** The Maton API key the benchmarks send (the local server does not check it). */
  public static final String API_KEY = "bench_key_0123456789abcdef";
  /** The Maton-Connection every sub-account call carries. */
  public static final String CONNECTION = "conn_bench";
  /** GHL's Version for contacts. */
  public static final String VERSION = "2021-07-28";
  /** The location of every list call. */
  public static final String LOCATION = "loc_bench";
  /** The contact id of the GET benchmark. */
  public static final String CONTACT_ID = "c0ntact0000000000001";

  private Payloads() {}

  /** One contact object as GHL returns it. */
  public static String contactJson(String id) {
    return "{\"id\":\"" + id + "\",\"locationId\":\"" + LOCATION + "\",\"contactName\":\"ada lovelace\","
        + "\"name\":\"Ada Lovelace\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
        + "\"firstNameLowerCase\":\"ada\",\"lastNameLowerCase\":\"lovelace\",\"fullNameLowerCase\":\"ada lovelace\","
        + "\"email\":\"ada@example.com\",\"emailLowerCase\":\"ada@example.com\",\"phone\":\"+15555550100\","
        + "\"companyName\":\"Analytical Engines Ltd\",\"type\":\"lead\",\"source\":\"public api\",\"gender\":\"female\","
        + "\"dnd\":false,\"dndSettings\":{\"Call\":{\"status\":\"inactive\",\"message\":\"\",\"code\":\"\"},"
        + "\"Email\":{\"status\":\"active\",\"message\":\"unsubscribed\",\"code\":\"101\"}},"
        + "\"bounceEmail\":false,\"unsubscribeEmail\":false,"
        + "\"tags\":[\"customer\",\"newsletter\",\"vip\"],"
        + "\"customFields\":[{\"id\":\"cf_budget\",\"value\":\"5000\"},{\"id\":\"cf_interests\",\"value\":[\"math\",\"engines\"]}],"
        + "\"additionalEmails\":[],\"additionalPhones\":[],\"assignedTo\":\"user_0001\","
        + "\"address1\":\"12 St James's Square\",\"city\":\"London\",\"state\":\"\",\"country\":\"GB\",\"postalCode\":\"SW1Y 4JH\","
        + "\"website\":\"https://example.com\",\"timezone\":\"Europe/London\",\"dateOfBirth\":\"1815-12-10\","
        + "\"birthMonth\":12,\"birthDay\":10,\"dateAdded\":\"2024-03-01T10:15:30.000Z\","
        + "\"dateUpdated\":\"2024-06-11T08:00:00.000Z\",\"lastActivity\":\"2024-06-11T08:00:00.000Z\","
        + "\"deleted\":false,\"businessId\":\"biz_0001\",\"followers\":[\"user_0002\"],"
        + "\"attributionSource\":{\"url\":\"https://example.com/signup\",\"campaign\":\"spring\",\"utmSource\":\"google\","
        + "\"utmMedium\":\"cpc\",\"referrer\":\"https://www.google.com/\",\"medium\":\"form\",\"mediumId\":\"form_01\","
        + "\"sessionSource\":\"Paid Search\"},"
        + "\"createdBy\":{\"source\":\"INTEGRATION\",\"channel\":\"OAUTH\",\"sourceId\":\"app_01\",\"timestamp\":\"2024-03-01T10:15:30.000Z\"},"
        + "\"opportunities\":[],\"visitorId\":\"v_0001\"}";
  }

  /** The body of GET /contacts/{id} and of POST /contacts/. */
  public static final byte[] CONTACT_RESPONSE = ("{\"contact\":" + contactJson(CONTACT_ID) + ",\"traceId\":\"trace-0001\"}")
      .getBytes(StandardCharsets.UTF_8);

  /**
   * The contact id the cold start reads: its contact has only string custom-field values. GHL's
   * own contacts.json types {@code customFields[].value} as a string, so the client generated from
   * it fails on the array GHL sends for a multi-option field ({@link #CONTACT_RESPONSE}'s
   * {@code cf_interests}); every cold-start variant reads this one, so they all decode the same body.
   */
  public static final String PLAIN_CONTACT_ID = "c0ntactPlain00000001";

  /** The body of GET /contacts/{@value #PLAIN_CONTACT_ID}. */
  public static final byte[] PLAIN_CONTACT_RESPONSE = ("{\"contact\":"
      + contactJson(PLAIN_CONTACT_ID).replace("\"value\":[\"math\",\"engines\"]", "\"value\":\"math, engines\"")
      + ",\"traceId\":\"trace-0001\"}").getBytes(StandardCharsets.UTF_8);

  /** Everything of a list page before its meta's cursor fields: {@code pageSize} contacts. */
  public static byte[] listPagePrefix(int pageSize, long total) {
    StringBuilder sb = new StringBuilder(pageSize * 1600 + 64).append("{\"contacts\":[");
    for (int i = 0; i < pageSize; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(contactJson(String.format("c%019d", i)));
    }
    sb.append("],\"count\":").append(pageSize).append(",\"meta\":{\"total\":").append(total).append(',');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The end of list page {@code page} (0-based) of {@code pages}: the cursor of the next page,
   * absent on the last one.
   */
  public static byte[] listPageSuffix(int page, int pages) {
    String s = page + 1 < pages
        ? "\"startAfterId\":\"cursor" + (page + 1) + "\",\"startAfter\":" + (1_700_000_000_000L + page + 1)
            + ",\"currentPage\":" + (page + 1) + ",\"nextPage\":" + (page + 2) + "}}"
        : "\"currentPage\":" + (page + 1) + "}}";
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The page a list request asks for, from its {@code startAfterId} cursor (page 0 without one). */
  public static int pageOf(String startAfterId) {
    if (startAfterId == null || !startAfterId.startsWith("cursor")) {
      return 0;
    }
    return Integer.parseInt(startAfterId.substring("cursor".length()));
  }

  /** The body of the POST benchmark. */
  public static ContactCreateRequest createRequest() {
    return new ContactCreateRequest()
        .locationId(LOCATION)
        .firstName("Ada")
        .lastName("Lovelace")
        .name("Ada Lovelace")
        .email("ada@example.com")
        .phone("+15555550100")
        .companyName("Analytical Engines Ltd")
        .address1("12 St James's Square")
        .city("London")
        .country("GB")
        .postalCode("SW1Y 4JH")
        .timezone("Europe/London")
        .source("public api")
        .tags(List.of("customer", "newsletter"))
        .customFields(List.of(new ContactCustomFieldInput().id("cf_budget").fieldValue("5000")));
  }
}

package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.internal.ClientJson;
import dev.pitkit.ghl.model.Calendar;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.Location;
import dev.pitkit.ghl.model.Opportunity;
import dev.pitkit.ghl.model.Product;
import feign.Client;
import feign.Request;
import feign.Response;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property tests with seeded random inputs (the seed is in every failure message, so a failure
 * reproduces): decoding never escapes the library's exception hierarchy, ids and query values
 * never change the request path, and models survive an encode/decode round trip.
 */
class DecodingPropertiesTest {
  private static final long SEED = Long.getLong("ghl.property.seed", 20261128L);
  private static final int TRIES = 400;
  private static final String[] KEYS = {"contact", "contacts", "meta", "id", "_id", "tags", "startAfter", "startAfterId",
      "total", "count", "message", "statusCode", "opportunities", "calendars", "slots", "nextPage", "customFields", "x"};
  private static final String NASTY = "/?#%{}+&=@ :;,'\"<>\\\u00e9\u4e2d\ud83d\ude00\t";

  private final Random random = new Random(SEED);

  private GhlClient client(Client transport) {
    return GhlClient.builder().apiKey("property_test_key_not_real").baseUrl("http://localhost:9")
        .agencyConnection("conn_agency").subAccountConnection("conn_sub")
        .transport(transport).rateLimiting(false).maxRetries(0).build();
  }

  private static Client answering(int status, byte[] body) {
    return (request, options) -> Response.builder().status(status).reason("r").request(request)
        .headers(Map.of("Content-Type", List.of("application/json"))).body(body).build();
  }

  @Test
  @SuppressWarnings("deprecation") // listContacts is deprecated by GHL and still served: tested on purpose
  void anyBodyDecodesOrRaisesATypedException() {
    int[] statuses = {200, 201, 400, 401, 403, 404, 409, 422, 429, 500, 502, 302, 418};
    List<Function<GhlClient, Object>> calls = List.of(
        g -> g.contacts().getContact("abc123"),
        g -> g.contacts().listContacts("loc123", 20, null, null, null),
        g -> g.opportunities().searchOpportunities(new dev.pitkit.ghl.api.OpportunitiesApi.SearchOpportunitiesQueryParams().locationId("loc123")),
        g -> g.calendars().getCalendarFreeSlots("cal123", 1767225600000L, 1767312000000L, null, null, null),
        g -> g.locations().searchLocations("xyz789", 0, 10, null, null),
        g -> g.connections().listConnections(null, null));
    for (int i = 0; i < TRIES; i++) {
      byte[] body = i % 3 == 0 ? randomBytes() : randomJson(0).getBytes(StandardCharsets.UTF_8);
      int status = statuses[random.nextInt(statuses.length)];
      Function<GhlClient, Object> call = calls.get(random.nextInt(calls.size()));
      try {
        Object decoded = call.apply(client(answering(status, body)));
        assertTrue(status < 300, "a " + status + " must not decode as success");
        assertNotNull(decoded, "seed " + SEED + ", try " + i + ": a success decoded as null from "
            + new String(body, StandardCharsets.UTF_8));
      } catch (GhlException expected) {
        // decoded into the library's hierarchy: fine
      } catch (RuntimeException e) {
        fail("seed " + SEED + ", try " + i + ": status " + status + ", body "
            + new String(body, StandardCharsets.UTF_8) + " escaped as " + e, e);
      }
    }
  }

  @Test
  @SuppressWarnings("deprecation") // listContacts is deprecated by GHL and still served: tested on purpose
  void anyIdOrQueryValueKeepsThePathAndRoundTrips() {
    AtomicReference<Request> seen = new AtomicReference<>();
    Client capture = (request, options) -> {
      seen.set(request);
      return Response.builder().status(200).reason("ok").request(request)
          .headers(Map.of("Content-Type", List.of("application/json"))).body("{}", StandardCharsets.UTF_8).build();
    };
    GhlClient ghl = client(capture);
    for (int i = 0; i < TRIES; i++) {
      String id = randomString(1 + random.nextInt(12));
      id = id.isBlank() ? "x" + id : id; // a blank id is refused before sending (PathParameterTest)
      String query = randomString(random.nextInt(12));
      ghl.contacts().getContact(id);
      URI uri = URI.create(seen.get().url());
      String[] segments = uri.getRawPath().split("/", -1);
      assertEquals(4, segments.length, "seed " + SEED + ": id " + show(id) + " changed the path " + uri.getRawPath());
      assertEquals("/highlevel-pit/contacts/", uri.getRawPath().substring(0, uri.getRawPath().lastIndexOf('/') + 1));
      assertEquals(id, URLDecoder.decode(segments[3].replace("+", "%2B"), StandardCharsets.UTF_8), "seed " + SEED);

      ghl.contacts().listContacts("loc123", 20, query.isEmpty() ? null : query, null, null);
      URI listed = URI.create(seen.get().url());
      assertEquals("/highlevel-pit/contacts/", listed.getRawPath(), "seed " + SEED + ": query " + show(query));
      Map<String, String> params = queryParams(listed.getRawQuery());
      assertEquals("loc123", params.get("locationId"), "seed " + SEED + ": query " + show(query) + " broke " + listed);
      if (!query.isEmpty()) {
        assertEquals(query, params.get("query"), "seed " + SEED + ": " + listed);
      }
    }
  }

  @Test
  void randomValidModelsSurviveEncodeAndDecode() throws Exception {
    ObjectMapper mapper = ClientJson.newMapper();
    for (Class<?> type : List.of(Contact.class, ContactCreateRequest.class, Opportunity.class, Calendar.class,
        Location.class, Product.class)) {
      for (int i = 0; i < TRIES / 8; i++) {
        Object model = randomModel(type, 0);
        String json = mapper.writeValueAsString(model);
        Object back = mapper.readValue(json, type);
        assertEquals(model, back, "seed " + SEED + ": " + type.getSimpleName() + " lost data through " + json);
      }
    }
  }

  // ---- generators ----

  private byte[] randomBytes() {
    byte[] b = new byte[random.nextInt(64)];
    random.nextBytes(b);
    return b;
  }

  private String randomJson(int depth) {
    int kind = depth > 3 ? random.nextInt(5) : random.nextInt(7);
    return switch (kind) {
      case 0 -> "null";
      case 1 -> Boolean.toString(random.nextBoolean());
      case 2 -> random.nextBoolean() ? Integer.toString(random.nextInt()) : Double.toString(random.nextDouble() * 1e6);
      case 3 -> "\"" + randomString(random.nextInt(8)).replace("\\", "\\\\").replace("\"", "\\\"")
          .replace("\t", "\\t") + "\"";
      case 4 -> "\"2026-04-28T07:34:32.829Z\"";
      case 5 -> {
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          items.add(randomJson(depth + 1));
        }
        yield "[" + String.join(",", items) + "]";
      }
      default -> {
        List<String> fields = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          fields.add("\"" + KEYS[random.nextInt(KEYS.length)] + "\":" + randomJson(depth + 1));
        }
        yield "{" + String.join(",", fields) + "}";
      }
    };
  }

  private String randomString(int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(random.nextInt(3) == 0 ? NASTY.charAt(random.nextInt(NASTY.length())) : (char) ('a' + random.nextInt(26)));
    }
    // drop a lone surrogate half: not a valid string to send
    return sb.toString().replaceAll("[\\ud800-\\udfff]", "x");
  }

  private Object randomModel(Class<?> type, int depth) throws Exception {
    Constructor<?> c = type.getDeclaredConstructor();
    Object model = c.newInstance();
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || random.nextInt(4) == 0) {
        continue;
      }
      Object value = randomValue(f.getType(), f.getGenericType(), depth);
      if (value != null) {
        Method setter = type.getMethod("set" + Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1), f.getType());
        setter.invoke(model, value);
      }
    }
    return model;
  }

  private Object randomValue(Class<?> t, Type generic, int depth) throws Exception {
    if (t == String.class) {
      return randomString(random.nextInt(10));
    } else if (t == Integer.class) {
      return random.nextInt();
    } else if (t == Long.class) {
      return random.nextLong();
    } else if (t == Boolean.class) {
      return random.nextBoolean();
    } else if (t == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextInt(1_000_000), 2);
    } else if (t.isEnum()) {
      Object[] values = t.getEnumConstants();
      Object v = values[random.nextInt(values.length)];
      return v.toString().equals("UNKNOWN_DEFAULT_OPEN_API") ? null : v;
    } else if (t == List.class && generic instanceof ParameterizedType p && depth < 2) {
      Type item = p.getActualTypeArguments()[0];
      if (item instanceof Class<?> ic) {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          Object v = randomValue(ic, ic, depth + 1);
          if (v != null) {
            list.add(v);
          }
        }
        return list;
      }
      return null;
    } else if (t.getPackageName().equals("dev.pitkit.ghl.model") && depth < 2) {
      return randomModel(t, depth + 1);
    }
    return null; // free-form (Object) fields and deeper nesting stay unset
  }

  private static Map<String, String> queryParams(String rawQuery) {
    Map<String, String> out = new java.util.HashMap<>();
    if (rawQuery == null) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1].replace("+", "%2B"), StandardCharsets.UTF_8) : "");
    }
    return out;
  }

  private static String show(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(cp -> sb.append(cp < 0x20 || cp > 0x7e ? String.format("\\u%04x", cp) : String.valueOf((char) cp)));
    return sb.append('"').toString();
  }
}

package dev.pitkit.ghl.generated.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.EqualToJsonPattern;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** WireMock stubs answering every operation with its spec example, and request assertions. */
public final class SpecStubs {

  private SpecStubs() {}

  /**
   * Stubs every operation of the spec: its method and path template answer its first 2xx status
   * with the example, under its own media type (a non-JSON example is the body as it is). Literal paths win over templates ({@code /calendars/events} over
   * {@code /calendars/{calendarId}}).
   */
  public static void stubEveryOperation(WireMockExtension wm) {
    for (SpecOperation op : SpecFile.operations()) {
      SpecOperation.Example example = op.successExamples().get(0);
      int status = Integer.parseInt(example.kind().replace("response ", ""));
      int templateVariables = op.path().split("\\{", -1).length - 1;
      wm.stubFor(request(op.method(), urlPathTemplate(op.path()))
          .atPriority(1 + templateVariables)
          .willReturn(aResponse().withStatus(status)
              .withHeader("Content-Type", example.mediaType())
              .withBody(example.body())));
    }
  }

  /** The one request WireMock received since the last reset. */
  public static LoggedRequest onlyRequest(WireMockExtension wm) {
    List<ServeEvent> events = wm.getAllServeEvents();
    assertEquals(1, events.size(), "requests received: " + events.stream().map(e -> e.getRequest().getUrl()).toList());
    return events.get(0).getRequest();
  }

  /** Runs {@code call} and returns the single request it made. */
  public static LoggedRequest sent(WireMockExtension wm, Runnable call) {
    wm.resetRequests();
    call.run();
    return onlyRequest(wm);
  }

  /**
   * Asserts the request line exactly: method, raw (encoded) path, and the decoded query parameters
   * as a whole (no parameter missing, none extra, none repeated).
   */
  public static void assertRequestLine(LoggedRequest request, String method, String rawPath, Map<String, String> query) {
    URI uri = URI.create(request.getUrl());
    assertEquals(method, request.getMethod().getName(), "method of " + request.getUrl());
    assertEquals(rawPath, uri.getRawPath(), "path of " + request.getUrl());
    assertEquals(query, queryOf(uri), "query of " + request.getUrl());
  }

  /** Asserts a JSON body equal to {@code expectedJson} (WireMock's equalToJson, no extra fields, array order kept). */
  public static void assertJsonBody(LoggedRequest request, String expectedJson) {
    assertTrue(String.valueOf(request.getHeader("Content-Type")).startsWith("application/json"),
        "Content-Type of " + request.getUrl() + ": " + request.getHeader("Content-Type"));
    EqualToJsonPattern pattern = new EqualToJsonPattern(expectedJson, false, false);
    String actual = request.getBodyAsString();
    if (!pattern.match(actual).isExactMatch()) {
      fail(request.getMethod() + " " + request.getUrl() + " body\n  expected: " + expectedJson.strip()
          + "\n  actual:   " + actual);
    }
  }

  public static void assertNoBody(LoggedRequest request) {
    assertEquals("", request.getBodyAsString(), "body of " + request.getMethod() + " " + request.getUrl());
  }

  /** Decoded query parameters in order; a repeated name fails. A raw '+' is kept as '+'. */
  public static Map<String, String> queryOf(URI uri) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      String previous = query.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      assertNull(previous, "query parameter " + kv[0] + " sent twice in " + uri);
    }
    return query;
  }

  /** Query parameter names in the order sent (repeats kept). */
  public static List<String> queryNames(URI uri) {
    List<String> names = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        names.add(decode(pair.split("=", 2)[0]));
      }
    }
    return names;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}

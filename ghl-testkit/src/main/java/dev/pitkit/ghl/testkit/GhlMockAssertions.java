package dev.pitkit.ghl.testkit;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.testkit.internal.OperationStub;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on the requests a {@link GhlMockExtension} received in the current test, from
 * {@link GhlMockExtension#verify() ghl.verify()}, or a {@link GhlMockServer} since it started or was
 * {@link GhlMockServer#reset() reset}, from {@link GhlMockServer#verify() gateway.verify()}:
 *
 * <pre>{@code
 * ghl.verify().called("listContacts", 3);
 * ghl.verify().called("createContact", 1, "{\"locationId\":\"loc123\",\"firstName\":\"Ada\"}");
 * ghl.verify().calledWithBodyIncluding("upsertContact", 1, "{\"email\":\"ada@example.com\"}");
 * ghl.verify().calledWithQuery("searchOpportunities", 2, Map.of("location_id", "loc123", "status", "open"));
 * ghl.verify().routing();        // Authorization, Maton-Connection and Version on every request
 * }</pre>
 *
 * <p>A failed assertion throws opentest4j's {@link AssertionFailedError} naming the offending
 * requests; each method returns this object, so assertions can be chained.
 */
public final class GhlMockAssertions {
  private final MockGateway mock;

  GhlMockAssertions(MockGateway mock) {
    this.mock = mock;
  }

  /** Asserts {@code operationId} was called exactly {@code times} times. */
  public GhlMockAssertions called(String operationId, int times) {
    List<LoggedRequest> calls = mock.requestsFor(operationId);
    if (calls.size() != times) {
      throw new AssertionFailedError(operationId + " was called " + calls.size() + " time(s), expected " + times
          + describeAll(mock.requests()), times, calls.size());
    }
    return this;
  }

  /**
   * Asserts {@code operationId} was called exactly {@code times} times with this JSON body
   * (compared as JSON: key order and number formatting do not matter, extra fields do).
   */
  public GhlMockAssertions called(String operationId, int times, String jsonBody) {
    Objects.requireNonNull(jsonBody, "jsonBody");
    return calledWith(operationId, times, "body " + jsonBody,
        r -> WireMock.equalToJson(jsonBody).match(r.getBodyAsString()).isExactMatch());
  }

  /**
   * Asserts {@code operationId} was called exactly {@code times} times with a JSON body that holds
   * {@code jsonFields}: the fields given must be there with these values, others may be too (one
   * record of a batch: {@code "{\"email\":\"ada@example.com\"}"}).
   */
  public GhlMockAssertions calledWithBodyIncluding(String operationId, int times, String jsonFields) {
    Objects.requireNonNull(jsonFields, "jsonFields");
    return calledWith(operationId, times, "a body including " + jsonFields,
        r -> WireMock.equalToJson(jsonFields, false, true).match(r.getBodyAsString()).isExactMatch());
  }

  /**
   * Asserts {@code operationId} was called exactly {@code times} times with these query parameters
   * (by wire name, each with this value; others may be there too).
   */
  public GhlMockAssertions calledWithQuery(String operationId, int times, java.util.Map<String, String> query) {
    Objects.requireNonNull(query, "query");
    return calledWith(operationId, times, "query " + query, r -> query.entrySet().stream().allMatch(e -> {
      var values = r.queryParameter(e.getKey());
      return values.isPresent() && values.values().contains(e.getValue());
    }));
  }

  private GhlMockAssertions calledWith(String operationId, int times, String what,
      java.util.function.Predicate<LoggedRequest> matches) {
    List<LoggedRequest> calls = mock.requestsFor(operationId);
    long matching = calls.stream().filter(matches).count();
    if (matching != times) {
      StringBuilder sent = new StringBuilder();
      calls.forEach(r -> sent.append("\n  sent: ").append(r.getMethod()).append(' ').append(r.getUrl())
          .append(r.getBodyAsString().isEmpty() ? "" : " " + r.getBodyAsString()));
      throw new AssertionFailedError(operationId + " was called " + matching + " time(s) with " + what
          + ", expected " + times + " (" + calls.size() + " call(s) in all)" + sent, times, (int) matching);
    }
    return this;
  }

  /** Asserts every request carried {@code Authorization: Bearer <key>} (any non-blank key). */
  public GhlMockAssertions authorization() {
    return each("Authorization", r -> {
      String auth = r.getHeader("Authorization");
      return auth != null && auth.matches("(?i)Bearer +\\S+") ? null
          : "Authorization was " + (auth == null ? "missing" : "'" + mask(auth) + "'") + ", expected 'Bearer <Maton API key>'";
    });
  }

  /** Asserts every request carried {@code Authorization: Bearer <expectedKey>}. */
  public GhlMockAssertions authorization(String expectedKey) {
    return each("Authorization", r -> {
      String auth = r.getHeader("Authorization");
      return ("Bearer " + expectedKey).equals(auth) ? null
          : "Authorization was " + (auth == null ? "missing" : "'" + mask(auth) + "'") + ", expected the given key";
    });
  }

  /**
   * Asserts every GHL request carried {@code Maton-Connection: <connectionId>} and every Maton
   * connection-API request carried none.
   */
  public GhlMockAssertions connection(String connectionId) {
    return each("Maton-Connection", r -> {
      Optional<OperationStub> op = mock.operationOf(r);
      if (op.isEmpty()) {
        return null;
      }
      String actual = r.getHeader("Maton-Connection");
      String expected = op.get().token().equals("maton") ? null : connectionId;
      return Objects.equals(expected, actual) ? null
          : "Maton-Connection was " + quote(actual) + ", expected " + quote(expected) + " (x-ghl-token " + op.get().token() + ")";
    });
  }

  /**
   * Asserts the gateway headers of every request: {@code Authorization: Bearer ...}, the
   * {@code Maton-Connection} its operation's {@code x-ghl-token} calls for (agency, sub-account,
   * none for Maton's own API) and the GHL {@code Version} of its {@code x-ghl-version}.
   */
  public GhlMockAssertions routing() {
    authorization();
    return each("routing", r -> {
      Optional<OperationStub> op = mock.operationOf(r);
      if (op.isEmpty()) {
        return null;
      }
      OperationStub o = op.get();
      List<String> wrong = new ArrayList<>();
      String connection = mock.connectionProblem(o.token(), r.getHeader("Maton-Connection"));
      if (connection != null) {
        wrong.add(connection + " (x-ghl-token " + o.token() + ")");
      }
      String version = r.getHeader("Version");
      String expectedVersion = o.version().isEmpty() ? null : o.version();
      if (!Objects.equals(expectedVersion, version)) {
        wrong.add("Version was " + quote(version) + ", expected " + quote(expectedVersion));
      }
      return wrong.isEmpty() ? null : String.join("; ", wrong);
    });
  }

  private interface Check {
    String problem(LoggedRequest r);
  }

  private GhlMockAssertions each(String what, Check check) {
    List<LoggedRequest> all = mock.requests();
    if (all.isEmpty()) {
      throw new AssertionFailedError("no request reached the GHL mock gateway " + mock.journalScope() + " (checking " + what + ")");
    }
    List<String> problems = new ArrayList<>();
    for (LoggedRequest r : all) {
      String p = check.problem(r);
      if (p != null) {
        problems.add("  " + GhlMockExtension.line(r) + ": " + p);
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(problems.size() + " of " + all.size() + " request(s) failed the " + what + " check:\n"
          + String.join("\n", problems));
    }
    return this;
  }

  private static String describeAll(List<LoggedRequest> all) {
    if (all.isEmpty()) {
      return "; no requests were made";
    }
    StringBuilder s = new StringBuilder("; requests made:");
    all.forEach(r -> s.append("\n  ").append(GhlMockExtension.line(r)));
    return s.toString();
  }

  static String quote(String s) {
    return s == null ? "none" : "'" + s + "'";
  }

  private static String mask(String authorization) {
    return authorization.length() <= 11 ? authorization : authorization.substring(0, 11) + "****";
  }
}

package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.error.ErrorDetails;
import dev.pitkit.ghl.client.error.GhlApiException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public value classes (GhlCall, GhlRetry, ErrorDetails): builder defaults, value equality, immutability, serialization. */
class ValueClassesTest {

  @Test
  void anEmptyBuilderGivesZerosNoRateLimitAndNulls() {
    GhlCall call = GhlCall.builder().build();
    assertEquals(0, call.attempts());
    assertEquals(0, call.status());
    assertEquals(Duration.ZERO, call.rateLimitWait());
    assertTrue(call.rateLimit().burstRemaining().isEmpty());
    assertNull(call.operationId());
    assertNull(call.error());
    assertTrue(call.succeeded());

    GhlRetry retry = GhlRetry.builder().build();
    assertEquals(0, retry.attempt());
    assertNull(retry.delay());

    ErrorDetails details = ErrorDetails.builder().build();
    assertEquals(List.of(), details.errorMessages());
    assertEquals(Map.of(), details.headers());
    assertEquals("", details.errorMessage());
  }

  @Test
  void equalValuesAreEqualAndAnyFieldTellsThemApart() {
    GhlCall a = GhlCall.builder().operationId("getContact").method("GET").attempts(2).status(200)
        .duration(Duration.ofMillis(5)).build();
    GhlCall b = GhlCall.builder().operationId("getContact").method("GET").attempts(2).status(200)
        .duration(Duration.ofMillis(5)).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, GhlCall.builder().operationId("getContact").method("GET").attempts(3).status(200)
        .duration(Duration.ofMillis(5)).build());
    assertTrue(a.toString().contains("operationId=getContact"), a.toString());
    assertTrue(a.toString().contains("attempts=2"), a.toString());

    assertEquals(GhlRetry.builder().operationId("x").attempt(1).status(429).delay(Duration.ofSeconds(1)).build(),
        GhlRetry.builder().operationId("x").attempt(1).status(429).delay(Duration.ofSeconds(1)).build());
    assertNotEquals(GhlRetry.builder().status(429).build(), GhlRetry.builder().status(503).build());
  }

  @Test
  void rateLimitInfoIsAValue() {
    Map<String, List<String>> headers = Map.of("X-RateLimit-Remaining", List.of("97"), "Retry-After", List.of("2"));
    RateLimitInfo a = RateLimitInfo.parse(headers, java.time.Clock.systemUTC());
    assertEquals(a, RateLimitInfo.parse(headers, java.time.Clock.systemUTC()));
    assertEquals(a.hashCode(), RateLimitInfo.parse(headers, java.time.Clock.systemUTC()).hashCode());
    assertNotEquals(a, RateLimitInfo.none());
    assertEquals(RateLimitInfo.none(), RateLimitInfo.parse(Map.of(), java.time.Clock.systemUTC()));
  }

  @Test
  void nonNullPropertiesRefuseNull() {
    assertThrows(NullPointerException.class, () -> GhlCall.builder().rateLimit(null));
    assertThrows(NullPointerException.class, () -> GhlCall.builder().rateLimitWait(null));
    assertThrows(NullPointerException.class, () -> ErrorDetails.builder().errorMessages(null));
  }

  @Test
  void errorDetailsKeepsACopyOfItsListsAndMaps() {
    List<String> messages = new ArrayList<>(List.of("Contact not found"));
    Map<String, List<String>> headers = new java.util.HashMap<>(Map.of("x-request-id", List.of("r1")));
    ErrorDetails details = ErrorDetails.builder().status(404).errorMessages(messages).headers(headers).build();
    messages.add("changed later");
    headers.clear();
    assertEquals(List.of("Contact not found"), details.errorMessages());
    assertEquals(List.of("r1"), details.headers().get("x-request-id"));
    assertThrows(UnsupportedOperationException.class, () -> details.errorMessages().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> details.headers().clear());
  }

  @Test
  void errorDetailsHeaderValuesAreCopiedAndImmutableToo() {
    List<String> values = new ArrayList<>(List.of("r1"));
    ErrorDetails details = ErrorDetails.builder().status(404).headers(Map.of("x-request-id", values)).build();
    int hash = details.hashCode();
    values.add("changed later");
    assertEquals(List.of("r1"), details.headers().get("x-request-id"));
    assertEquals(hash, details.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> details.headers().get("x-request-id").add("injected"));
  }

  @Test
  void errorDetailsToStringIsTheExceptionMessage() {
    ErrorDetails details = ErrorDetails.builder().status(404).errorMessages(List.of("Contact not found"))
        .method("GET").path("/highlevel-pit/contacts/c1").operationId("getContact").connection("conn_sub")
        .traceId("t-1").attempts(2).hint("check the id").build();
    String expected = "404 Contact not found [GET /highlevel-pit/contacts/c1 (getContact), connection conn_sub,"
        + " traceId t-1, 2 attempts]. Hint: check the id";
    assertEquals("ErrorDetails[" + expected + "]", details.toString());
    assertEquals(expected, new NotFoundException(details).getMessage());
  }

  @Test
  void anApiExceptionSurvivesSerializationWithItsDetails() throws Exception {
    ErrorDetails details = ErrorDetails.builder().status(404).errorMessages(List.of("Contact not found"))
        .method("GET").path("/highlevel-pit/contacts/c1").operationId("getContact")
        .headers(Map.of("x-request-id", List.of("r1"))).body("{\"message\":\"Contact not found\"}").attempts(1)
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new NotFoundException(details));
    }
    Object read;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }
    GhlApiException e = (GhlApiException) read;
    assertTrue(e instanceof NotFoundException);
    assertEquals(details, e.details());
    assertEquals(404, e.status());
    assertFalse(e.traceId().isPresent());
    assertEquals(RateLimitInfo.none(), GhlCall.builder().build().rateLimit());
  }
}

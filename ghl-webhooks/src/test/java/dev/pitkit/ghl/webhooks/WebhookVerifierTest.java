package dev.pitkit.ghl.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.webhooks.model.ContactCreateEvent;
import dev.pitkit.ghl.webhooks.model.InvoicePaidEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
  static final KeyPair ED = Signing.ed25519();
  static final KeyPair ED_NEXT = Signing.ed25519();
  static final KeyPair RSA = Signing.rsa();
  static final KeyPair RSA_NEXT = Signing.rsa();
  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  static byte[] body(String timestamp, String webhookId) {
    return ("{\"type\":\"ContactCreate\",\"locationId\":\"loc1\",\"id\":\"c1\",\"email\":\"secret-person@example.com\""
        + (timestamp == null ? "" : ",\"timestamp\":\"" + timestamp + "\"")
        + (webhookId == null ? "" : ",\"webhookId\":\"" + webhookId + "\"") + "}").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] body(String webhookId) {
    return body("2026-12-06T09:59:00Z", webhookId);
  }

  static WebhookVerifier.Builder verifier() {
    return WebhookVerifier.builder().clock(CLOCK).addEd25519PublicKey(Signing.pem(ED))
        .clearRsaPublicKeys().addRsaPublicKey(Signing.pem(RSA));
  }

  static Map<String, List<String>> ed(byte[] body, KeyPair keys) {
    return Map.of("X-GHL-Signature", List.of(Signing.sign(keys, body)));
  }

  static Map<String, List<String>> rsa(byte[] body, KeyPair keys) {
    return Map.of("x-wh-signature", List.of(Signing.sign(keys, body)));
  }

  static WebhookRejectedException rejected(WebhookVerifier v, byte[] body, Map<String, List<String>> headers,
      WebhookRejectionReason reason) {
    WebhookRejectedException e = assertThrows(WebhookRejectedException.class, () -> v.verify(body, headers));
    assertEquals(reason, e.reason(), e.getMessage());
    String message = e.getMessage();
    assertTrue(message.contains(reason.name()));
    assertFalse(message.contains("secret-person"), "the payload is in the message: " + message);
    for (KeyPair k : List.of(ED, RSA)) {
      String key = Base64.getEncoder().encodeToString(k.getPublic().getEncoded());
      assertFalse(message.contains(key.substring(20, 40)), "a key is in the message");
    }
    headers.values().forEach(v2 -> assertFalse(v2.get(0).length() > 8 && message.contains(v2.get(0)), "the signature is in the message"));
    return e;
  }

  @Test
  void ed25519SignatureVerifiesAndTheEventIsTyped() {
    byte[] body = body("wh-1");
    WebhookEvent event = verifier().build().verify(body, ed(body, ED));
    assertEquals(SignatureScheme.ED25519, event.verifiedWith().orElseThrow());
    ContactCreateEvent contact = event.payload(ContactCreateEvent.class).orElseThrow();
    assertEquals("c1", contact.getId());
    assertEquals("wh-1", event.webhookId().orElseThrow());
    assertEquals(Instant.parse("2026-12-06T09:59:00Z"), event.timestamp().orElseThrow());
  }

  @Test
  void anExpectedPayloadClassIsCheckedBeforeTheWebhookIdIsRecorded() {
    WebhookVerifier v = verifier().build();
    byte[] body = body("wh-typed");
    WebhookRejectedException e = assertThrows(WebhookRejectedException.class,
        () -> v.verify(body, name -> null, InvoicePaidEvent.class));
    assertEquals(WebhookRejectionReason.NO_SIGNATURE, e.reason(), "the signature is checked first");
    Map<String, String> signed = Map.of("x-ghl-signature", Signing.sign(ED, body));
    e = assertThrows(WebhookRejectedException.class, () -> v.verify(body, signed::get, InvoicePaidEvent.class));
    assertEquals(WebhookRejectionReason.UNEXPECTED_TYPE, e.reason());
    assertTrue(e.getMessage().contains("InvoicePaidEvent"), e.getMessage());
    assertFalse(e.getMessage().contains("secret-person"), e.getMessage());
    e = assertThrows(WebhookRejectedException.class, () -> v.verify(body, ed(body, ED), InvoicePaidEvent.class));
    assertEquals(WebhookRejectionReason.UNEXPECTED_TYPE, e.reason(), "the same with the headers as a map");
    // not recorded by the refusal: the same delivery is accepted as its own type, and only then is a duplicate
    assertEquals("c1", v.verify(body, ed(body, ED), ContactCreateEvent.class).getId());
    rejected(v, body, ed(body, ED), WebhookRejectionReason.DUPLICATE);
    // an interface every payload implements takes any type
    byte[] other = body("wh-typed-2");
    Map<String, String> otherSigned = Map.of("x-ghl-signature", Signing.sign(ED, other));
    assertEquals("wh-typed-2", v.verify(other, otherSigned::get, GhlEventPayload.class).getWebhookId());
    // its own type, but a field that does not fit the class: the message names the field
    byte[] misfit = new String(body("wh-typed-3"), StandardCharsets.UTF_8).replace("\"id\":\"c1\"", "\"dnd\":\"yes\"")
        .getBytes(StandardCharsets.UTF_8);
    e = assertThrows(WebhookRejectedException.class, () -> v.verify(misfit, ed(misfit, ED), ContactCreateEvent.class));
    assertEquals(WebhookRejectionReason.UNEXPECTED_TYPE, e.reason());
    assertTrue(e.getMessage().contains("ContactCreateEvent.dnd: not a Boolean"), e.getMessage());
  }

  @Test
  void rsaSignatureVerifies() {
    byte[] body = body("wh-2");
    WebhookEvent event = verifier().build().verify(body, rsa(body, RSA));
    assertEquals(SignatureScheme.RSA_SHA256, event.verifiedWith().orElseThrow());
    assertTrue(event.toString().contains("RSA_SHA256"));
  }

  @Test
  void headersAreFoundInAnyCaseAndThroughAFunction() {
    byte[] body = body("wh-3");
    String sig = Signing.sign(ED, body);
    Map<String, String> servletLike = new HashMap<>();
    servletLike.put("x-ghl-signature", sig);
    assertTrue(verifier().build().verify(body, servletLike::get).isTyped());
  }

  @Test
  void rotationEitherOfSeveralKeysVerifies() {
    WebhookVerifier v = verifier().addEd25519PublicKey(ED_NEXT.getPublic()).addRsaPublicKey(RSA_NEXT.getPublic()).build();
    byte[] a = body("rot-1");
    byte[] b = body("rot-2");
    byte[] c = body("rot-3");
    byte[] d = body("rot-4");
    assertEquals(SignatureScheme.ED25519, v.verify(a, ed(a, ED)).verifiedWith().orElseThrow());
    assertEquals(SignatureScheme.ED25519, v.verify(b, ed(b, ED_NEXT)).verifiedWith().orElseThrow());
    assertEquals(SignatureScheme.RSA_SHA256, v.verify(c, rsa(c, RSA)).verifiedWith().orElseThrow());
    assertEquals(SignatureScheme.RSA_SHA256, v.verify(d, rsa(d, RSA_NEXT)).verifiedWith().orElseThrow());
    assertTrue(v.toString().contains("ed25519Keys=2, rsaKeys=2"));
  }

  @Test
  void ghlsPublishedRsaKeyIsBuiltInAndReplaceable() {
    assertEquals("RSA", WebhookKeys.ghlRsaPublicKey().getAlgorithm());
    assertEquals(WebhookKeys.ghlRsaPublicKey(), WebhookKeys.rsaPublicKey(WebhookKeys.GHL_RSA_PUBLIC_KEY_PEM));
    byte[] body = body("ghl-1");
    // by default only GHL's key verifies x-wh-signature: a signature of another key is refused
    WebhookVerifier byDefault = WebhookVerifier.builder().clock(CLOCK).build();
    rejected(byDefault, body, rsa(body, RSA), WebhookRejectionReason.BAD_SIGNATURE);
    // added beside it (rotation), the new key verifies
    WebhookVerifier added = WebhookVerifier.builder().clock(CLOCK).addRsaPublicKey(RSA.getPublic()).build();
    assertTrue(added.verify(body, rsa(body, RSA)).isTyped());
    assertTrue(added.toString().contains("rsaKeys=2"));
    // cleared, GHL's key is gone
    assertTrue(WebhookVerifier.builder().clearRsaPublicKeys().addRsaPublicKey(RSA.getPublic()).build()
        .toString().contains("rsaKeys=1"));
  }

  @Test
  void tooLarge() {
    byte[] body = body("big");
    WebhookVerifier v = verifier().maxBodyBytes(body.length - 1).build();
    rejected(v, body, ed(body, ED), WebhookRejectionReason.TOO_LARGE);
    assertEquals(body.length, verifier().maxBodyBytes(body.length).build().verify(body, ed(body, ED)).json().toString().length());
  }

  @Test
  void readBodyStopsPastTheLimit() throws Exception {
    WebhookVerifier v = verifier().maxBodyBytes(10).build();
    assertEquals(10, v.readBody(new ByteArrayInputStream(new byte[10])).length);
    WebhookRejectedException e = assertThrows(WebhookRejectedException.class,
        () -> v.readBody(new ByteArrayInputStream(new byte[100_000])));
    assertEquals(WebhookRejectionReason.TOO_LARGE, e.reason());
  }

  @Test
  void noSignature() {
    byte[] body = body("none");
    rejected(verifier().build(), body, Map.of(), WebhookRejectionReason.NO_SIGNATURE);
    rejected(verifier().build(), body, Map.of("x-ghl-signature", List.of(" ")), WebhookRejectionReason.NO_SIGNATURE);
    // x-ghl-signature without an Ed25519 key configured: not a signature this verifier can check
    WebhookVerifier rsaOnly = WebhookVerifier.builder().clock(CLOCK).build();
    String message = rejected(rsaOnly, body, ed(body, ED), WebhookRejectionReason.NO_SIGNATURE).getMessage();
    assertTrue(message.contains("the delivery has x-ghl-signature (Ed25519), but no Ed25519 key is configured"),
        "the message says which header came and what is missing: " + message);
    // legacy RSA off: x-wh-signature alone is not enough
    message = rejected(verifier().legacyRsa(false).build(), body, rsa(body, RSA), WebhookRejectionReason.NO_SIGNATURE)
        .getMessage();
    assertTrue(message.contains("the delivery has x-wh-signature (RSA), which this verifier does not accept (legacyRsa(false))"),
        message);
    // no header at all: nothing more to say
    message = rejected(verifier().build(), body, Map.of(), WebhookRejectionReason.NO_SIGNATURE).getMessage();
    assertFalse(message.contains("the delivery has"), message);
  }

  @Test
  void badSignature() {
    byte[] body = body("bad");
    byte[] tampered = body.clone();
    tampered[tampered.length - 3] = 'X';
    WebhookVerifier v = verifier().build();
    rejected(v, tampered, ed(body, ED), WebhookRejectionReason.BAD_SIGNATURE);
    rejected(v, tampered, rsa(body, RSA), WebhookRejectionReason.BAD_SIGNATURE);
    rejected(v, body, ed(body, ED_NEXT), WebhookRejectionReason.BAD_SIGNATURE);
    rejected(v, body, Map.of("x-ghl-signature", List.of("not base64 !")), WebhookRejectionReason.BAD_SIGNATURE);
    rejected(v, body, Map.of("x-wh-signature", List.of("AAAA")), WebhookRejectionReason.BAD_SIGNATURE);
    // no downgrade: a bad Ed25519 signature is not rescued by a good RSA one
    Map<String, List<String>> both = new HashMap<>(ed(body, ED_NEXT));
    both.putAll(rsa(body, RSA));
    rejected(v, body, both, WebhookRejectionReason.BAD_SIGNATURE);
  }

  @Test
  void malformedJson() {
    WebhookVerifier v = verifier().build();
    for (String s : List.of("{\"type\":\"secret-person\"", "[1,2]", "\"secret-person\"", "", "{} {}", "{\"a\":1,\"a\":2}")) {
      byte[] body = s.getBytes(StandardCharsets.UTF_8);
      rejected(v, body, ed(body, ED), WebhookRejectionReason.MALFORMED_JSON);
    }
  }

  @Test
  void noTimestampUnlessNotRequired() {
    byte[] body = body(null, "nots");
    rejected(verifier().build(), body, ed(body, ED), WebhookRejectionReason.NO_TIMESTAMP);
    byte[] unreadable = body("yesterday-ish", "nots2");
    rejected(verifier().build(), unreadable, ed(unreadable, ED), WebhookRejectionReason.NO_TIMESTAMP);
    assertTrue(verifier().requireTimestamp(false).build().verify(body, ed(body, ED)).timestamp().isEmpty());
  }

  @Test
  void staleInThePastOrTheFuture() {
    WebhookVerifier v = verifier().build();
    byte[] old = body("2026-12-06T09:54:59Z", "old");
    rejected(v, old, ed(old, ED), WebhookRejectionReason.STALE);
    byte[] future = body("2026-12-06T10:05:01Z", "future");
    rejected(v, future, ed(future, ED), WebhookRejectionReason.STALE);
    byte[] edge = body("2026-12-06T09:55:00Z", "edge"); // exactly the tolerance: stale, as the replay store forgets it then
    rejected(v, edge, ed(edge, ED), WebhookRejectionReason.STALE);
    byte[] inside = body("2026-12-06T09:55:00.001Z", "inside");
    assertTrue(v.verify(inside, ed(inside, ED)).isTyped());
    WebhookVerifier wide = verifier().tolerance(Duration.ofMinutes(10)).build();
    assertTrue(wide.verify(old, ed(old, ED)).isTyped());
  }

  @Test
  void timestampsInEpochSecondsOrMillisAndOffsets() {
    assertEquals(NOW, WebhookEvents.instant(com.fasterxml.jackson.databind.node.LongNode.valueOf(NOW.getEpochSecond())));
    assertEquals(NOW, WebhookEvents.instant(com.fasterxml.jackson.databind.node.LongNode.valueOf(NOW.toEpochMilli())));
    assertEquals(NOW, WebhookEvents.instant(com.fasterxml.jackson.databind.node.TextNode.valueOf(String.valueOf(NOW.toEpochMilli()))));
    assertEquals(NOW, WebhookEvents.instant(com.fasterxml.jackson.databind.node.TextNode.valueOf("2026-12-06T11:00:00+01:00")));
    assertEquals(NOW, WebhookEvents.instant(com.fasterxml.jackson.databind.node.TextNode.valueOf("2026-12-06T10:00:00.000")));
    assertEquals(null, WebhookEvents.instant(com.fasterxml.jackson.databind.node.TextNode.valueOf("")));
    assertEquals(null, WebhookEvents.instant(null));
    // outside Instant's range or a long's: no readable timestamp, not a DateTimeException
    assertEquals(null, WebhookEvents.instant(com.fasterxml.jackson.databind.node.LongNode.valueOf(-1_000_000_000_000_000_000L)));
    assertEquals(null, WebhookEvents.instant(com.fasterxml.jackson.databind.node.BigIntegerNode.valueOf(
        new java.math.BigInteger("100000000000000000000000"))));
  }

  @Test
  void timestampOutsideTheTimeRangeIsRefusedAsUnreadable() {
    String json = "{\"type\":\"ContactCreate\",\"timestamp\":-1000000000000000000,\"webhookId\":\"far\"}";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    rejected(verifier().build(), body, ed(body, ED), WebhookRejectionReason.NO_TIMESTAMP);
    assertNull(WebhookEvents.parse(body).timestamp().orElse(null));
  }

  @Test
  void noWebhookIdUnlessNotRequired() {
    byte[] body = body(null);
    rejected(verifier().build(), body, ed(body, ED), WebhookRejectionReason.NO_WEBHOOK_ID);
    WebhookVerifier lax = verifier().requireWebhookId(false).build();
    assertTrue(lax.verify(body, ed(body, ED)).webhookId().isEmpty());
    assertTrue(lax.verify(body, ed(body, ED)).webhookId().isEmpty(), "without an id there is no duplicate check");
  }

  @Test
  void duplicateWebhookIdIsRefusedUntilItExpires() {
    AtomicReference<Instant> now = new AtomicReference<>(NOW);
    Clock moving = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now.get(); }
    };
    // with a timestamp: remembered for the tolerance, after which the delivery is stale anyway
    WebhookVerifier timed = verifier().clock(moving).build();
    byte[] stamped = body("2026-12-06T10:00:00Z", "dup-0");
    timed.verify(stamped, ed(stamped, ED));
    rejected(timed, stamped, ed(stamped, ED), WebhookRejectionReason.DUPLICATE);
    now.set(NOW.plus(Duration.ofMinutes(5)).minusMillis(1));
    rejected(timed, stamped, ed(stamped, ED), WebhookRejectionReason.DUPLICATE);
    now.set(NOW.plus(Duration.ofMinutes(5))); // the store forgets the id now: the timestamp check refuses it
    rejected(timed, stamped, ed(stamped, ED), WebhookRejectionReason.STALE);
    now.set(NOW.plus(Duration.ofMinutes(6)));
    rejected(timed, stamped, ed(stamped, ED), WebhookRejectionReason.STALE);
    // without one, nothing makes a replay stale: the id is remembered for the untimed window (a day)
    now.set(NOW);
    WebhookVerifier v = verifier().clock(moving).requireTimestamp(false).build();
    byte[] body = body(null, "dup-1");
    v.verify(body, ed(body, ED));
    rejected(v, body, ed(body, ED), WebhookRejectionReason.DUPLICATE);
    now.set(NOW.plus(Duration.ofMinutes(6)));
    rejected(v, body, ed(body, ED), WebhookRejectionReason.DUPLICATE);
    now.set(NOW.plus(Duration.ofHours(23)));
    rejected(v, body, ed(body, ED), WebhookRejectionReason.DUPLICATE);
    now.set(NOW.plus(Duration.ofHours(24)).plusSeconds(1));
    assertTrue(v.verify(body, ed(body, ED)).isTyped(), "remembered for the untimed window only");
    WebhookVerifier shortWindow = verifier().clock(moving).requireTimestamp(false)
        .untimedReplayWindow(Duration.ofMinutes(10)).build();
    shortWindow.verify(body, ed(body, ED));
    now.set(now.get().plus(Duration.ofMinutes(9)));
    rejected(shortWindow, body, ed(body, ED), WebhookRejectionReason.DUPLICATE);
    now.set(now.get().plus(Duration.ofMinutes(2)));
    assertTrue(shortWindow.verify(body, ed(body, ED)).isTyped());
    assertTrue(shortWindow.toString().contains("untimedReplayWindow=PT10M"), shortWindow.toString());
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().untimedReplayWindow(Duration.ZERO));
  }

  @Test
  void aForgottenDeliveryIsAcceptedAgain() {
    WebhookVerifier v = verifier().build();
    byte[] body = body("retry-me");
    WebhookEvent event = v.verify(body, ed(body, ED));
    rejected(v, body, ed(body, ED), WebhookRejectionReason.DUPLICATE);
    v.forget(event);   // handling failed: let GHL's redelivery through
    assertEquals("retry-me", v.verify(body, ed(body, ED)).webhookId().orElseThrow());
    rejected(v, body, ed(body, ED), WebhookRejectionReason.DUPLICATE);
    v.forget(event.payload());   // the same, from the payload a typed endpoint gets
    assertEquals("c1", v.verify(body, ed(body, ED), ContactCreateEvent.class).getId());
    // a store that cannot forget says so
    WebhookReplayStore appendOnly = (id, now, until) -> true;
    WebhookVerifier withIt = verifier().replayStore(appendOnly).build();
    WebhookEvent accepted = withIt.verify(body, ed(body, ED));
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> withIt.forget(accepted));
    assertTrue(e.getMessage().contains("implement forget(String)"), e.getMessage());
  }

  @Test
  void aRejectedDeliveryDoesNotBurnItsId() {
    WebhookVerifier v = verifier().build();
    byte[] body = body("burn");
    rejected(v, body, ed(body, ED_NEXT), WebhookRejectionReason.BAD_SIGNATURE);
    assertTrue(v.verify(body, ed(body, ED)).isTyped());
  }

  @Test
  void aSharedStoreSeesDuplicatesAcrossVerifiers() {
    InMemoryWebhookReplayStore store = new InMemoryWebhookReplayStore();
    byte[] body = body("shared");
    verifier().replayStore(store).build().verify(body, ed(body, ED));
    rejected(verifier().replayStore(store).build(), body, rsa(body, RSA), WebhookRejectionReason.DUPLICATE);
    assertEquals(1, store.size());
  }

  @Test
  void inMemoryStoreIsBoundedAndForgetsExpiredIds() {
    InMemoryWebhookReplayStore store = new InMemoryWebhookReplayStore(2);
    Instant later = NOW.plusSeconds(60);
    assertTrue(store.markSeen("a", NOW, later));
    assertTrue(store.markSeen("b", NOW, later));
    assertFalse(store.markSeen("a", NOW, later));
    assertTrue(store.markSeen("c", NOW, later));   // full: "a" (oldest) goes
    assertEquals(2, store.size());
    assertTrue(store.markSeen("a", NOW, later));
    assertTrue(store.markSeen("d", later.plusSeconds(1), later.plusSeconds(60)));  // the expired ones go
    assertEquals(1, store.size());
    assertThrows(IllegalArgumentException.class, () -> new InMemoryWebhookReplayStore(0));
  }

  @Test
  void builderRefusesWhatCannotWork() {
    assertThrows(IllegalStateException.class, () -> WebhookVerifier.builder().clearRsaPublicKeys().build());
    assertThrows(IllegalStateException.class, () -> WebhookVerifier.builder().legacyRsa(false).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WebhookVerifier.builder().addEd25519PublicKey("secret-garbage-key"));
    assertFalse(e.getMessage().contains("secret-garbage-key"));
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().addEd25519PublicKey(Signing.pem(RSA)));
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().addEd25519PublicKey(RSA.getPublic()));
    // Java names Ed448 keys "EdDSA" too: refused here rather than refusing every signature later
    java.security.PublicKey ed448 = assertDoesNotThrow(() -> java.security.KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPublic());
    assertEquals("EdDSA", ed448.getAlgorithm());
    assertEquals("not an Ed25519 public key (Ed448)", assertThrows(IllegalArgumentException.class,
        () -> WebhookVerifier.builder().addEd25519PublicKey(ed448)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().addRsaPublicKey(ED.getPublic()));
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().addRsaPublicKey("AAAA"));
    assertThrows(IllegalArgumentException.class, () -> WebhookKeys.rsaPublicKey(null));
    assertEquals("not an Ed25519 public key: expected PEM or base64", assertThrows(IllegalArgumentException.class,
        () -> WebhookKeys.ed25519PublicKey("not base64 !")).getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> WebhookKeys.rsaPublicKey(
        "-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA\n-----END RSA PUBLIC KEY-----"));
    assertTrue(e.getMessage().contains("PKCS#1") && e.getMessage().contains("openssl rsa -RSAPublicKey_in"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().tolerance(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().maxBodyBytes(0));
  }

  @Test
  void ed25519KeyAsRawBase64() {
    byte[] spki = ED.getPublic().getEncoded();
    byte[] raw = java.util.Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    WebhookVerifier v = WebhookVerifier.builder().clock(CLOCK).addEd25519PublicKey(Base64.getEncoder().encodeToString(raw)).build();
    byte[] body = body("raw");
    assertTrue(v.verify(body, ed(body, ED)).isTyped());
  }

  @Test
  void pemWithEscapedNewlinesAsKeptInAnEnvironmentVariable() {
    String escaped = Signing.pem(ED).replace("\n", "\\n");   // one line: -----BEGIN PUBLIC KEY-----\nMCow...
    assertFalse(escaped.contains("\n"));
    WebhookVerifier v = WebhookVerifier.builder().clock(CLOCK).addEd25519PublicKey(escaped)
        .addRsaPublicKey(Signing.pem(RSA).replace("\n", "\\n")).build();
    byte[] body = body("escaped");
    assertTrue(v.verify(body, ed(body, ED)).isTyped());
    byte[] other = body("escaped-rsa");
    assertTrue(v.verify(other, rsa(other, RSA)).isTyped());
  }

  @Test
  void toStringNamesNoKey() {
    String s = verifier().build().toString();
    assertFalse(s.contains(Base64.getEncoder().encodeToString(ED.getPublic().getEncoded()).substring(20, 40)));
    assertInstanceOf(String.class, s);
  }
}

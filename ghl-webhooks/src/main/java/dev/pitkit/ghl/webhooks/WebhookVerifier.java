package dev.pitkit.ghl.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Verifies GHL webhook deliveries on the raw body bytes and the request headers (no web framework),
 * then parses them into typed events. Immutable and thread-safe: build one per application.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *     .addEd25519PublicKey(System.getenv("GHL_WEBHOOK_PUBLIC_KEY"))   // x-ghl-signature
 *     .build();                                                      // x-wh-signature: GHL's RSA key, built in
 * WebhookEvent event = verifier.verify(body, request::getHeader);    // or a Map of headers
 * }</pre>
 *
 * <p>Checks, in order (each failure is a {@link WebhookRejectedException} with its
 * {@link WebhookRejectionReason}):
 * <ol>
 *   <li>size: at most {@link Builder#maxBodyBytes(int)} bytes ({@code TOO_LARGE});</li>
 *   <li>signature: {@code x-ghl-signature} (Ed25519) when present and an Ed25519 key is configured,
 *       which then alone decides; else {@code x-wh-signature} (RSA-SHA256) when legacy RSA is
 *       accepted. Base64 signatures over the exact body bytes; any configured key of the scheme may
 *       match (rotation) ({@code NO_SIGNATURE}, {@code BAD_SIGNATURE});</li>
 *   <li>JSON: one object ({@code MALFORMED_JSON}); with an expected payload class, a payload of it
 *       ({@code UNEXPECTED_TYPE});</li>
 *   <li>freshness: the payload's {@code timestamp} within {@link Builder#tolerance(Duration)} of
 *       now, either way ({@code NO_TIMESTAMP}, {@code STALE});</li>
 *   <li>replay: the payload's {@code webhookId} not seen before, through the
 *       {@link WebhookReplayStore} ({@code NO_WEBHOOK_ID}, {@code DUPLICATE}); the id is recorded
 *       only once every other check passed.</li>
 * </ol>
 * No message carries the payload or a key.
 */
public final class WebhookVerifier {
  /** The default body limit: 1 MiB (GHL's payloads are a few KB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  /** The default timestamp tolerance: 5 minutes, as GHL's guide suggests. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
  /** How long the id of a payload without a timestamp is remembered by default: a day. */
  public static final Duration DEFAULT_UNTIMED_REPLAY_WINDOW = Duration.ofDays(1);

  private final List<PublicKey> ed25519Keys;
  private final List<PublicKey> rsaKeys;
  private final boolean legacyRsa;
  private final Duration tolerance;
  private final boolean requireTimestamp;
  private final Duration untimedReplayWindow;
  private final boolean requireWebhookId;
  private final WebhookReplayStore replayStore;
  private final int maxBodyBytes;
  private final Clock clock;

  private WebhookVerifier(Builder b) {
    this.ed25519Keys = List.copyOf(b.ed25519Keys);
    this.rsaKeys = List.copyOf(b.rsaKeys);
    this.legacyRsa = b.legacyRsa;
    this.tolerance = b.tolerance;
    this.requireTimestamp = b.requireTimestamp;
    this.untimedReplayWindow = b.untimedReplayWindow;
    this.requireWebhookId = b.requireWebhookId;
    this.replayStore = b.replayStore != null ? b.replayStore : new InMemoryWebhookReplayStore();
    this.maxBodyBytes = b.maxBodyBytes;
    this.clock = b.clock;
  }

  /**
   * A builder: no Ed25519 key, GHL's RSA key, legacy RSA accepted, 5 minutes of tolerance,
   * timestamp and webhookId required, an in-memory replay store, a 1 MiB body limit.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies and parses a delivery.
   *
   * @param body the raw request body, exactly as received
   * @param headers the request headers (names in any case; the first value of each is used)
   * @return the verified event
   * @throws WebhookRejectedException when a check fails
   */
  public WebhookEvent verify(byte[] body, Map<String, ? extends List<String>> headers) {
    Objects.requireNonNull(headers, "headers");
    return verify(body, name -> header(headers, name));
  }

  /**
   * Verifies and parses a delivery, reading headers through a function (e.g. a servlet's
   * {@code request::getHeader}, or {@code exchange.getRequestHeaders()::getFirst}).
   *
   * @param body the raw request body, exactly as received
   * @param header a header's value by its (lower-case) name, or null when absent
   * @return the verified event
   * @throws WebhookRejectedException when a check fails
   */
  public WebhookEvent verify(byte[] body, Function<String, String> header) {
    return verified(body, header, null);
  }

  /**
   * Verifies a delivery that must be of one event type, for an endpoint that takes only that type.
   * A delivery of another type is refused ({@code UNEXPECTED_TYPE}) before its {@code webhookId} is
   * recorded, so the same delivery can still be accepted where its type is taken.
   *
   * @param body the raw request body, exactly as received
   * @param header a header's value by its (lower-case) name, or null when absent
   * @param payloadType the generated event class (or an interface of one) the endpoint takes
   * @param <T> the payload type
   * @return the verified payload
   * @throws WebhookRejectedException when a check fails
   */
  public <T extends GhlEventPayload> T verify(byte[] body, Function<String, String> header, Class<T> payloadType) {
    Objects.requireNonNull(payloadType, "payloadType");
    return payloadType.cast(verified(body, header, payloadType).payload());
  }

  /**
   * As {@link #verify(byte[], Function, Class)}, with the headers as a map.
   *
   * @param body the raw request body, exactly as received
   * @param headers the request headers (names in any case; the first value of each is used)
   * @param payloadType the generated event class (or an interface of one) the endpoint takes
   * @param <T> the payload type
   * @return the verified payload
   * @throws WebhookRejectedException when a check fails
   */
  public <T extends GhlEventPayload> T verify(byte[] body, Map<String, ? extends List<String>> headers,
      Class<T> payloadType) {
    Objects.requireNonNull(headers, "headers");
    return verify(body, name -> header(headers, name), payloadType);
  }

  private WebhookEvent verified(byte[] body, Function<String, String> header, Class<?> payloadType) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(header, "header");
    if (body.length > maxBodyBytes) {
      throw reject(WebhookRejectionReason.TOO_LARGE, "the body is over " + maxBodyBytes + " bytes");
    }
    SignatureScheme scheme = checkSignature(body, header);
    WebhookEvent event = WebhookEvents.parseVerified(body, scheme);
    if (payloadType != null && !payloadType.isInstance(event.payload())) {
      throw reject(WebhookRejectionReason.UNEXPECTED_TYPE, "the payload is not of the expected type "
          + payloadType.getSimpleName() + event.bindingProblem().map(p -> " (its type's class does not fit: " + p + ")")
              .orElse(""));
    }
    Instant now = clock.instant();
    Instant at = event.timestamp().orElse(null);
    if (at == null) {
      if (requireTimestamp) {
        throw reject(WebhookRejectionReason.NO_TIMESTAMP, "the payload has no readable timestamp");
      }
    } else if (Duration.between(at, now).abs().compareTo(tolerance) >= 0) { // from the replay store's expiry on
      throw reject(WebhookRejectionReason.STALE,
          "the payload's timestamp is " + tolerance.toSeconds() + " s or more from now");
    }
    String id = event.webhookId().orElse(null);
    if (id == null || id.isEmpty()) {
      if (requireWebhookId) {
        throw reject(WebhookRejectionReason.NO_WEBHOOK_ID, "the payload has no webhookId");
      }
    } else if (!replayStore.markSeen(id, now, at == null ? now.plus(untimedReplayWindow)
        : (at.isAfter(now) ? at : now).plus(tolerance))) {
      throw reject(WebhookRejectionReason.DUPLICATE, "this webhookId was accepted before");
    }
    return event;
  }

  /**
   * Forgets the {@code webhookId} of a verified event, so that a redelivery of it is accepted rather
   * than refused as {@code DUPLICATE}: for when handling it failed and the endpoint answers so that
   * GHL sends it again. The id is recorded again when the redelivery verifies.
   *
   * @param event an event this verifier (or one sharing its store) accepted
   * @throws UnsupportedOperationException when the replay store cannot forget
   */
  public void forget(WebhookEvent event) {
    forget(Objects.requireNonNull(event, "event").payload());
  }

  /**
   * As {@link #forget(WebhookEvent)}, for the payload of a verified event (what
   * {@link #verify(byte[], Function, Class)} returns).
   *
   * @param payload a payload this verifier (or one sharing its store) accepted
   * @throws UnsupportedOperationException when the replay store cannot forget
   */
  public void forget(GhlEventPayload payload) {
    String id = Objects.requireNonNull(payload, "payload").getWebhookId();
    if (id != null && !id.isEmpty()) {
      replayStore.forget(id);
    }
  }

  /**
   * Reads a request body, stopping one byte past the limit: a body that is too large is refused
   * without being held in memory.
   *
   * @param in the request body stream (not closed)
   * @return the bytes
   * @throws WebhookRejectedException with {@link WebhookRejectionReason#TOO_LARGE}
   * @throws IOException when reading fails
   */
  public byte[] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBodyBytes, 16 * 1024));
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBodyBytes + 1L - total))) > 0) {
      total += n;
      if (total > maxBodyBytes) {
        throw reject(WebhookRejectionReason.TOO_LARGE, "the body is over " + maxBodyBytes + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private SignatureScheme checkSignature(byte[] body, Function<String, String> header) {
    String ed = ed25519Keys.isEmpty() ? null : blankToNull(header.apply(SignatureScheme.ED25519.header()));
    if (ed != null) {
      check(body, ed, ed25519Keys, "Ed25519", SignatureScheme.ED25519);
      return SignatureScheme.ED25519;
    }
    String rsa = !legacyRsa || rsaKeys.isEmpty() ? null : blankToNull(header.apply(SignatureScheme.RSA_SHA256.header()));
    if (rsa != null) {
      check(body, rsa, rsaKeys, "SHA256withRSA", SignatureScheme.RSA_SHA256);
      return SignatureScheme.RSA_SHA256;
    }
    throw reject(WebhookRejectionReason.NO_SIGNATURE, "no " + acceptedHeaders() + " header" + unusable(header));
  }

  /** A signature header that was sent but that this verifier has no key for: said, so the 401 is not a mystery. */
  private String unusable(Function<String, String> header) {
    if (ed25519Keys.isEmpty() && blankToNull(header.apply(SignatureScheme.ED25519.header())) != null) {
      return "; the delivery has " + SignatureScheme.ED25519.header() + " (Ed25519), but no Ed25519 key is configured:"
          + " add GHL's with addEd25519PublicKey";
    }
    if ((!legacyRsa || rsaKeys.isEmpty()) && blankToNull(header.apply(SignatureScheme.RSA_SHA256.header())) != null) {
      return "; the delivery has " + SignatureScheme.RSA_SHA256.header() + " (RSA), which this verifier does not accept"
          + (legacyRsa ? " (no RSA key)" : " (legacyRsa(false))");
    }
    return "";
  }

  private static void check(byte[] body, String signature, List<PublicKey> keys, String algorithm, SignatureScheme scheme) {
    byte[] sig;
    try {
      sig = Base64.getDecoder().decode(signature.trim());
    } catch (IllegalArgumentException e) {
      throw reject(WebhookRejectionReason.BAD_SIGNATURE, scheme.header() + " is not base64");
    }
    for (PublicKey key : keys) {
      try {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(key);
        verifier.update(body);
        if (verifier.verify(sig)) {
          return;
        }
      } catch (GeneralSecurityException e) {
        // a malformed signature for this key: try the next one
      }
    }
    throw reject(WebhookRejectionReason.BAD_SIGNATURE,
        scheme.header() + " does not verify with any of the " + keys.size() + " configured key(s)");
  }

  private String acceptedHeaders() {
    List<String> names = new ArrayList<>();
    if (!ed25519Keys.isEmpty()) {
      names.add(SignatureScheme.ED25519.header());
    }
    if (legacyRsa && !rsaKeys.isEmpty()) {
      names.add(SignatureScheme.RSA_SHA256.header());
    }
    return names.isEmpty() ? "signature key configured, so no" : String.join(" or ", names);
  }

  private static String header(Map<String, ? extends List<String>> headers, String name) {
    for (Map.Entry<String, ? extends List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static WebhookRejectedException reject(WebhookRejectionReason reason, String detail) {
    return new WebhookRejectedException(reason, detail);
  }

  /**
   * Names the settings, never a key.
   *
   * @return e.g. {@code WebhookVerifier[ed25519Keys=1, rsaKeys=1, legacyRsa=true, tolerance=PT5M, ...]}
   */
  @Override
  public String toString() {
    return "WebhookVerifier[ed25519Keys=" + ed25519Keys.size() + ", rsaKeys=" + rsaKeys.size()
        + ", legacyRsa=" + legacyRsa + ", tolerance=" + tolerance + ", requireTimestamp=" + requireTimestamp
        + (requireTimestamp ? "" : ", untimedReplayWindow=" + untimedReplayWindow)
        + ", requireWebhookId=" + requireWebhookId + ", maxBodyBytes=" + maxBodyBytes + "]";
  }

  /** Settings of a {@link WebhookVerifier}; not thread-safe, reusable. */
  public static final class Builder {
    private final List<PublicKey> ed25519Keys = new ArrayList<>();
    private final List<PublicKey> rsaKeys = new ArrayList<>(List.of(WebhookKeys.ghlRsaPublicKey()));
    private boolean legacyRsa = true;
    private Duration tolerance = DEFAULT_TOLERANCE;
    private boolean requireTimestamp = true;
    private Duration untimedReplayWindow = DEFAULT_UNTIMED_REPLAY_WINDOW;
    private boolean requireWebhookId = true;
    private WebhookReplayStore replayStore;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds an Ed25519 key for {@code x-ghl-signature} (PEM, or base64 of the X.509 or raw key).
     * Add the old and the new key while GHL rotates: either verifies.
     *
     * @param key the public key
     * @return this builder
     * @throws IllegalArgumentException when it is not an Ed25519 public key
     */
    public Builder addEd25519PublicKey(String key) {
      return addEd25519PublicKey(WebhookKeys.ed25519PublicKey(key));
    }

    /**
     * Adds an Ed25519 key for {@code x-ghl-signature}.
     *
     * @param key the public key (algorithm {@code Ed25519} or {@code EdDSA})
     * @return this builder
     * @throws IllegalArgumentException when it is not an Ed25519 public key
     */
    public Builder addEd25519PublicKey(PublicKey key) {
      Objects.requireNonNull(key, "key");
      if (!key.getAlgorithm().equals("Ed25519") && !key.getAlgorithm().equals("EdDSA")) {
        throw new IllegalArgumentException("not an Ed25519 public key (algorithm " + key.getAlgorithm() + ")");
      }
      if (key instanceof java.security.interfaces.EdECPublicKey ed && !ed.getParams().getName().equals("Ed25519")) {
        // "EdDSA" also names Ed448, whose keys would then refuse every signature
        throw new IllegalArgumentException("not an Ed25519 public key (" + ed.getParams().getName() + ")");
      }
      ed25519Keys.add(key);
      return this;
    }

    /**
     * Adds an RSA key for {@code x-wh-signature} (PEM or base64 X.509) beside those already set
     * (at first GHL's published key): for GHL's next key during a rotation.
     *
     * @param key the public key
     * @return this builder
     * @throws IllegalArgumentException when it is not an RSA public key
     */
    public Builder addRsaPublicKey(String key) {
      return addRsaPublicKey(WebhookKeys.rsaPublicKey(key));
    }

    /**
     * Adds an RSA key for {@code x-wh-signature} beside those already set.
     *
     * @param key the public key
     * @return this builder
     * @throws IllegalArgumentException when it is not an RSA public key
     */
    public Builder addRsaPublicKey(PublicKey key) {
      Objects.requireNonNull(key, "key");
      if (!key.getAlgorithm().equals("RSA")) {
        throw new IllegalArgumentException("not an RSA public key (algorithm " + key.getAlgorithm() + ")");
      }
      rsaKeys.add(key);
      return this;
    }

    /**
     * Removes every RSA key, GHL's built-in one included: replace it with
     * {@link #addRsaPublicKey(String)} (after GHL rotated it, or in tests with a key of your own).
     *
     * @return this builder
     */
    public Builder clearRsaPublicKeys() {
      rsaKeys.clear();
      return this;
    }

    /**
     * Whether {@code x-wh-signature} (RSA, legacy in GHL's SDK) is accepted. Default true. Turn it
     * off once GHL signs your deliveries with Ed25519, so only {@code x-ghl-signature} verifies.
     *
     * @param accept false to accept Ed25519 signatures only
     * @return this builder
     */
    public Builder legacyRsa(boolean accept) {
      this.legacyRsa = accept;
      return this;
    }

    /**
     * How far the payload's {@code timestamp} may be from now, in the past or the future
     * (clock skew). Default 5 minutes.
     *
     * @param tolerance a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder tolerance(Duration tolerance) {
      this.tolerance = positive(tolerance, "tolerance");
      return this;
    }

    /**
     * Whether a payload without a readable {@code timestamp} is refused ({@code NO_TIMESTAMP}).
     * Default true: GHL documents a timestamp in every signed payload.
     *
     * @param require false to accept payloads without one: replay protection then rests on the
     *     webhookId alone, remembered for {@link #untimedReplayWindow(Duration)} (a day by default)
     *     instead of the tolerance
     * @return this builder
     */
    public Builder requireTimestamp(boolean require) {
      this.requireTimestamp = require;
      return this;
    }

    /**
     * How long the {@code webhookId} of a payload without a timestamp (accepted with
     * {@code requireTimestamp(false)}) is remembered: with no timestamp to make a replay stale, a
     * replay within this window is a {@code DUPLICATE}, one after it is accepted. Default a day. The ids
     * of payloads with a timestamp are remembered for the tolerance (after it, they are stale).
     *
     * @param window a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder untimedReplayWindow(Duration window) {
      this.untimedReplayWindow = positive(window, "untimedReplayWindow");
      return this;
    }

    private static Duration positive(Duration d, String setting) {
      Objects.requireNonNull(d, setting);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(setting + " must be positive");
      }
      return d;
    }

    /**
     * Whether a payload without {@code webhookId} is refused ({@code NO_WEBHOOK_ID}). Default true:
     * GHL documents a webhook id in every signed payload.
     *
     * @param require false to accept payloads without one (they are not checked for duplicates)
     * @return this builder
     */
    public Builder requireWebhookId(boolean require) {
      this.requireWebhookId = require;
      return this;
    }

    /**
     * Where accepted {@code webhookId}s are remembered. Default: a new
     * {@link InMemoryWebhookReplayStore} per verifier (per JVM); share one store between instances
     * of a service.
     *
     * @param store the store
     * @return this builder
     */
    public Builder replayStore(WebhookReplayStore store) {
      this.replayStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The largest body accepted, in bytes. Default 1 MiB.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException when it is less than 1
     */
    public Builder maxBodyBytes(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1");
      }
      this.maxBodyBytes = max;
      return this;
    }

    /**
     * The clock the timestamp is compared with (inject a fixed one in tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The verifier.
     *
     * @return a new immutable verifier
     * @throws IllegalStateException when no key can verify anything (no Ed25519 key, and no RSA
     *     key or legacy RSA off)
     */
    public WebhookVerifier build() {
      if (ed25519Keys.isEmpty() && (!legacyRsa || rsaKeys.isEmpty())) {
        throw new IllegalStateException("no key to verify with: add an Ed25519 key, or accept RSA with a key");
      }
      return new WebhookVerifier(this);
    }
  }
}

package dev.pitkit.ghl.testkit.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Maton connection ids a mock gateway knows the kind of ({@code agency} or
 * {@code sub-account}), as it was told: the connections of the JUnit extension's client, and those
 * given to the builder, the standalone server's options or its command line. Ids it was not told
 * of are accepted on every operation, as before. Not thread-safe; filled while configuring.
 */
public final class ConnectionKinds {
  /** {@code x-ghl-token} of agency operations. */
  public static final String AGENCY = "agency";
  /** {@code x-ghl-token} of sub-account operations. */
  public static final String SUB_ACCOUNT = "sub-account";

  private final Map<String, String> kinds = new LinkedHashMap<>();

  /**
   * Records {@code ids} as connections of {@code kind}.
   *
   * @throws IllegalArgumentException for a blank id, or one already recorded as the other kind
   */
  public ConnectionKinds add(String kind, String... ids) {
    if (!AGENCY.equals(kind) && !SUB_ACCOUNT.equals(kind)) {
      throw new IllegalArgumentException("a connection is " + AGENCY + " or " + SUB_ACCOUNT + ", not " + kind);
    }
    for (String id : Objects.requireNonNull(ids, "ids")) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("a connection id must not be blank");
      }
      String id1 = id.strip();
      String before = kinds.putIfAbsent(id1, kind);
      if (before != null && !before.equals(kind)) {
        throw new IllegalArgumentException("connection " + id1 + " cannot be both " + before + " and " + kind);
      }
    }
    return this;
  }

  /**
   * The kinds a JUnit gateway knows: its client's agency and sub-account connections (unless one id
   * is given for both, whose kind is then unknown) and the {@code known} ones.
   *
   * @throws IllegalArgumentException when a known connection is also the client's one of the other kind
   */
  public static Map<String, String> ofClient(String agency, String subAccount, ConnectionKinds known) {
    ConnectionKinds all = new ConnectionKinds();
    if (!agency.strip().equals(subAccount.strip())) {
      all.add(AGENCY, agency).add(SUB_ACCOUNT, subAccount);
    }
    known.kinds.forEach((id, kind) -> all.add(kind, id));
    return all.snapshot();
  }

  /**
   * Why {@code actual} is not the {@code Maton-Connection} an operation of {@code token}
   * ({@code agency}, {@code sub-account}, {@code maton}) should carry, given the connections
   * {@code kinds} a gateway knows (id to kind), or null when it is: none for Maton's own API; for the
   * others one of the known connections of that kind, or, when none of that kind is known, any
   * connection not known to be of the other kind.
   */
  public static String problem(Map<String, String> kinds, String token, String actual) {
    if (!token.equals(AGENCY) && !token.equals(SUB_ACCOUNT)) {
      return actual == null ? null : "Maton-Connection was " + quote(actual) + ", expected none";
    }
    if (actual == null || actual.isBlank()) {
      return "Maton-Connection was " + quote(actual) + ", expected a " + token + " connection";
    }
    String kind = kinds.get(actual.strip());
    List<String> known = kinds.entrySet().stream().filter(e -> e.getValue().equals(token)).map(Map.Entry::getKey).toList();
    if (kind != null && !kind.equals(token)) {
      return "Maton-Connection was " + quote(actual) + ", a known " + kind + " connection, expected a " + token
          + " connection" + (known.isEmpty() ? "" : " (one of " + known + ")");
    }
    return known.isEmpty() || kind != null ? null : "Maton-Connection was " + quote(actual) + ", expected one of " + known;
  }

  private static String quote(String s) {
    return s == null ? "none" : "'" + s + "'";
  }

  /** A read-only copy: connection id to kind. */
  public Map<String, String> snapshot() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
  }
}

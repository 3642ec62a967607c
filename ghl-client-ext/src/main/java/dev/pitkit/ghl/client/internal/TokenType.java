package dev.pitkit.ghl.client.internal;

/** The spec's {@code x-ghl-token}: which connection an operation needs. */
public enum TokenType {
  /** Agency connection (location management, snapshots). */
  AGENCY("agency"),
  /** Sub-account connection (CRM data of one location). */
  SUB_ACCOUNT("sub-account"),
  /** Maton's own API: no connection. */
  MATON("maton");

  private final String specValue;

  TokenType(String specValue) {
    this.specValue = specValue;
  }

  /** The value as written in the spec ({@code agency}, {@code sub-account}, {@code maton}). */
  String specValue() {
    return specValue;
  }

  /** Of the two configured connections, the one this kind of operation is sent with; null for Maton's own. */
  String connection(String agency, String subAccount) {
    return switch (this) {
      case AGENCY -> agency;
      case SUB_ACCOUNT -> subAccount;
      case MATON -> null;
    };
  }

  /** The error when an operation's connection is not configured, and how to configure it. */
  String missingConnection(String operationId) {
    boolean agency = this == AGENCY;
    return operationId + " needs " + (agency ? "an agency" : "a sub-account") + " connection (x-ghl-token: " + specValue
        + ") but none is configured: set GhlClient.builder()." + (agency ? "agencyConnection" : "subAccountConnection")
        + "(...) or the environment variable " + (agency ? "GHL_AGENCY_CONNECTION" : "GHL_SUB_ACCOUNT_CONNECTION")
        + ", or call withConnection(...)";
  }

  /** Parses the spec value. */
  public static TokenType fromSpec(String value) {
    for (TokenType t : values()) {
      if (t.specValue.equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown x-ghl-token '" + value + "'");
  }
}

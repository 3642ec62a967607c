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

  /** The value as written in the spec. */
  public String specValue() {
    return specValue;
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

package dev.pitkit.ghl.client.internal;

/**
 * What one call's retry loop has sent so far, for the call's event and its exception: the
 * requests the server may have seen (the JDK's own resends included) and the last status.
 * Owned by one call on one thread, passed down explicitly.
 */
final class Attempts {
  private int sent;
  private int lastStatus;

  /** Requests sent so far. */
  int sent() {
    return sent;
  }

  /** The last HTTP status received, 0 before any. */
  int lastStatus() {
    return lastStatus;
  }

  void add(int requests) {
    sent += requests;
  }

  void answered(int status) {
    lastStatus = status;
  }
}

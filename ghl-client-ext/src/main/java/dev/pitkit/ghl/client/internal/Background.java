package dev.pitkit.ghl.client.internal;

/**
 * Cold-start work a client does ahead, on a daemon thread of its own, while the calling thread goes
 * on: building its {@code HttpClient} ({@link HttpClientStart}) and the deserializer of a method's
 * answer ({@link SafeDecoder#prefetch}). A daemon, so that it never keeps a JVM alive.
 */
final class Background {
  private Background() {}

  /**
   * Starts {@code work} on a new daemon thread named {@code name}.
   *
   * @return false when no thread could be started (e.g. the process is at its thread limit): the
   *     caller then does the work when it needs it, as it would have without this class
   */
  static boolean start(String name, Runnable work) {
    try {
      Thread thread = new Thread(work, name);
      thread.setDaemon(true);
      thread.start();
      return true;
    } catch (OutOfMemoryError | SecurityException e) { // "unable to create native thread", or not allowed
      return false;
    }
  }
}

package dev.pitkit.ghl.client.internal;

/**
 * The library's version, written into this source by the build (ghl-client-ext/pom.xml filters
 * src/main/java-templates): a constant, so the User-Agent costs no resource read from the jar on a
 * client's first build (about 15 ms in a fresh JVM; see ghl-benchmarks' cold start).
 */
public final class LibraryVersion {
  /** The Maven version of ghl-client-ext, e.g. {@code 0.1.0}. */
  public static final String VERSION = "${project.version}";

  private LibraryVersion() {}
}

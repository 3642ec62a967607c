package dev.pitkit.ghl.testkit.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The spec and what the testkit builds from it, once per JVM and each on first use: the spec text,
 * the {@link StubCatalog} (the generated mappings, or without them the same mappings generated from
 * that text) and the {@link SpecValidator} (parsing the spec for it takes a few seconds). Shared
 * read-only by every server in the JVM.
 *
 * <p>Initialization-on-demand holders: the JVM initialises each holder class once, on its first
 * use, and safely publishes the result, so there is no lock and no volatile read. A failure (say,
 * the spec is not on the classpath) is kept and thrown again, unchanged, by every later use.
 */
public final class SpecHolder {
  private static final AtomicBoolean VALIDATOR_PREWARMED = new AtomicBoolean();

  private SpecHolder() {}

  /** The spec's text, from the classpath ({@link StubLayout#SPEC_RESOURCE}). */
  public static String specText() {
    return SpecText.VALUE.get();
  }

  /** The catalog of the testkit's own mappings. */
  public static StubCatalog catalog() {
    return Catalog.VALUE.get();
  }

  /** The validator for the spec on the classpath. */
  public static SpecValidator validator() {
    return Validator.VALUE.get();
  }

  /**
   * Starts building the validator on a background thread, once per JVM, so it is ready when the
   * first request is validated.
   */
  public static void prewarmValidator() {
    if (VALIDATOR_PREWARMED.compareAndSet(false, true)) {
      Thread t = new Thread(() -> {
        try {
          validator();
        } catch (RuntimeException e) {
          // kept, and thrown again by the first real use
        }
      }, "ghl-testkit-spec-validator");
      t.setDaemon(true);
      t.start();
    }
  }

  private static final class SpecText {
    static final Built<String> VALUE = Built.of(SpecMappings::readSpecResource);
  }

  private static final class Catalog {
    static final Built<StubCatalog> VALUE = Built.of(() -> StubCatalog.load(SpecHolder.class.getClassLoader()));
  }

  private static final class Validator {
    static final Built<SpecValidator> VALUE = Built.of(() -> SpecValidator.forSpec(specText()));
  }

  /** A value built once, or the exception building it threw. */
  private record Built<T>(T value, RuntimeException failure) {
    static <T> Built<T> of(Supplier<T> build) {
      try {
        return new Built<>(build.get(), null);
      } catch (RuntimeException e) {
        return new Built<>(null, e);
      }
    }

    T get() {
      if (failure != null) {
        throw failure;
      }
      return value;
    }
  }
}

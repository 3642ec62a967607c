package dev.pitkit.ghl.boot;

/**
 * A {@code ghl.*} property is missing or invalid: thrown while the {@code GhlClient} bean is created,
 * and turned into a startup report by {@link GhlFailureAnalyzer}. The message names the property
 * and what is wrong with it, never its value.
 */
public final class GhlPropertyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String problem;

  /**
   * @param property the property, e.g. {@code ghl.api-key}
   * @param problem what is wrong, without the value, e.g. {@code is required}
   */
  public GhlPropertyException(String property, String problem) {
    super("Property " + property + " " + problem);
    this.property = property;
    this.problem = problem;
  }

  /** The property, e.g. {@code ghl.api-key}. */
  public String property() {
    return property;
  }

  /** What is wrong with it (never its value). */
  public String problem() {
    return problem;
  }
}

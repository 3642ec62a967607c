package dev.pitkit.ghl.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a missing or invalid {@code ghl.*} property (the client's, {@code ghl.health.*} or {@code ghl.webhooks.*}) at startup ("APPLICATION FAILED TO START"):
 * names the property and the problem, never the value. Registered in {@code META-INF/spring.factories}.
 */
public final class GhlFailureAnalyzer extends AbstractFailureAnalyzer<GhlPropertyException> {
  /** Created by Spring Boot. */
  public GhlFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, GhlPropertyException cause) {
    if (cause.property().startsWith("ghl.webhooks.")) {
      return new FailureAnalysis("The GHL webhook verifier (dev.pitkit:ghl-spring-boot-starter) could not be configured: property '"
          + cause.property() + "' " + cause.problem() + ".",
          "Correct " + cause.property() + " (see the Webhooks section of the README or your IDE's completion),"
              + " define a WebhookVerifier bean of your own, or set ghl.webhooks.enabled=false.", cause);
    }
    if (cause.property().startsWith("ghl.health.")) {
      return new FailureAnalysis("The GHL health indicator (dev.pitkit:ghl-spring-boot-starter) could not be configured:"
          + " property '" + cause.property() + "' " + cause.problem() + ".",
          "Correct " + cause.property() + " (see the starter's properties in the README or your IDE's completion),"
              + " or set ghl.health.enabled=false.", cause);
    }
    String description = "The GHL client (dev.pitkit:ghl-spring-boot-starter) could not be configured: property '"
        + cause.property() + "' " + cause.problem() + ".";
    String action = cause.problem().startsWith("is a placeholder")
        ? "Set the environment variable or property the placeholder names, or give it a default; or define a"
            + " GhlClient bean of your own."
        : "ghl.api-key".equals(cause.property())
        ? "Set ghl.api-key, e.g. ghl.api-key=${MATON_API_KEY} in application.properties or the environment variable"
            + " GHL_API_KEY; or define a GhlClient bean of your own."
        : "Correct " + cause.property() + " (see the starter's properties in the README or your IDE's completion),"
            + " or define a GhlClient bean of your own.";
    return new FailureAnalysis(description, action, cause);
  }
}

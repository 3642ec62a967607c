package dev.pitkit.ghl.boot;

import dev.pitkit.ghl.client.GhlClient;

/**
 * Adjusts the auto-configured {@link GhlClient}'s builder after the {@code ghl.*} properties are
 * applied and before it is built: a bean of this type for a setting the properties do not cover
 * (an {@code HttpClient} with a proxy, a custom {@code RetryPolicy}, ...). Applied in
 * {@code @Order}; not applied when the application defines its own {@code GhlClient} bean.
 */
@FunctionalInterface
public interface GhlClientBuilderCustomizer {
  /**
   * Customises the builder.
   *
   * @param builder the builder, with the properties applied
   */
  void customize(GhlClient.Builder builder);
}

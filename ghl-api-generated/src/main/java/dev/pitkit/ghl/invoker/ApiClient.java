package dev.pitkit.ghl.invoker;

/**
 * Marker that replaces openapi-generator's {@code ApiClient}.
 *
 * <p>The feign templates declare every generated interface as {@code extends ApiClient.Api}; the
 * full generated ApiClient would drag in OkHttp and feign-form and expose a second way to build
 * clients. The {@code GhlClient} facade in {@code ghl-client-ext} builds the Feign targets instead.
 */
public final class ApiClient {
  private ApiClient() {}

  /** Super-interface of every generated Feign interface. */
  public interface Api {}
}

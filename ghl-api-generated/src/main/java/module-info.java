/**
 * The Feign interfaces ({@code dev.pitkit.ghl.api}) and Jackson models ({@code dev.pitkit.ghl.model})
 * generated from {@code spec/openapi.yaml}, with the {@code @GhlOperation} metadata of each method
 * ({@code dev.pitkit.ghl.invoker}).
 *
 * <p>Hand-written, beside the generated sources. The modules the generated signatures mention are
 * required transitively, so a modular application needs only {@code requires dev.pitkit.ghl.client}
 * (or this module, for the raw interfaces). The models are open: Jackson and Hibernate Validator
 * read them reflectively.
 */
module dev.pitkit.ghl.generated {
  requires transitive feign.core;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.validation;
  requires transitive jakarta.annotation;
  requires transitive feign.jackson; // the generator's ApiResponseDecoder extends its JacksonDecoder
  requires transitive org.openapitools.jackson.nullable; // JsonNullable: request fields GHL clears when sent null

  exports dev.pitkit.ghl.api;
  exports dev.pitkit.ghl.model;
  exports dev.pitkit.ghl.invoker;

  opens dev.pitkit.ghl.model;
}

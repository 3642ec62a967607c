package dev.pitkit.ghl.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points the auto-configured {@code GhlClient} of a {@code @SpringBootTest} at the testkit's mock
 * gateway, in one line:
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureGhlMock
 * class CrmSyncTest {
 *   @Autowired GhlClient ghl;          // talks to the mock: no network, no credentials
 *   @Autowired GhlMockServer gateway;  // gateway.operation("getContact").willReturnError(404), gateway.verify()...
 *
 *   @BeforeEach void fresh() { gateway.reset(); }  // the server outlives the test: start each one clean
 * }
 * }</pre>
 *
 * <p>Starts a {@code GhlMockServer} on a free port for the test's application context (shared by
 * the test classes that share the context, stopped when it closes or fails to start), registers it
 * as a bean, and sets {@code ghl.base-url} to it ahead of every other property source.
 * {@code ghl.api-key} and {@code ghl.connections.*} get test values ({@link #API_KEY},
 * {@link #AGENCY_CONNECTION}, {@link #SUB_ACCOUNT_CONNECTION}) only where the application does not
 * set them: unset, blank, or a placeholder nothing resolves ({@code ghl.api-key=${MATON_API_KEY}}
 * on a machine without that variable).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureGhlMock {
  /** The API key the client is given when the application sets none: obviously not a real one. */
  String API_KEY = "test_maton_key_not_secret";
  /** The agency connection given when the application sets none. */
  String AGENCY_CONNECTION = "conn_agency_test";
  /** The sub-account connection given when the application sets none. */
  String SUB_ACCOUNT_CONNECTION = "conn_sub_account_test";

  /** Answer requests that violate the spec with a 422 listing the violations (the testkit's request validation). */
  boolean validateRequests() default true;
}

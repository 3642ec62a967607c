/**
 * Spring Boot test support: {@link dev.pitkit.ghl.boot.test.AutoConfigureGhlMock} points the
 * auto-configured {@code GhlClient} at the testkit's mock gateway. Test scope only.
 */
package dev.pitkit.ghl.boot.test;

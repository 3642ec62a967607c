/** Contract-test kit: WireMock stubs for every operation of the spec, a JUnit 5 extension and a standalone mock gateway. */
package dev.pitkit.ghl.testkit;

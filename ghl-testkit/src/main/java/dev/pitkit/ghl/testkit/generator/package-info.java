/** Build-time generation of the testkit's WireMock mappings from the spec's examples. */
package dev.pitkit.ghl.testkit.generator;

/**
 * Implementation details of the testkit (stub catalog and mappings, fault injection, request
 * validation, gateway checks). Public only so the testkit's packages can share them; not a supported API.
 */
package dev.pitkit.ghl.testkit.internal;

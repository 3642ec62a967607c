/**
 * Implementation details of the testkit (stub catalog, fault injection, page chains, request
 * validation). Public only so the testkit's packages can share them; not a supported API.
 */
package dev.pitkit.ghl.testkit.internal;

/** JMH benchmarks of the client against a local HTTP server. */
package dev.pitkit.ghl.benchmarks;

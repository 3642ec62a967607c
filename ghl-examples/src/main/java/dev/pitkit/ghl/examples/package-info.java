/** The runnable demo and focused, compiled examples. */
package dev.pitkit.ghl.examples;

/** Needs nothing of the library but its facade module; the JDK HTTP server stands in for the gateway. */
module com.example.modular {
  requires dev.pitkit.ghl.client;
  requires jdk.httpserver;
}

package com.example.modular;

import com.sun.net.httpserver.HttpServer;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.GhlFeign;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import dev.pitkit.ghl.model.ContactsListResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the library on the module path: the facade (decoding, typed errors, validation with
 * Hibernate Validator, auto-pagination) and GhlFeign, against a local stand-in for the gateway.
 * Prints each check; exits 1 when one fails.
 */
public final class Main {
  private static final List<String> failures = new ArrayList<>();

  private static void check(String what, boolean ok, Object detail) {
    System.out.println((ok ? "ok    " : "FAIL  ") + what + ": " + detail);
    if (!ok) {
      failures.add(what);
    }
  }

  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String query = String.valueOf(exchange.getRequestURI().getQuery());
      int status = 200;
      String body;
      if (path.endsWith("/contacts/abc123")) {
        body = "{\"contact\":{\"id\":\"abc123\",\"firstName\":\"John\"}}";
      } else if (path.endsWith("/contacts/")) {
        body = query.contains("startAfterId")
            ? "{\"contacts\":[],\"meta\":{\"total\":2}}"
            : "{\"contacts\":[{\"id\":\"c1\"},{\"id\":\"c2\"}],\"meta\":{\"total\":2,\"startAfterId\":\"c2\",\"startAfter\":1700000000000}}";
      } else {
        status = 404;
        body = "{\"statusCode\":404,\"message\":\"Contact not found\"}";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    try {
      GhlClient ghl = GhlClient.builder().apiKey("test_maton_key_not_secret").baseUrl(baseUrl)
          .subAccountConnection("conn_sub").build();
      check("module", "dev.pitkit.ghl.client".equals(GhlClient.class.getModule().getName()), GhlClient.class.getModule());

      String name = ghl.contacts().getContact("abc123").getContact().getFirstName();
      check("decoded", "John".equals(name), name);

      try {
        ghl.contacts().getContact("gone");
        check("typed error", false, "no exception");
      } catch (NotFoundException e) {
        check("typed error", "Contact not found".equals(e.errorMessage()), e.errorMessage());
      }

      try {
        ghl.contacts().createContactTask("c1", new ContactTaskCreateRequest().title("Call back"));
        check("validation", false, "sent");
      } catch (GhlValidationException e) {
        check("validation", e.violations().size() == 2, e.violations());
      }

      List<String> ids = ghl.paginate(ContactsApi.class, api -> api.listContacts("loc123", 2, null, null, null),
              ContactsListResponse::getContacts)
          .stream().map(Contact::getId).toList();
      check("pagination", ids.equals(List.of("c1", "c2")), ids);

      ContactsApi raw = GhlFeign.builder("test_maton_key_not_secret", null, "conn_sub").target(ContactsApi.class, baseUrl);
      String viaFeign = raw.getContact("abc123").getContact().getFirstName();
      check("GhlFeign", "John".equals(viaFeign), viaFeign);
    } finally {
      server.stop(0);
    }
    if (!failures.isEmpty()) {
      System.out.println("failed: " + failures);
      System.exit(1);
    }
  }
}

package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.ContactResponse;
import java.io.PrintStream;

/**
 * One cold start, run by {@link ColdStart} in a fresh JVM: builds one client, makes its first call
 * and prints {@code DECODED <contact id>} as soon as the response is decoded.
 *
 * <p>Variants: {@code facade} (GhlClient as users build it, all defaults), {@code feign} (the raw
 * generated interface), {@code official} (openapi-generator's native client of GHL's own
 * contacts.json), {@code baseline} (java.net.http + Jackson), {@code facade-create} and
 * {@code baseline-create} (a first POST instead, whose body the facade validates), {@code jvm} (prints at once:
 * the JVM's own start-up floor).
 */
public final class ColdStartChild {
  private ColdStartChild() {}

  public static void main(String[] args) throws Exception {
    QuietLogs.apply();
    String variant = args[0];
    String baseUrl = args.length > 1 ? args[1] : null;
    String id = switch (variant) {
      case "jvm" -> "none";
      case "facade" -> GhlClient.builder()
          .apiKey(Payloads.API_KEY)
          .baseUrl(baseUrl)
          .subAccountConnection(Payloads.CONNECTION)
          .build()
          .contacts().getContact(Payloads.PLAIN_CONTACT_ID).getContact().getId();
      case "feign" -> Clients.rawFeign(baseUrl).getContact(Payloads.PLAIN_CONTACT_ID).getContact().getId();
      case "official" -> Clients.official(baseUrl).getContact(Payloads.VERSION, Payloads.PLAIN_CONTACT_ID).getContact().getId();
      case "facade-create" -> GhlClient.builder()
          .apiKey(Payloads.API_KEY)
          .baseUrl(baseUrl)
          .subAccountConnection(Payloads.CONNECTION)
          .build()
          .contacts().createContact(Payloads.createRequest()).getContact().getId();
      case "baseline-create" -> Clients.baseline(baseUrl).createContact(Payloads.createRequest()).getContact().getId();
      case "baseline" -> {
        ContactResponse r = Clients.baseline(baseUrl).getContact(Payloads.PLAIN_CONTACT_ID);
        yield r.getContact().getId();
      }
      default -> throw new IllegalArgumentException("variant: jvm, facade, feign, official, baseline, facade-create or baseline-create");
    };
    PrintStream out = System.out;
    out.println("DECODED " + id);
    out.flush();
    System.exit(0);
  }
}

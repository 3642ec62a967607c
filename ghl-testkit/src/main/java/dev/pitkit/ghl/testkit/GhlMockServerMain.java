package dev.pitkit.ghl.testkit;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Command line of the standalone mock gateway:
 * <pre>
 * java -jar ghl-testkit-&lt;version&gt;-standalone.jar --port 8089
 * curl -H "Authorization: Bearer test" "http://localhost:8089/highlevel-pit/contacts/?locationId=loc123&amp;limit=10"
 * </pre>
 * Run with {@code --help} for the options.
 */
public final class GhlMockServerMain {
  private GhlMockServerMain() {}

  /** Starts the gateway and blocks until the JVM is stopped (Ctrl-C). */
  public static void main(String[] args) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    boolean[] running = {false};
    int code = run(args, System.out, System.err, gateway -> {
      running[0] = true;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        gateway.close();
        stopped.countDown();
      }, "ghl-mock-gateway-shutdown"));
    });
    if (code != 0) {
      System.exit(code);
    }
    if (running[0]) {
      stopped.await();
    }
  }

  /**
   * Parses {@code args}, then prints the usage (for {@code --help}), or an error and the usage
   * (exit code 2), or starts the gateway, prints how to use it and hands it to {@code started}.
   *
   * @return the process exit code: 0, 2 for a bad command line, 1 when the gateway cannot start
   *     (e.g. its port is taken)
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Consumer<GhlMockServer> started) {
    GhlMockServer.Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println();
      usage(err);
      return 2;
    }
    if (options == null) {
      usage(out);
      return 0;
    }
    GhlMockServer gateway;
    try {
      gateway = GhlMockServer.start(options);
    } catch (RuntimeException e) { // e.g. the port is taken: say so, without a stack trace
      err.println("error: the gateway did not start: " + e.getMessage());
      return 1;
    }
    banner(out, gateway);
    started.accept(gateway);
    return 0;
  }

  /**
   * Parses the command line.
   *
   * @return the options, or null when help was asked for
   * @throws IllegalArgumentException on an unknown or malformed option
   */
  public static GhlMockServer.Options parse(String... args) {
    GhlMockServer.Options o = GhlMockServer.Options.defaults();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        value = a.substring(eq + 1);
        a = a.substring(0, eq);
      }
      switch (a) {
        case "-h", "--help" -> {
          return null;
        }
        case "--port", "-p" -> o.port(intValue(a, value != null ? value : next(args, ++i, a)));
        case "--bind-address" -> o.bindAddress(value != null ? value : next(args, ++i, a));
        case "--verbose", "-v" -> o.verbose(true);
        case "--validate" -> o.validateRequests(true);
        case "--agency-connection" -> o.agencyConnections(ids(value != null ? value : next(args, ++i, a)));
        case "--sub-account-connection" -> o.subAccountConnections(ids(value != null ? value : next(args, ++i, a)));
        case "--no-header-faults" -> o.headerFaults(false);
        case "--fault-rate-limit" -> o.rateLimitAll();
        case "--fault-server-error" -> o.serverErrorAll(value != null ? intValue(a, value) : 500);
        case "--fault-reset" -> o.resetAll();
        case "--fault-delay" -> o.delayAll(Duration.ofMillis(intValue(a, value != null ? value : next(args, ++i, a))));
        case "--fault-stall" -> o.stallAll(Duration.ofMillis(intValue(a, value != null ? value : next(args, ++i, a))));
        case "--fault-every" -> o.every(intValue(a, value != null ? value : next(args, ++i, a)));
        case "--retry-after" -> {
          int s = intValue(a, value != null ? value : next(args, ++i, a));
          o.retryAfter(s < 0 ? null : Duration.ofSeconds(s));
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    return o;
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static String[] ids(String commaSeparated) {
    return commaSeparated.split(",");
  }

  private static int intValue(String option, String v) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got '" + v + "'");
    }
  }

  static void banner(PrintStream out, GhlMockServer gw) {
    String base = "http://localhost:" + gw.port();
    out.println("GHL mock gateway (ghl-testkit) listening on " + base + " - " + gw.operationCount() + " operations from the spec's examples.");
    out.println("Not a stateful GHL: every call answers the spec's example; requests without Authorization get 401.");
    out.println("Try:");
    out.println("  curl -s \"" + base + "/highlevel-pit/contacts/?locationId=loc123&limit=10\" -H \"Authorization: Bearer $MATON_API_KEY\"");
    out.println("  curl -s \"" + base + "/connections?app=highlevel-pit&status=ACTIVE\" -H \"Authorization: Bearer $MATON_API_KEY\"");
    out.println("  curl -si \"" + base + "/highlevel-pit/contacts/abc123\" -H \"Authorization: Bearer x\" -H \"X-Mock-Fault: 429\"");
    out.println("Stop with Ctrl-C.");
  }

  static void usage(PrintStream out) {
    out.println("""
        usage: java -jar ghl-testkit-<version>-standalone.jar [options]

        Serves every operation of the GHL-via-Maton spec with the spec's example responses, under the
        gateway's paths (/highlevel-pit/..., /connections...). Replace https://api.maton.ai with
        http://localhost:<port> in any request. Requests without Authorization get 401.

        options:
          --port N, -p N          port to listen on (default 8089; 0 = any free port)
          --bind-address ADDR     address to bind (default: all interfaces)
          --verbose, -v           log every request and response
          --validate              answer requests that violate the spec with 422 and the violations
          --agency-connection ID[,ID...]       connections known to be agency ones (repeatable)
          --sub-account-connection ID[,ID...]  connections known to be sub-account ones (repeatable);
                                  a known connection of the wrong kind gets GHL's 401/403,
                                  any other connection is accepted
          --fault-rate-limit      answer 429 (with Retry-After, see --retry-after)
          --fault-server-error[=STATUS]  answer 500 (or STATUS)
          --fault-reset           reset every connection
          --fault-delay MS        delay every response by MS milliseconds
          --fault-stall MS        send the headers, then stall the body: complete only after MS
          --fault-every N         apply the --fault-* answers to every N-th request only (default 1)
          --retry-after S         Retry-After seconds of --fault-rate-limit (default 1; -1 = none)
          --no-header-faults      ignore the X-Mock-Fault request header
          --help, -h              this help

        per-request faults, header X-Mock-Fault (comma-separated):
          429 | 500 | any 4xx/5xx status | reset | empty | delay=MS | stall=MS | retry-after=S | no-retry-after
          e.g. -H "X-Mock-Fault: 429, retry-after=5"   -H "X-Mock-Fault: delay=200"
        """);
  }
}

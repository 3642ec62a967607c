package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlInterruptedException;
import dev.pitkit.ghl.client.error.RateLimitException;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rate-limited throughput (a plain program, not JMH): {@code threads} threads call getContact
 * through ONE facade with its default limiter ON, for {@code seconds}, against a local server that
 * enforces GHL's burst limit (100 requests per sliding 10 s per Maton-Connection, 429 beyond,
 * X-RateLimit-* headers on every answer). Prints the successful rate as a fraction of the allowed
 * 10/s, failed calls, 429s the caller saw and 429s the server sent.
 *
 * <pre>java -cp ghl-benchmarks/target/benchmarks.jar dev.pitkit.ghl.benchmarks.RateLimitedThroughput [seconds] [threads] [warm|cold]</pre>
 *
 * {@code cold} skips the warm-up call (see {@link #run(Duration, int, RateLimiter, boolean)}).
 * {@code -Dghl.bench.trace=true} prints the server's view of every request.
 */
public final class RateLimitedThroughput {
  /** GHL's burst limit, as the server enforces it. */
  public static final int LIMIT = 100;
  /** GHL's burst window. */
  public static final Duration WINDOW = Duration.ofSeconds(10);

  /**
   * The figures of one run.
   *
   * @param seconds measured time
   * @param threads calling threads
   * @param ok calls that returned a decoded contact before the deadline
   * @param failed calls that threw anything other than a 429
   * @param callerSaw429 calls that threw {@link RateLimitException}
   * @param server429 429s the server sent (retried ones included)
   * @param serverAccepted requests the server answered 200
   * @param perWindow requests the server accepted in each 10 s window from the start
   * @param longestPauseMillis longest gap between two accepted requests
   * @param firstFailure the first failure, or null
   */
  public record Result(double seconds, int threads, long ok, long failed, long callerSaw429, long server429,
      long serverAccepted, List<Long> perWindow, long longestPauseMillis, String firstFailure) {

    /** The allowed rate: 100 per 10 s. */
    public double allowedPerSecond() {
      return LIMIT / (double) WINDOW.toSeconds();
    }

    /** Successful calls per second. */
    public double okPerSecond() {
      return ok / seconds;
    }

    /** Successful rate over allowed rate. */
    public double fractionOfAllowed() {
      return okPerSecond() / allowedPerSecond();
    }

    /** The report lines. */
    public String format() {
      return String.format(Locale.ROOT,
          "rate-limited throughput: %d threads, %.1f s, one client (default limiter ON), server limit %d per %d s per connection (%.1f/s)%n"
          + "  successful calls         : %d (%.2f/s = %.1f %% of the allowed rate)%n"
          + "  failed calls             : %d%s%n"
          + "  429s seen by the caller  : %d%n"
          + "  429s sent by the server  : %d (requests the server accepted: %d)%n"
          + "  accepted per 10 s window : %s%n"
          + "  longest pause between two accepted requests: %d ms%n",
          threads, seconds, LIMIT, WINDOW.toSeconds(), allowedPerSecond(), ok, okPerSecond(), 100 * fractionOfAllowed(),
          failed, firstFailure == null ? "" : " (first: " + firstFailure + ")", callerSaw429, server429, serverAccepted,
          perWindow, longestPauseMillis);
    }
  }

  private RateLimitedThroughput() {}

  /** Runs for {@code duration} with {@code threads} threads; {@code limiter} null means the facade's default. */
  public static Result run(Duration duration, int threads, RateLimiter limiter) throws IOException, InterruptedException {
    return run(duration, threads, limiter, true);
  }

  /**
   * As {@link #run(Duration, int, RateLimiter)}; {@code warm} first makes one call through the same
   * client on another Maton-Connection (its own server and limiter window), so the measured 30 s
   * do not include the JVM's class loading and JIT of the first call (about 0.3 to 1.5 s here).
   */
  public static Result run(Duration duration, int threads, RateLimiter limiter, boolean warm)
      throws IOException, InterruptedException {
    QuietLogs.apply();
    try (LocalGhlServer server = LocalGhlServer.startRateLimited(LIMIT, WINDOW.toMillis())) {
      GhlClient.Builder b = GhlClient.builder()
          .apiKey(Payloads.API_KEY)
          .baseUrl(server.baseUrl())
          .subAccountConnection(Payloads.CONNECTION);
      if (limiter != null) {
        b.rateLimiter(limiter);
      }
      GhlClient ghl = b.build();
      if (warm) {
        ghl.withConnection("conn_warmup").contacts().getContact(Payloads.CONTACT_ID);
        server.resetCounters();
      }
      ContactsApi contacts = ghl.contacts();
      AtomicLong ok = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      AtomicLong saw429 = new AtomicLong();
      AtomicReference<String> firstFailure = new AtomicReference<>();
      CountDownLatch go = new CountDownLatch(1);
      long[] window = new long[2];
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread t = new Thread(() -> {
          try {
            go.await();
          } catch (InterruptedException e) {
            return;
          }
          long deadline = window[1];
          while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            try {
              contacts.getContact(Payloads.CONTACT_ID);
              if (System.nanoTime() <= deadline) {
                ok.incrementAndGet();
              }
            } catch (RateLimitException e) {
              saw429.incrementAndGet();
            } catch (GhlInterruptedException e) {
              if (System.nanoTime() < deadline) {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, e.toString());
              }
              return;
            } catch (RuntimeException e) {
              failed.incrementAndGet();
              firstFailure.compareAndSet(null, e.toString());
            }
          }
        }, "caller-" + i);
        t.setDaemon(true);
        t.start();
        workers.add(t);
      }
      window[0] = System.nanoTime();
      window[1] = window[0] + duration.toNanos();
      go.countDown();
      long sleep = window[1] - System.nanoTime();
      if (sleep > 0) {
        TimeUnit.NANOSECONDS.sleep(sleep);
      }
      for (Thread t : workers) {
        t.interrupt(); // the ones waiting in the limiter
      }
      for (Thread t : workers) {
        t.join(TimeUnit.SECONDS.toMillis(10));
      }
      if (Boolean.getBoolean("ghl.bench.trace")) {
        server.trace().forEach(System.out::println);
      }
      List<Long> arrivals = server.acceptedAtNanos();
      List<Long> perWindow = new ArrayList<>();
      long pause = 0;
      long previous = window[0];
      for (long at : arrivals) {
        if (at > window[1]) {
          break;
        }
        int w = (int) ((at - window[0]) / WINDOW.toNanos());
        while (perWindow.size() <= w) {
          perWindow.add(0L);
        }
        perWindow.set(w, perWindow.get(w) + 1);
        pause = Math.max(pause, at - previous);
        previous = at;
      }
      return new Result(duration.toNanos() / 1e9, threads, ok.get(), failed.get(), saw429.get(), server.rejected429(),
          server.accepted(), perWindow, TimeUnit.NANOSECONDS.toMillis(pause), firstFailure.get());
    }
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    String mode = args.length > 2 ? args[2] : "warm";
    if (!mode.equals("warm") && !mode.equals("cold")) {
      throw new IllegalArgumentException("third argument: warm or cold, was " + mode);
    }
    boolean warm = mode.equals("warm");
    Result r = run(Duration.ofSeconds(seconds), threads, null, warm);
    PrintStream out = System.out;
    out.print("[limiter: facade default" + (warm ? ", warm client] " : ", cold client] ") + r.format());
    out.flush();
  }
}

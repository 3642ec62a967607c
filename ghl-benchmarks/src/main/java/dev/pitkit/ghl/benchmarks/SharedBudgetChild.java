package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlInterruptedException;
import dev.pitkit.ghl.client.error.RateLimitException;
import dev.pitkit.ghl.ratelimit.redis.RedisRateLimiter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One instance of the application in {@link SharedBudgetThroughput}: a JVM with one
 * {@link GhlClient} and {@code threads} threads calling getContact through one connection.
 *
 * <pre>SharedBudgetChild baseUrl seconds threads local|redis [redisUrl]</pre>
 *
 * Prints {@code READY} once warm, starts on a line {@code GO} on its standard input, and prints
 * {@code RESULT ok failed callerSaw429 firstFailure}.
 */
public final class SharedBudgetChild {
  private SharedBudgetChild() {}

  public static void main(String[] args) throws Exception {
    QuietLogs.apply();
    String baseUrl = args[0];
    long seconds = Long.parseLong(args[1]);
    int threads = Integer.parseInt(args[2]);
    boolean redis = args[3].equals("redis");
    RedisRateLimiter shared = redis ? RedisRateLimiter.builder().apiKey(Payloads.API_KEY).url(args[4]).build() : null;
    GhlClient.Builder b = GhlClient.builder().apiKey(Payloads.API_KEY).baseUrl(baseUrl).subAccountConnection(Payloads.CONNECTION);
    if (shared != null) {
      b.rateLimiter(shared);
    }
    GhlClient ghl = b.build();
    ghl.withConnection("conn_warmup").contacts().getContact(Payloads.CONTACT_ID); // class loading, JIT of the first call
    PrintStream out = System.out;
    out.println("READY");
    out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String go = in.readLine();
    if (!"GO".equals(go)) {
      return;
    }
    ContactsApi contacts = ghl.contacts();
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong saw429 = new AtomicLong();
    AtomicReference<String> firstFailure = new AtomicReference<>("-");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch done = new CountDownLatch(threads);
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            try {
              contacts.getContact(Payloads.CONTACT_ID);
              if (System.nanoTime() <= deadline) {
                ok.incrementAndGet();
              }
            } catch (RateLimitException e) {
              saw429.incrementAndGet();
              firstFailure.compareAndSet("-", e.getClass().getSimpleName());
            } catch (GhlInterruptedException e) {
              return; // stopped at the deadline while waiting for the limiter
            } catch (RuntimeException e) {
              if (System.nanoTime() < deadline) {
                failed.incrementAndGet();
                firstFailure.compareAndSet("-", e.getClass().getSimpleName());
              }
            }
          }
        } finally {
          done.countDown();
        }
      }, "caller-" + i);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    long sleep = deadline - System.nanoTime();
    if (sleep > 0) {
      TimeUnit.NANOSECONDS.sleep(sleep);
    }
    workers.forEach(Thread::interrupt); // the ones waiting in the limiter
    done.await(10, TimeUnit.SECONDS);
    out.println("RESULT " + ok.get() + " " + failed.get() + " " + saw429.get() + " " + firstFailure.get().replace(' ', '_'));
    out.flush();
    if (shared != null) {
      shared.close();
    }
    System.exit(0);
  }
}

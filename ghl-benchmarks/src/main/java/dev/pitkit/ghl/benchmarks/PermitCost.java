package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.Sleeper;
import dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter;
import dev.pitkit.ghl.ratelimit.redis.RedisRateLimiter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one permit costs (a plain program, not JMH): one thread takes a permit and hands back a
 * response with GHL's headers ({@code acquirePermit} + {@code onPermitResponse}, what the client does
 * per request), with limits so high that nobody waits, through the in-JVM
 * {@link SlidingWindowRateLimiter} and through {@link RedisRateLimiter} on a redis-server on
 * loopback. The two alternate in blocks of 1,000 permits, so machine load hits both alike.
 *
 * <pre>java -cp ghl-benchmarks/target/benchmarks.jar dev.pitkit.ghl.benchmarks.PermitCost [permits]</pre>
 */
public final class PermitCost {
  private PermitCost() {}

  /** Per variant, {@code {median, p99}} in µs of acquire + response. */
  public static Map<String, double[]> run(int permits) throws IOException, InterruptedException {
    RateLimitInfo info = RateLimitInfo.parse(Map.of("X-RateLimit-Max", List.of("1000000"),
        "X-RateLimit-Remaining", List.of("999999"), "X-RateLimit-Interval-Milliseconds", List.of("10000"),
        "X-RateLimit-Limit-Daily", List.of("100000000"), "X-RateLimit-Daily-Remaining", List.of("99999999")), Clock.systemUTC());
    try (LocalRedis redis = LocalRedis.start();
        RedisRateLimiter shared = RedisRateLimiter.builder().apiKey(Payloads.API_KEY).url(redis.url())
            .burstLimit(1_000_000, Duration.ofSeconds(10)).matonLimit(1_000_000, Duration.ofSeconds(1))
            .dailyLimit(100_000_000).commandTimeout(Duration.ofSeconds(2)).build()) {
      SlidingWindowRateLimiter local = new SlidingWindowRateLimiter(1_000_000, Duration.ofSeconds(10), 1_000_000,
          Duration.ofSeconds(1), Clock.systemUTC(), Sleeper.SYSTEM);
      int warm = Math.min(permits, 20_000);
      time(local, info, new long[warm]);
      time(shared, info, new long[warm]);
      long[] l = new long[permits];
      long[] r = new long[permits];
      int block = 1_000;
      for (int from = 0; from < permits; from += block) {
        int n = Math.min(block, permits - from);
        long[] a = new long[n];
        long[] b = new long[n];
        time(local, info, a);
        time(shared, info, b);
        System.arraycopy(a, 0, l, from, n);
        System.arraycopy(b, 0, r, from, n);
      }
      if (!shared.isRedisAvailable()) {
        throw new IllegalStateException("Redis failed during the measurement: the figures would be the fallback's");
      }
      Map<String, double[]> out = new LinkedHashMap<>();
      out.put("in-JVM", stats(l));
      out.put("Redis", stats(r));
      return out;
    }
  }

  private static void time(RateLimiter limiter, RateLimitInfo info, long[] nanos) throws InterruptedException {
    for (int i = 0; i < nanos.length; i++) {
      long t0 = System.nanoTime();
      RateLimiter.Permit p = limiter.acquirePermit(Payloads.CONNECTION);
      limiter.onPermitResponse(p, info);
      nanos[i] = System.nanoTime() - t0;
    }
  }

  private static double[] stats(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return new double[] {s[s.length / 2] / 1e3, s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] / 1e3};
  }

  /** The README's table. */
  public static String format(Map<String, double[]> stats) {
    double[] l = stats.get("in-JVM");
    double[] r = stats.get("Redis");
    return String.format(Locale.ROOT, "| per permit (acquire + response) | median | p99 |%n|---|---|---|%n"
        + "| in-JVM `SlidingWindowRateLimiter` | %.1f µs | %.1f µs |%n| `RedisRateLimiter`, Redis on loopback | %.1f µs | %.1f µs |%n"
        + "| added by Redis | %.1f µs | %.1f µs |", l[0], l[1], r[0], r[1], r[0] - l[0], r[1] - l[1]);
  }

  public static void main(String[] args) throws Exception {
    int permits = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    System.out.println(format(run(permits)));
  }
}

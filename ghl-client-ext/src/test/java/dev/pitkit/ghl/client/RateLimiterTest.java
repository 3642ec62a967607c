package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.internal.CloseSignal;
import dev.pitkit.ghl.client.internal.WithMatonLimit;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.Sleeper;
import dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter;
import feign.http2client.Http2Client;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client-side limiter: {@link SlidingWindowRateLimiter} on its own, then through the client
 * against WireMock. Time is fake: either a clock that sleeping advances ({@link FakeRetryClock}), or
 * a frozen clock where each caller's release instant is "now + the wait it was given" (many
 * callers arriving at once). Assertions are on those fake instants, never on wall-clock time.
 */
class RateLimiterTest {
  private static final long GHL_WINDOW = 10_000;
  private static final long MATON_WINDOW = 1_000;

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).configureStaticDsl(false).build();

  private final FakeRetryClock time = new FakeRetryClock();

  // ---- window checks ------------------------------------------------------------------------------

  /** The most releases in any interval [s, s + window). The fullest one starts at a release. */
  static int busiestWindow(List<Long> releases, long window) {
    List<Long> sorted = new ArrayList<>(releases);
    Collections.sort(sorted);
    int best = 0;
    int j = 0;
    for (int i = 0; i < sorted.size(); i++) {
      while (j < sorted.size() && sorted.get(j) < sorted.get(i) + window) {
        j++;
      }
      best = Math.max(best, j - i);
    }
    return best;
  }

  private static void assertWithin(List<Long> releases, int max, long window, String what) {
    int busiest = busiestWindow(releases, window);
    assertTrue(busiest <= max, what + ": " + busiest + " requests in one " + window + " ms window, limit " + max);
  }

  @Test
  void busiestWindowCountsHalfOpenIntervals() {
    assertEquals(2, busiestWindow(List.of(0L, 999L, 1000L), 1000));
    assertEquals(3, busiestWindow(List.of(0L, 999L, 1000L), 1001));
    assertEquals(0, busiestWindow(List.of(), 1000));
  }

  /** Frozen time: a sleeper that records the wait of the calling thread without advancing anything. */
  private static final class FrozenTime implements Sleeper {
    final Clock clock = Clock.fixed(FakeRetryClock.START, ZoneOffset.UTC);
    private final ThreadLocal<Long> lastWait = new ThreadLocal<>();

    @Override
    public void sleep(Duration d) {
      lastWait.set(d.toMillis());
    }

    /** Acquires and returns the release instant, relative to the frozen now. */
    long acquire(RateLimiter limiter, String key) throws InterruptedException {
      lastWait.remove();
      limiter.acquirePermit(key);
      Long w = lastWait.get();
      return w == null ? 0 : w;
    }
  }

  private SlidingWindowRateLimiter defaultLimits(Clock clock, Sleeper sleeper) {
    return new SlidingWindowRateLimiter(SlidingWindowRateLimiter.GHL_BURST_MAX, SlidingWindowRateLimiter.GHL_BURST_WINDOW,
        SlidingWindowRateLimiter.MATON_MAX, SlidingWindowRateLimiter.MATON_WINDOW, clock, sleeper);
  }

  // ---- the limiter on its own -------------------------------------------------------------------

  @Test
  void sequentialCallsForOneLocationKeepBothWindowsAndLoseNoCapacity() throws Exception {
    SlidingWindowRateLimiter limiter = defaultLimits(time, time);
    List<Long> releases = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      limiter.acquirePermit("loc1");
      releases.add(time.elapsed());
    }
    assertWithin(releases, 100, GHL_WINDOW, "GHL burst");
    assertWithin(releases, 10, MATON_WINDOW, "Maton");
    assertEquals(0, releases.get(9));
    assertEquals(1000, releases.get(10));
    assertEquals(29_000, releases.get(299), "exactly as fast as 10/s allows");
  }

  @Test
  void perLocationWindowAlone() throws Exception {
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(100, Duration.ofSeconds(10), 100_000,
        Duration.ofSeconds(1), time, time);
    List<Long> releases = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      limiter.acquirePermit("loc1");
      releases.add(time.elapsed());
    }
    assertWithin(releases, 100, GHL_WINDOW, "GHL burst");
    assertEquals(0, releases.get(99));
    assertEquals(10_000, releases.get(100));
    assertEquals(20_000, releases.get(299));
  }

  @Test
  void manyCallersArrivingAtOnceAreSpreadExactlyOverTheWindows() throws Exception {
    FrozenTime frozen = new FrozenTime();
    SlidingWindowRateLimiter limiter = defaultLimits(frozen.clock, frozen);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        futures.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            mine.add(frozen.acquire(limiter, "loc1"));
          }
          return mine;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : futures) {
        List<Long> mine = f.get(60, TimeUnit.SECONDS);
        for (int i = 1; i < mine.size(); i++) {
          assertTrue(mine.get(i) >= mine.get(i - 1), "a caller's later request is never released earlier");
        }
        all.addAll(mine);
      }
      assertEquals(300, all.size());
      assertWithin(all, 100, GHL_WINDOW, "GHL burst");
      assertWithin(all, 10, MATON_WINDOW, "Maton");
      assertEquals(29_000, Collections.max(all), "no slot wasted");
      Map<Long, Integer> perSecond = new HashMap<>();
      all.forEach(t -> perSecond.merge(t / 1000, 1, Integer::sum));
      perSecond.values().forEach(n -> assertEquals(10, n));
    } finally {
      pool.shutdownNow();
    }
  }

  /** A clock moved by hand (arrival times), independent of any waiting. */
  private static final class ManualClock extends Clock {
    private volatile long offset;

    void set(long millisAfterStart) {
      offset = millisAfterStart;
    }

    long get() {
      return offset;
    }

    @Override
    public long millis() {
      return FakeRetryClock.START.toEpochMilli() + offset;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void randomArrivalsOverSeveralKeysNeverOverrunAnyWindow() throws Exception {
    ManualClock clock = new ManualClock();
    FrozenTime waits = new FrozenTime();
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(5, Duration.ofMillis(1000), 8, Duration.ofMillis(700),
        clock, waits);
    Random random = new Random(42);
    String[] keys = {"a", "b", "c", null};
    Map<String, List<Long>> perKey = new HashMap<>();
    List<Long> global = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      if (random.nextInt(4) == 0) {
        clock.set(clock.get() + random.nextInt(400)); // bursts of callers, reservations still in the future
      }
      String key = keys[random.nextInt(keys.length)];
      long release = clock.get() + waits.acquire(limiter, key);
      global.add(release);
      if (key != null) {
        perKey.computeIfAbsent(key, k -> new ArrayList<>()).add(release);
      }
    }
    assertWithin(global, 8, 700, "global");
    perKey.forEach((k, releases) -> assertWithin(releases, 5, 1000, "key " + k));
  }

  @Test
  void aFreeSlotBetweenFutureReservationsIsUsed() throws Exception {
    ManualClock clock = new ManualClock();
    FrozenTime waits = new FrozenTime();
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(5, Duration.ofMillis(1500), 10, Duration.ofMillis(1000),
        clock, waits);
    List<Long> a = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      a.add(waits.acquire(limiter, "a"));
    }
    assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 1500L, 1500L, 1500L, 1500L, 1500L), a);
    // The account window now holds 5 at 0 and 5 at 1500. At 600 no 1000 ms window holds more
    // than 5 (counting the whole span 0..1500 would wrongly say 10): there is room.
    clock.set(600);
    for (int i = 0; i < 5; i++) {
      assertEquals(0, waits.acquire(limiter, "b"), "b #" + i + " released at once at 600");
    }
    assertEquals(1500, waits.acquire(limiter, "b"), "b's own window is full until 2100");
    assertEquals(1000, waits.acquire(limiter, "c"), "[0, 1000) and [600, 1600) are full: first room at 1600");
  }

  @Test
  void aBusyLocationDoesNotHoldUpOthers() throws Exception {
    FrozenTime frozen = new FrozenTime();
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(2, Duration.ofSeconds(10), 10, Duration.ofSeconds(1),
        frozen.clock, frozen);
    assertEquals(0, frozen.acquire(limiter, "busy"));
    assertEquals(0, frozen.acquire(limiter, "busy"));
    assertEquals(10_000, frozen.acquire(limiter, "busy"));
    assertEquals(0, frozen.acquire(limiter, "other"), "not queued behind the busy location");
  }

  @Test
  void aResentRequestIsCountedAtOnceAndPushesTheNextCallsBack() throws Exception {
    FrozenTime frozen = new FrozenTime();
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(3, Duration.ofSeconds(10), 10, Duration.ofSeconds(1),
        frozen.clock, frozen);
    assertEquals(0, frozen.acquire(limiter, "a"));
    assertTrue(limiter.countResent("a"), "counted without waiting, though nothing was free for it to wait for");
    assertTrue(limiter.countResent("a"));
    assertEquals(10_000, frozen.acquire(limiter, "a"), "the window holds the call and its two resends");
    assertEquals(0, frozen.acquire(limiter, "b"), "another location's window is its own");
    for (int i = 0; i < 7; i++) {
      assertTrue(limiter.countResent(null)); // the account's window: 10 per second, 3 used so far
    }
    assertEquals(1_000, frozen.acquire(limiter, "c"), "the account's window is full until the second ends");
  }

  @Test
  void aLimiterOfYoursDoesNotCountResentRequestsUnlessItSaysSo() throws Exception {
    RateLimiter own = RateLimiter.Permit::of;
    assertFalse(own.countResent("a"), "the default: the client takes a permit for it in the background");
    WithMatonLimit wrapped = new WithMatonLimit(own, time, time, new CloseSignal());
    assertFalse(wrapped.countResent("a"), "nor does Maton's window count it then: the permit taken later counts there");
  }

  @Test
  void nullKeyCountsOnlyAgainstTheAccount() throws Exception {
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(1, Duration.ofSeconds(10), 10, Duration.ofSeconds(1), time, time);
    List<Long> releases = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      limiter.acquirePermit(null);
      releases.add(time.elapsed());
    }
    assertEquals(2000, releases.get(29));
    limiter.onPermitResponse(RateLimiter.Permit.of(null), info("X-RateLimit-Remaining", "0", "X-RateLimit-Interval-Milliseconds", "60000"));
    limiter.acquirePermit(null);
    assertEquals(3000, time.elapsed(), "headers of Maton's own API do not pause anything");
  }

  /** Sleeps on the test clock, except that it throws InterruptedException once whenever {@code next[0]} is set. */
  private Sleeper interruptingOnce(boolean[] next) {
    return d -> {
      if (next[0]) {
        next[0] = false;
        throw new InterruptedException();
      }
      time.sleep(d);
    };
  }

  @Test
  void anInterruptedCallerGivesItsSlotBack() throws Exception {
    boolean[] interruptNext = {true};
    Sleeper interrupting = interruptingOnce(interruptNext);
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(1, Duration.ofSeconds(10), 10, Duration.ofSeconds(1),
        time, interrupting);
    limiter.acquirePermit("a");
    assertThrows(InterruptedException.class, () -> limiter.acquirePermit("a"));
    limiter.acquirePermit("a");
    assertEquals(10_000, time.elapsed(), "the abandoned slot at 10 s went to the next caller");
  }

  @Test
  void interruptedBeforeWaitingThrowsAtOnce() {
    SlidingWindowRateLimiter limiter = defaultLimits(time, time);
    Thread.currentThread().interrupt();
    try {
      assertThrows(InterruptedException.class, () -> limiter.acquirePermit("a"));
    } finally {
      Thread.interrupted();
    }
  }

  private RateLimitInfo info(String... nameValues) {
    Map<String, List<String>> h = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      h.put(nameValues[i], List.of(nameValues[i + 1]));
    }
    return RateLimitInfo.parse(h, time);
  }

  @Test
  void ghlRemainingZeroPausesTheLocationForAnInterval() throws Exception {
    SlidingWindowRateLimiter limiter = defaultLimits(time, time);
    limiter.acquirePermit("a");
    limiter.onPermitResponse(RateLimiter.Permit.of("a"), info("X-RateLimit-Max", "100", "X-RateLimit-Remaining", "0",
        "X-RateLimit-Interval-Milliseconds", "10000"));
    limiter.acquirePermit("b");
    assertEquals(0, time.elapsed(), "other locations are not paused");
    limiter.acquirePermit("a");
    assertEquals(10_000, time.elapsed());
  }

  @Test
  void noHeaderPausesALocationForLongerThanTheLongestLearnedWindow() throws Exception {
    SlidingWindowRateLimiter limiter = defaultLimits(time, time);
    limiter.onPermitResponse(RateLimiter.Permit.of("a"), info("X-RateLimit-Max", "100", "X-RateLimit-Remaining", "0",
        "X-RateLimit-Interval-Milliseconds", "3600000"));
    assertEquals(SlidingWindowRateLimiter.MAX_LEARNED_WINDOW, limiter.untilBurstWindowFrees("a").orElseThrow(),
        "an hour-long window is read as a minute");
    limiter.acquirePermit("a");
    assertEquals(60_000, time.elapsed());
  }

  @Test
  void noHeaderMakesTheLimiterBookMoreThanTheLargestLearnedBurst() throws Exception {
    for (String max : List.of("2147483647", "1e30")) {
      SlidingWindowRateLimiter limiter = defaultLimits(time, time);
      limiter.onPermitResponse(limiter.acquirePermit("a"), info("X-RateLimit-Max", max, "X-RateLimit-Remaining", "1",
          "X-RateLimit-Interval-Milliseconds", "10000"));
      // read as MAX_LEARNED_BURST: the answered request plus 9,998 booked for others leave one slot
      long start = time.elapsed();
      limiter.acquirePermit("a");
      assertEquals(start, time.elapsed(), max + ": the last slot of the window is free");
      limiter.acquirePermit("a");
      assertEquals(start + 10_000, time.elapsed(), max + ": the window is full until its oldest entries leave it");
    }
  }

  @Test
  void ghlRemainingZeroPausesOnlyUntilTheOldestRequestLeavesTheWindow() throws Exception {
    SlidingWindowRateLimiter limiter = defaultLimits(time, time);
    limiter.acquirePermit("a");
    time.sleep(Duration.ofMillis(4_000));
    limiter.onPermitResponse(RateLimiter.Permit.of("a"), info("X-RateLimit-Max", "100", "X-RateLimit-Remaining", "0",
        "X-RateLimit-Interval-Milliseconds", "10000"));
    assertEquals(Duration.ofMillis(6_000), limiter.untilBurstWindowFrees("a").orElseThrow());
    limiter.acquirePermit("a");
    assertEquals(10_000, time.elapsed(), "the request at 0 leaves the window at 10 s, not 14 s");
    assertTrue(limiter.untilBurstWindowFrees("a").isEmpty(), "not paused any more");
    assertTrue(limiter.untilBurstWindowFrees("unknown").isEmpty());
    assertTrue(limiter.untilBurstWindowFrees(null).isEmpty());
    // Spent by someone else (no request of ours in the window): a whole interval.
    time.sleep(Duration.ofMillis(20_000));
    limiter.onPermitResponse(RateLimiter.Permit.of("a"), info("X-RateLimit-Remaining", "0"));
    limiter.acquirePermit("a");
    assertEquals(40_000, time.elapsed());
  }

  @Test
  void aPermitCountsItsRequestFromTheResponseInBothWindows() throws Exception {
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(1, Duration.ofSeconds(10), 1, Duration.ofSeconds(1),
        time, time);
    RateLimiter.Permit p = limiter.acquirePermit("a");
    assertEquals("a", p.key());
    time.sleep(Duration.ofMillis(300)); // the server got it somewhere in these 300 ms
    limiter.onPermitResponse(p, RateLimitInfo.none());
    limiter.onPermitResponse(p, RateLimitInfo.none()); // a permit moves once
    limiter.acquirePermit("a");
    assertEquals(10_300, time.elapsed(), "key window: 10 s from the response, not from the reservation");
    RateLimiter.Permit account = limiter.acquirePermit(null);
    assertEquals(11_300, time.elapsed(), "account window: 1 s after the last reservation");
    time.sleep(Duration.ofMillis(200));
    limiter.onPermitResponse(account, info("X-RateLimit-Remaining", "0", "X-RateLimit-Interval-Milliseconds", "60000"));
    limiter.acquirePermit("b");
    assertEquals(12_500, time.elapsed(), "account window: 1 s from the response; a null key's headers pause nothing");
    // A permit of another limiter, or the keyed call, only learns from the headers.
    limiter.onPermitResponse(RateLimiter.Permit.of("c"), info("X-RateLimit-Remaining", "0"));
    assertEquals(Duration.ofSeconds(10), limiter.untilBurstWindowFrees("c").orElseThrow());
  }

  /** A sleeper on {@link #time} that, in its next sleep, first lets 50 ms pass and runs {@code answers}. */
  private Sleeper answeringAt50ms(List<Runnable> answers) {
    return d -> {
      if (!answers.isEmpty()) {
        time.sleep(Duration.ofMillis(50));
        answers.forEach(Runnable::run);
        answers.clear();
        d = d.minusMillis(50);
      }
      time.sleep(d);
    };
  }

  @Test
  void aSlotReservedAheadIsTakenAgainWhenTheRequestsBeforeItWereAnsweredLate() throws Exception {
    // Maton's window alone, 2 per second. Two requests are released at 0; a third reserves 1000. While
    // it waits, both answers arrive at 50: the server counted them up to 50 ms late, so at 1000 its
    // window still holds both, and the third must wait until 1050.
    List<Runnable> answers = new ArrayList<>();
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(100, Duration.ofSeconds(10), 2,
        Duration.ofSeconds(1), time, answeringAt50ms(answers));
    RateLimiter.Permit first = limiter.acquirePermit("a");
    RateLimiter.Permit second = limiter.acquirePermit("a");
    answers.add(() -> limiter.onPermitResponse(first, RateLimitInfo.none()));
    answers.add(() -> limiter.onPermitResponse(second, RateLimitInfo.none()));
    limiter.acquirePermit("a");
    assertEquals(1050, time.elapsed(), "released when the server's window has room, not at the slot reserved");
    assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(950), Duration.ofMillis(50)), time.delays());
  }

  @Test
  void aSlotReservedAheadFollowsAKeyWindowLearnedWhileItWaited() throws Exception {
    // The key's window is 100 per 10 s until the first answer says GHL allows this location 2 per
    // 10 s; the third request, reserved at 1000 by Maton's 2 per second, waits for that window instead.
    List<Runnable> answers = new ArrayList<>();
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(100, Duration.ofSeconds(10), 2,
        Duration.ofSeconds(1), time, answeringAt50ms(answers));
    RateLimiter.Permit first = limiter.acquirePermit("a");
    limiter.acquirePermit("a");
    answers.add(() -> limiter.onPermitResponse(first,
        info("X-RateLimit-Max", "2", "X-RateLimit-Interval-Milliseconds", "10000")));
    limiter.acquirePermit("a");
    assertEquals(10_000, time.elapsed(), "until the unanswered request at 0 leaves the learned 10 s window");
  }

  /**
   * Waiting callers on a hand-moved clock: each sleeps (for real) until the clock reaches the instant
   * it asked for, and the instants asked for are recorded per caller.
   */
  private static final class HandClock implements Sleeper {
    final ManualClock clock = new ManualClock();
    final Map<String, Long> lastTarget = new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.concurrent.atomic.AtomicInteger sleeps = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void sleep(Duration d) throws InterruptedException {
      long target = clock.get() + d.toMillis();
      lastTarget.put(Thread.currentThread().getName(), target);
      sleeps.incrementAndGet();
      synchronized (this) {
        while (clock.get() < target) {
          wait();
        }
      }
    }

    synchronized void set(long millis) {
      clock.set(millis);
      notifyAll();
    }

    void awaitSleeps(int n) throws InterruptedException {
      for (int i = 0; i < 1000 && sleeps.get() < n; i++) {
        Thread.sleep(10);
      }
      assertEquals(n, sleeps.get(), "callers waiting");
    }
  }

  @Test
  void eachWaitingBatchShiftsOnlyAsMuchAsTheAnswersBeforeItWereLate() throws Exception {
    // 2 per second. A and B go at 0 and are answered at 5; C and D reserved 1000, E and F 2000. C and D
    // go at 1005 (the server counted A and B up to 5 ms late) and are answered at 1010; E and F then
    // go at 2010: every batch moves by what the one before it was late, not by a whole window more.
    HandClock hand = new HandClock();
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(100, Duration.ofSeconds(10), 2, Duration.ofSeconds(1),
        hand.clock, hand);
    RateLimiter.Permit a = limiter.acquirePermit("k");
    RateLimiter.Permit b = limiter.acquirePermit("k");
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "caller-" + System.identityHashCode(r)));
    try {
      List<Future<RateLimiter.Permit>> cd = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        cd.add(pool.submit(() -> limiter.acquirePermit("k")));
      }
      hand.awaitSleeps(2);
      List<Future<RateLimiter.Permit>> ef = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        ef.add(pool.submit(() -> limiter.acquirePermit("k")));
      }
      hand.awaitSleeps(4);
      hand.set(5);
      limiter.onPermitResponse(a, RateLimitInfo.none());
      limiter.onPermitResponse(b, RateLimitInfo.none());
      hand.set(1000);
      hand.awaitSleeps(6); // C and D confirm their slots and wait again
      hand.set(1005);
      for (Future<RateLimiter.Permit> f : cd) {
        RateLimiter.Permit p = f.get(10, TimeUnit.SECONDS);
        hand.set(1010);
        limiter.onPermitResponse(p, RateLimitInfo.none());
      }
      hand.set(2000);
      hand.awaitSleeps(8);
      hand.set(2010);
      for (Future<RateLimiter.Permit> f : ef) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertEquals(List.of(1005L, 1005L, 2010L, 2010L), hand.lastTarget.values().stream().sorted().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInterruptedPermitCallerGivesItsSlotBack() throws Exception {
    boolean[] interruptNext = {false};
    Sleeper interrupting = interruptingOnce(interruptNext);
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(1, Duration.ofSeconds(10), 10, Duration.ofSeconds(1),
        time, interrupting);
    limiter.onPermitResponse(limiter.acquirePermit("a"), RateLimitInfo.none());
    interruptNext[0] = true;
    assertThrows(InterruptedException.class, () -> limiter.acquirePermit("a"));
    limiter.acquirePermit("a");
    assertEquals(10_000, time.elapsed());
  }

  /**
   * The benchmark's failure on fake time: 16 callers, 300 calls, default limits, and a server that
   * counts each request when it ARRIVES (reservation + a varying latency, now and then a slow one)
   * in a sliding 100 per 10 s window, answering 429 beyond it and {@code X-RateLimit-*} headers on
   * every answer. Counted at the reservation, a request released as an older one leaves the
   * client's window can reach the server before that older one leaves the server's window. Event
   * driven, single threaded: each caller's wait is the one the limiter asked its sleeper for.
   */
  @Test
  void theServerWhichCountsArrivalsNeverSeesMoreThanItsLimitAndTheRateStaysFull() throws Exception {
    ManualClock clock = new ManualClock();
    long[] lastWait = {0};
    SlidingWindowRateLimiter limiter = defaultLimits(clock, d -> lastWait[0] = d.toMillis());
    Random random = new Random(20_260_302);
    // A caller's next step: acquire (permit null), reach the server (answer null) or read the answer.
    record Event(long at, long seq, RateLimiter.Permit permit, RateLimitInfo answer) {}
    PriorityQueue<Event> events = new PriorityQueue<>((x, y) -> x.at() != y.at() ? Long.compare(x.at(), y.at())
        : Long.compare(x.seq(), y.seq()));
    long seq = 0;
    int calls = 300;
    int started = 0;
    for (int caller = 0; caller < 16; caller++) {
      events.add(new Event(0, seq++, null, null));
    }
    List<Long> arrivals = new ArrayList<>();
    List<Long> serverWindow = new ArrayList<>(); // accepted arrivals in (now - 10 s, now]
    int server429 = 0;
    int done = 0;
    long lastAnswer = 0;
    while (!events.isEmpty()) {
      Event e = events.poll();
      clock.set(e.at());
      if (e.permit() == null) { // acquire, wait, send: it reaches the server after a latency
        if (started == calls) {
          continue;
        }
        started++;
        lastWait[0] = 0;
        RateLimiter.Permit permit = limiter.acquirePermit("conn_loc1");
        long latency = random.nextInt(50) == 0 ? 300 + random.nextInt(300) : 1 + random.nextInt(40);
        events.add(new Event(e.at() + lastWait[0] + latency, seq++, permit, null));
      } else if (e.answer() == null) { // the server counts it on arrival
        arrivals.add(e.at());
        serverWindow.removeIf(t -> t <= e.at() - GHL_WINDOW);
        if (serverWindow.size() < 100) {
          serverWindow.add(e.at());
        } else {
          server429++;
        }
        RateLimitInfo answer = info("X-RateLimit-Max", "100", "X-RateLimit-Remaining",
            String.valueOf(100 - serverWindow.size()), "X-RateLimit-Interval-Milliseconds", "10000");
        events.add(new Event(e.at() + 1 + random.nextInt(5), seq++, e.permit(), answer));
      } else { // the answer is back; the caller starts its next call
        limiter.onPermitResponse(e.permit(), e.answer());
        done++;
        lastAnswer = e.at();
        events.add(new Event(e.at(), seq++, null, null));
      }
    }
    assertEquals(calls, done);
    assertEquals(0, server429, "429s from the server");
    assertWithin(arrivals, 100, GHL_WINDOW, "the server's window");
    // 300 calls at the allowed 10/s take 30 s; at 95 % of that rate, 31.6 s.
    assertTrue(lastAnswer <= 31_578, "300 calls took " + lastAnswer + " ms of fake time");
    assertTrue(lastAnswer >= 29_000, "faster than the limits allow: " + lastAnswer + " ms");
  }

  @Test
  void ghlRemainingBelowOurCountBooksTheDifference() throws Exception {
    SlidingWindowRateLimiter limiter = defaultLimits(time, time);
    limiter.acquirePermit("a");
    // Another process spent most of the window: GHL says 3 left where we count 99.
    limiter.onPermitResponse(RateLimiter.Permit.of("a"), info("X-RateLimit-Max", "100", "X-RateLimit-Remaining", "3"));
    for (int i = 0; i < 3; i++) {
      limiter.acquirePermit("a");
    }
    assertEquals(0, time.elapsed());
    limiter.acquirePermit("a");
    assertEquals(10_000, time.elapsed());
    // GHL saying more is left than we count never loosens the window.
    limiter.onPermitResponse(RateLimiter.Permit.of("a"), info("X-RateLimit-Max", "100", "X-RateLimit-Remaining", "100"));
  }

  @Test
  void windowSizeAndLengthFollowGhlHeaders() throws Exception {
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(100, Duration.ofSeconds(10), 1000, Duration.ofSeconds(1),
        time, time);
    limiter.onPermitResponse(RateLimiter.Permit.of("a"), info("X-RateLimit-Max", "3", "X-RateLimit-Interval-Milliseconds", "2000"));
    List<Long> releases = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      limiter.acquirePermit("a");
      releases.add(time.elapsed());
    }
    assertEquals(List.of(0L, 0L, 0L, 2000L, 2000L, 2000L, 4000L), releases);
  }

  @Test
  void idleLocationsAreForgotten() throws Exception {
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(1, Duration.ofSeconds(1), 100_000, Duration.ofSeconds(1),
        time, time);
    for (int i = 0; i < 5000; i++) {
      limiter.acquirePermit("loc" + i);
      time.sleep(Duration.ofMillis(1));
    }
    java.lang.reflect.Field f = SlidingWindowRateLimiter.class.getDeclaredField("perKey");
    f.setAccessible(true);
    int windows = ((Map<?, ?>) f.get(limiter)).size();
    assertTrue(windows < 1300, "idle windows pile up: " + windows);
  }

  @Test
  void anUnusedPermitGivesItsSlotBackOnce() throws Exception {
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(1, Duration.ofSeconds(10), 10, Duration.ofSeconds(1),
        time, time);
    RateLimiter.Permit unsent = limiter.acquirePermit("a");
    limiter.onPermitUnused(unsent);
    limiter.onPermitUnused(unsent); // once only: it must not take back another request's slot
    limiter.onPermitResponse(unsent, RateLimitInfo.none()); // nor come back by a late response
    RateLimiter.Permit sent = limiter.acquirePermit("a");
    assertEquals(0, time.elapsed(), "the unsent request's slot went to the next caller at once");
    limiter.onPermitUnused(unsent);
    limiter.acquirePermit("a");
    assertEquals(10_000, time.elapsed(), "the sent request still holds its slot");
    assertEquals("a", sent.key());
  }

  @Test
  void aCustomLimitersPermitComesBackWhenTheCallerIsInterruptedWaitingForMatonsWindow() throws Exception {
    List<RateLimiter.Permit> unused = new ArrayList<>();
    RateLimiter custom = new RateLimiter() {
      private int n;

      @Override
      public Permit acquirePermit(String key) {
        String id = key + "#" + n++;
        return () -> id;
      }

      @Override
      public void onPermitUnused(Permit permit) {
        unused.add(permit);
      }
    };
    boolean[] interruptNext = {false};
    RateLimiter limiter = new dev.pitkit.ghl.client.internal.WithMatonLimit(custom, time, interruptingOnce(interruptNext),
        new dev.pitkit.ghl.client.internal.CloseSignal());
    for (int i = 0; i < 10; i++) {
      limiter.acquirePermit("conn_" + i); // Maton's 10 per second, spent
    }
    interruptNext[0] = true;
    assertThrows(InterruptedException.class, () -> limiter.acquirePermit("conn_z"));
    assertEquals(List.of("conn_z#10"), unused.stream().map(RateLimiter.Permit::key).toList(),
        "the caller's limiter got back the permit of the request that was not sent");
  }

  @Test
  void aConnectionThatNeverOpensSpendsNoPermit() {
    RecordingLimiter recording = new RecordingLimiter();
    GhlClient ghl = GhlClient.builder().apiKey("test_key_not_real").baseUrl("http://127.0.0.1:1")
        .subAccountConnection("conn_sub").clock(time).sleeper(time).maxRetries(2).rateLimiter(recording).build();
    dev.pitkit.ghl.client.error.GhlIoException e = assertThrows(dev.pitkit.ghl.client.error.GhlIoException.class,
        () -> ghl.contacts().getContact("c1"));
    assertEquals(3, recording.granted, e.getMessage());
    assertEquals(List.of("unused conn_sub", "unused conn_sub", "unused conn_sub"), recording.ends,
        "each refused connection gave its permit back");
  }

  /** A transport failing on its own (not I/O) may have sent: the permit is settled as used, not left pending. */
  @Test
  void aTransportsOwnFailureSettlesItsPermit() {
    RecordingLimiter recording = new RecordingLimiter();
    GhlClient ghl = GhlClient.builder().apiKey("test_key_not_real").baseUrl("http://127.0.0.1:1")
        .subAccountConnection("conn_sub").clock(time).sleeper(time).maxRetries(2).rateLimiter(recording)
        .transport((request, options) -> {
          throw new IllegalStateException("a transport bug");
        }).build();
    dev.pitkit.ghl.client.error.GhlIoException e = assertThrows(dev.pitkit.ghl.client.error.GhlIoException.class,
        () -> ghl.contacts().getContact("c1"));
    assertTrue(e.getMessage().contains("a transport bug"), e.getMessage());
    assertEquals(List.of("response conn_sub"), recording.ends, "one attempt, its permit settled");
    assertEquals(1, e.attempts(), "counted as sent, as the limiter counts it");
  }

  /** A request sent but never answered (a read timeout) ends its permit too: as used, at the failure. */
  @Test
  void aSentRequestThatGotNoAnswerSettlesItsPermit() {
    RecordingLimiter recording = new RecordingLimiter();
    GhlClient ghl = GhlClient.builder().apiKey("test_key_not_real").baseUrl("http://127.0.0.1:1")
        .subAccountConnection("conn_sub").clock(time).sleeper(time).maxRetries(1).rateLimiter(recording)
        .transport((request, options) -> {
          throw new java.net.SocketTimeoutException("Read timed out");
        }).build();
    dev.pitkit.ghl.client.error.GhlIoException e = assertThrows(dev.pitkit.ghl.client.error.GhlIoException.class,
        () -> ghl.contacts().getContact("c1"));
    assertEquals(2, e.attempts(), e.getMessage());
    assertEquals(List.of("response conn_sub", "response conn_sub"), recording.ends,
        "each attempt's permit settled as used, with no headers to learn from");
  }

  /** Through the JDK transport: a request the server took and never answered (read timeout) ends its permit once, as used. */
  @Test
  void aRequestTheServerNeverAnsweredEndsItsPermitOnce() throws Exception {
    RecordingLimiter recording = new RecordingLimiter();
    List<java.net.Socket> held = Collections.synchronizedList(new ArrayList<>());
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept()); // takes the request, never answers
          }
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      try (GhlClient ghl = GhlClient.builder().apiKey("test_key_not_real").baseUrl("http://127.0.0.1:" + silent.getLocalPort())
          .subAccountConnection("conn_sub").readTimeout(Duration.ofMillis(300)).maxRetries(0).rateLimiter(recording).build()) {
        assertThrows(dev.pitkit.ghl.client.error.GhlIoException.class, () -> ghl.contacts().getContact("c1"));
      }
      assertEquals(List.of("response conn_sub"), recording.ends);
    } finally {
      for (java.net.Socket s : held) {
        s.close();
      }
    }
  }

  /** The later of rateLimiting(false) and rateLimiter(...) wins: a preset builder's "off" does not drop a limiter given after it. */
  @Test
  void aLimiterGivenAfterRateLimitingOffIsUsed() {
    RecordingLimiter counting = new RecordingLimiter();
    feign.Client answering = (request, options) -> feign.Response.builder().status(200).request(request)
        .headers(java.util.Map.of("Content-Type", List.of("application/json"))).body("{}", StandardCharsets.UTF_8).build();
    GhlClient.builder().apiKey("test_key_not_real").baseUrl("http://127.0.0.1:1").subAccountConnection("conn_sub")
        .transport(answering).rateLimiting(false).rateLimiter(counting).build().contacts().getContact("c1");
    assertEquals(1, counting.granted, "the limiter given last is used");
    GhlClient.builder().apiKey("test_key_not_real").baseUrl("http://127.0.0.1:1").subAccountConnection("conn_sub")
        .transport(answering).rateLimiter(counting).rateLimiting(false).build().contacts().getContact("c1");
    assertEquals(1, counting.granted, "switched off after it: not used");
  }

  /**
   * Grants every permit at once and records how each ended: {@code "response <key>"} (with
   * {@code " +headers"} when it had some) or {@code "unused <key>"}.
   */
  private static final class RecordingLimiter implements RateLimiter {
    final List<String> ends = Collections.synchronizedList(new ArrayList<>());
    volatile int granted;

    @Override
    public synchronized Permit acquirePermit(String key) {
      granted++;
      return Permit.of(key);
    }

    @Override
    public void onPermitResponse(Permit permit, RateLimitInfo info) {
      ends.add("response " + permit.key() + (info.burstRemaining().isPresent() ? " +headers" : ""));
    }

    @Override
    public void onPermitUnused(Permit permit) {
      ends.add("unused " + permit.key());
    }
  }

  @Test
  void rejectsNonsense() {
    assertThrows(GhlConfigurationException.class, () -> new SlidingWindowRateLimiter(0, Duration.ofSeconds(1), 1, Duration.ofSeconds(1), time, time));
    assertThrows(GhlConfigurationException.class, () -> new SlidingWindowRateLimiter(1, Duration.ZERO, 1, Duration.ofSeconds(1), time, time));
  }

  // ---- through the client -----------------------------------------------------------------------

  /** A request as the transport saw it, after the limiter released it. */
  private record Sent(long at, String connection) {}

  private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());

  private GhlClient.Builder recordingClient() {
    Http2Client http = new Http2Client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    return GhlClient.builder().apiKey("test_key_not_real").baseUrl(wm.baseUrl())
        .agencyConnection("conn_agency").subAccountConnection("conn_sub").clock(time).sleeper(time)
        .transport((request, options) -> {
          Collection<String> c = request.headers().get("Maton-Connection");
          sent.add(new Sent(time.elapsed(), c == null || c.isEmpty() ? null : c.iterator().next()));
          return http.execute(request, options);
        });
  }

  private List<Long> releases(String connection) {
    synchronized (sent) {
      return sent.stream().filter(s -> connection == null || connection.equals(s.connection())).map(Sent::at).toList();
    }
  }

  @Test
  void threeHundredQuickCallsForOneLocationStayWithinGhlAndMatonLimits() {
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    GhlClient ghl = recordingClient().build().withConnection("conn_loc1");
    for (int i = 0; i < 300; i++) {
      ghl.contacts().getContact("c1");
    }
    assertEquals(300, wm.findAll(anyRequestedFor(anyUrl())).size());
    List<Long> releases = releases("conn_loc1");
    assertEquals(300, releases.size());
    assertWithin(releases, 100, GHL_WINDOW, "GHL burst per location");
    assertWithin(releases, 10, MATON_WINDOW, "Maton per account");
    assertEquals(29_000, releases.get(299));
  }

  @Test
  void aCustomLimiterWithOnlyTheGhlWindowStillGetsMatonsWindowInFront() {
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    GhlClient ghl = recordingClient().rateLimiter(new SlidingWindowRateLimiter(100, Duration.ofSeconds(10), 100_000,
        Duration.ofSeconds(1), time, time)).build();
    for (int i = 0; i < 300; i++) {
      ghl.contacts().getContact("c1");
    }
    List<Long> releases = releases("conn_sub");
    assertWithin(releases, 100, GHL_WINDOW, "GHL burst per location");
    // the custom limiter alone would let bursts of 100 through at 0, 10 s and 20 s; Maton's 10 per
    // second per key still applies in front of it, so the 100th request goes at 9 s and the last at 29 s
    assertWithin(releases, 10, MATON_WINDOW, "Maton per API key");
    assertEquals(List.of(9_000L, 10_000L, 29_000L), List.of(releases.get(99), releases.get(100), releases.get(299)));
  }

  @Test
  void matonsLimitHoldsAcrossLocations() {
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    GhlClient ghl = recordingClient().build();
    List<GhlClient> views = List.of(ghl.withConnection("conn_a"), ghl.withConnection("conn_b"), ghl.withConnection("conn_c"));
    for (int i = 0; i < 240; i++) {
      views.get(i % 3).contacts().getContact("c1");
    }
    assertWithin(releases(null), 10, MATON_WINDOW, "Maton per account");
    for (String c : List.of("conn_a", "conn_b", "conn_c")) {
      assertEquals(80, releases(c).size());
      assertWithin(releases(c), 100, GHL_WINDOW, c);
    }
    assertEquals(23_000, releases(null).get(239));
  }

  @Test
  void ghlHeadersOnASuccessPauseTheLocationBeforeItHits429() {
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")
        .withHeader("X-RateLimit-Max", "100").withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-Interval-Milliseconds", "10000")));
    GhlClient ghl = recordingClient().build();
    ghl.contacts().getContact("c1");
    ghl.contacts().getContact("c1");
    assertEquals(List.of(0L, 10_000L), releases("conn_sub"));
  }

  @Test
  void a429ThatOnlySaysTheBurstWindowIsSpentWaitsUntilItHasRoom() {
    String scenario = "burst-429";
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")).willSetStateTo("spent"));
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).inScenario(scenario).whenScenarioStateIs("spent")
        .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
            .withHeader("X-RateLimit-Max", "100").withHeader("X-RateLimit-Remaining", "0")
            .withHeader("X-RateLimit-Interval-Milliseconds", "10000").withBody("{\"statusCode\":429}"))
        .willSetStateTo("free"));
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).inScenario(scenario).whenScenarioStateIs("free")
        .willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    GhlClient ghl = recordingClient().build();
    ghl.contacts().getContact("c1");
    time.sleep(Duration.ofMillis(4_000));
    ghl.contacts().getContact("c1");
    assertEquals(List.of(0L, 4_000L, 10_000L), releases("conn_sub"), "retried when the request at 0 left the window");
    assertEquals(List.of(Duration.ofMillis(4_000), Duration.ofMillis(6_000)), time.delays());
  }

  @Test
  void aCustomLimiterKeepsMatonsTenPerSecond() {
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    List<String> asked = Collections.synchronizedList(new ArrayList<>());
    RateLimiter neverWaits = key -> {
      asked.add(key);
      return RateLimiter.Permit.of(key);
    };
    GhlClient ghl = recordingClient().rateLimiter(neverWaits).build();
    for (int i = 0; i < 25; i++) {
      ghl.withConnection("conn_" + (i % 5)).contacts().getContact("c1");
    }
    assertEquals(25, asked.size(), "the custom limiter is asked for every request");
    assertWithin(releases(null), 10, MATON_WINDOW, "Maton per API key, whatever limiter is plugged in");
    assertEquals(2_000, releases(null).get(24), "25 requests at 10 per second take two seconds");
  }

  @Test
  void anotherProcessSpendingTheBudgetSlowsThisClientDownBeforeA429() {
    // GHL's answers count what another process spent too: 97 of 100 are gone after our first request.
    String scenario = "shared-budget";
    String[][] steps = {{Scenario.STARTED, "2", "one"}, {"one", "1", "two"}, {"two", "0", "spent"}};
    for (String[] step : steps) {
      wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).inScenario(scenario).whenScenarioStateIs(step[0])
          .willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}").withHeader("X-RateLimit-Max", "100")
              .withHeader("X-RateLimit-Remaining", step[1]).withHeader("X-RateLimit-Interval-Milliseconds", "10000"))
          .willSetStateTo(step[2]));
    }
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).inScenario(scenario).whenScenarioStateIs("spent")
        .willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}").withHeader("X-RateLimit-Max", "100")
            .withHeader("X-RateLimit-Remaining", "99").withHeader("X-RateLimit-Interval-Milliseconds", "10000")));
    GhlClient ghl = recordingClient().maxRetries(0).build();
    for (int i = 0; i < 4; i++) {
      ghl.contacts().getContact("c1");
    }
    // the three requests GHL said were left go at once; the fourth waits for the window, and no 429 came
    assertEquals(List.of(0L, 0L, 0L, 10_000L), releases("conn_sub"));
  }

  @Test
  void rateLimitingCanBeSwitchedOff() {
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    GhlClient ghl = recordingClient().rateLimiting(false).build();
    for (int i = 0; i < 50; i++) {
      ghl.contacts().getContact("c1");
    }
    assertEquals(List.of(), time.delays());
    assertEquals(50, releases("conn_sub").size());
  }

  @Test
  void aCustomLimiterSeesTheConnectionOfEachCall() {
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")
        .withHeader("X-RateLimit-Remaining", "42")));
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/locations/search")).willReturn(okJson("{\"locations\":[]}")));
    wm.stubFor(get(urlPathEqualTo("/connections")).willReturn(okJson("{\"connections\":[]}")));
    List<String> acquired = Collections.synchronizedList(new ArrayList<>());
    List<Long> remaining = Collections.synchronizedList(new ArrayList<>());
    RateLimiter custom = new RateLimiter() {
      @Override
      public Permit acquirePermit(String key) {
        acquired.add(String.valueOf(key));
        return Permit.of(key);
      }

      @Override
      public void onPermitResponse(Permit permit, RateLimitInfo info) {
        info.burstRemaining().ifPresent(remaining::add);
      }
    };
    GhlClient ghl = recordingClient().rateLimiter(custom).build();
    ghl.contacts().getContact("c1");
    ghl.locations().searchLocations("comp1", null, null, null, null);
    ghl.connections().listConnections("highlevel-pit", null);
    ghl.withConnection("conn_x").contacts().getContact("c1");
    assertEquals(List.of("conn_sub", "conn_agency", "null", "conn_x"), acquired);
    assertEquals(List.of(42L, 42L), remaining);
  }
}

package dev.pitkit.ghl.client.resilience;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.internal.MonotonicClock;
import dev.pitkit.ghl.client.internal.Require;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * In-memory limiter with two sliding windows: one per key (GHL: 100 requests per 10 s per
 * location) and one for the whole client (Maton: 10 requests per second per account).
 *
 * <p><b>Guarantee.</b> Every request is released at an instant {@code t} chosen so that, counting
 * it, no interval {@code [s, s + window)} of either window holds more than its maximum. The check
 * is exact: a slot is refused only when some window containing it is already full, so the limiter
 * is never slower than the limits require.
 *
 * <p><b>Fairness.</b> Callers take turns under a fair lock, in arrival order, and each reserves
 * the earliest instant at which both of its windows have room; it then sleeps outside the lock
 * until that instant. A caller's place is taken when it arrives, so nobody is overtaken forever
 * (no starvation), and a caller waiting on a busy location does not hold up callers of other
 * locations. An interrupted caller gives its slot back; it goes to the next caller to arrive, as
 * callers already asleep keep the instants they reserved.
 *
 * <p><b>Counting like the server.</b> The server counts a request when it arrives, which is after
 * the instant this limiter reserved for it (Feign, opening a connection, a cold JVM). Counted at
 * the reservation, a slot would be free here a little before it is free on the server, and a
 * request sent at the window's edge would be refused with a 429. So when the response to a
 * request taken with {@link #acquirePermit} comes back ({@link #onPermitResponse(Permit, RateLimitInfo)}),
 * its entry moves from the reserved instant to the response's instant in both windows: that is at
 * or after the server's arrival, so this limiter's windows never run ahead of the server's. A slot
 * reserved ahead (a caller waiting its turn) is confirmed when its instant comes, against the
 * windows as those answers have left them, and taken again at the next instant that fits when it no
 * longer does (the requests before it reached the server late, or the key's window shrank).
 *
 * <p><b>Adapting.</b> A key's window takes its size and length from GHL's
 * {@code X-RateLimit-Max} / {@code X-RateLimit-Interval-Milliseconds} headers. When GHL's
 * {@code X-RateLimit-Remaining} is lower than what this limiter thinks is left (another process
 * spends the same location's budget), the difference is booked as used now; when it reaches 0 the
 * key pauses until the oldest request this limiter knows of leaves the window (that is when the
 * server frees a slot), or for a whole interval when it knows of none (someone else spent the
 * budget). A client using its whole budget is told 0 at every window edge, so pausing a whole
 * interval each time would halve its rate.
 */
public final class SlidingWindowRateLimiter implements RateLimiter {
  /** GHL's documented burst limit per location. */
  public static final int GHL_BURST_MAX = 100;
  /** GHL's burst window. */
  public static final Duration GHL_BURST_WINDOW = Duration.ofSeconds(10);
  /** Maton's documented limit per account. */
  public static final int MATON_MAX = 10;
  /** Maton's window. */
  public static final Duration MATON_WINDOW = Duration.ofSeconds(1);
  /**
   * The longest window taken from {@code X-RateLimit-Interval-Milliseconds} (GHL's is 10 s): a longer
   * one is read as this, so that no response can pause a key for longer.
   */
  public static final Duration MAX_LEARNED_WINDOW = Duration.ofMinutes(1);
  /**
   * The largest window size taken from {@code X-RateLimit-Max} (GHL's is 100): a larger one is read
   * as this, so that no response makes the limiter book more than this many requests of others.
   */
  public static final int MAX_LEARNED_BURST = 10_000;

  /** How often (in acquisitions) idle per-key windows are dropped. */
  private static final int SWEEP_EVERY = 256;

  private final ReentrantLock lock = new ReentrantLock(true);
  private final Map<String, Window> perKey = new ConcurrentHashMap<>();
  private final Window global;
  private final int keyMax;
  private final long keyWindowMs;
  private final Clock clock;
  private final Sleeper sleeper;
  private int sinceSweep;

  /** GHL's and Maton's documented limits, timed by {@link #monotonicClock()} (immune to clock steps). */
  public SlidingWindowRateLimiter() {
    this(GHL_BURST_MAX, GHL_BURST_WINDOW, MATON_MAX, MATON_WINDOW, MonotonicClock.INSTANCE, Sleeper.SYSTEM);
  }

  /**
   * The clock the default limiter's windows use: {@link System#nanoTime()} counted from the system
   * time when first used, so a step of the system clock (an NTP correction, a VM resumed) neither
   * stretches a wait nor ends a window early. For a limiter with limits of its own.
   */
  public static Clock monotonicClock() {
    return MonotonicClock.INSTANCE;
  }

  /**
   * A limiter with explicit limits.
   *
   * @param keyMax requests per key and window
   * @param keyWindow the per-key window (at least 1 ms)
   * @param globalMax requests per global window (all keys)
   * @param globalWindow the global window (at least 1 ms)
   * @param clock time source
   * @param sleeper how to wait
   * @throws GhlConfigurationException naming the setting when a limit is below 1, a window shorter
   *     than 1 ms, or an argument null
   */
  public SlidingWindowRateLimiter(int keyMax, Duration keyWindow, int globalMax, Duration globalWindow,
      Clock clock, Sleeper sleeper) {
    this.keyMax = Require.positive(keyMax, "keyMax");
    this.keyWindowMs = Require.positive(keyWindow, "keyWindow").toMillis();
    this.global = new Window(Require.positive(globalMax, "globalMax"), Require.positive(globalWindow, "globalWindow").toMillis());
    this.clock = Require.nonNull(clock, "clock");
    this.sleeper = Require.nonNull(sleeper, "sleeper");
  }

  @Override
  public Permit acquirePermit(String key) throws InterruptedException {
    return new Slot(this, key, reserve(key));
  }

  /**
   * Reserves the earliest instant both windows allow, waits for it, and returns it. A slot reserved
   * ahead is confirmed when its instant comes: answers that arrived meanwhile may have moved earlier
   * requests later (to their response instants) or shrunk the key's window, and the slot is then
   * taken again at the earliest instant that still fits.
   */
  private long reserve(String key) throws InterruptedException {
    Window w;
    long at;
    lock.lockInterruptibly();
    try {
      long now = clock.millis();
      sweepIdle(now);
      w = key == null ? null : window(key);
      at = book(w, now, now);
    } finally {
      lock.unlock();
    }
    long wait = at - clock.millis();
    while (wait > 0) {
      try {
        sleeper.sleep(Duration.ofMillis(wait));
      } catch (InterruptedException | RuntimeException e) { // interrupted, or the waiting client closed
        release(w, at);
        throw e;
      }
      long booked = at;
      lock.lock();
      try { // the window holds this caller's entry, so it was not swept meanwhile
        at = confirm(w, clock.millis(), booked);
      } finally {
        lock.unlock();
      }
      if (at == booked) {
        break; // still fits
      }
      wait = at - clock.millis();
    }
    return at;
  }

  /**
   * Confirms the slot reserved at {@code at} when its instant has come, and returns the instant
   * booked: {@code at} itself when the windows ending there, as the server counts them, still have
   * room for it; else the least instant from now on where they have. Reservations made after this
   * one are not counted: their callers confirm their own slots in turn, each one shifting as
   * little as the answers require. Under the lock.
   */
  private long confirm(Window w, long now, long at) {
    release(w, at);
    prune(w, now);
    long t = fitBoth(w, at, true);
    if (t != at) {
      t = fitBoth(w, Math.max(t, now), true);
    }
    return add(w, t);
  }

  /** Books the least instant {@code >= from} that fits every window of both, future reservations included. Under the lock. */
  private long book(Window w, long now, long from) {
    prune(w, now);
    return add(w, fitBoth(w, from, false));
  }

  /**
   * The least instant {@code >= from} that both windows accept, either {@link Window#roomLookingBack
   * looking back} or {@link Window#earliest every window containing it}: alternates between the two
   * until they agree (neither ever skips an instant it would accept).
   */
  private long fitBoth(Window w, long from, boolean lookingBack) {
    long t = from;
    long k;
    do {
      k = w == null ? t : w.fit(t, lookingBack);
      t = global.fit(k, lookingBack);
    } while (t != k);
    return t;
  }

  private void prune(Window w, long now) {
    if (w != null) {
      w.prune(now);
    }
    global.prune(now);
  }

  private long add(Window w, long t) {
    if (w != null) {
      w.add(t);
    }
    global.add(t);
    return t;
  }

  /**
   * Moves the permit's entry from its reserved instant to now (the response's instant) in the key's
   * and the account's window, then learns from the headers: a key window's size, length and
   * remaining budget. A permit of another limiter only gets the latter.
   */
  @Override
  public void onPermitResponse(Permit permit, RateLimitInfo info) {
    Slot slot = permit instanceof Slot s && s.owner == this ? s : null;
    String key = permit.key();
    lock.lock();
    try {
      long now = clock.millis();
      Window w = key == null ? null : window(key);
      if (slot != null && !slot.answered) {
        if (slot.at < now) {
          if (w != null) {
            w.move(slot.at, now);
          }
          global.move(slot.at, now);
        }
        slot.answered = true;
      }
      if (w != null) {
        learn(w, now, info);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Gives the permit's slot back in both windows, unless its response already came. */
  @Override
  public void onPermitUnused(Permit permit) {
    if (permit instanceof Slot slot && slot.owner == this) {
      lock.lock();
      try {
        if (!slot.answered) {
          slot.answered = true;
          release(slot.key == null ? null : perKey.get(slot.key), slot.at);
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /** Counts the request in the key's and the account's window at the current instant, however full they are. */
  @Override
  public boolean countResent(String key) {
    lock.lock();
    try {
      long now = clock.millis();
      add(key == null ? null : window(key), now);
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Until the key's pause (set by a spent burst window) ends, if it is paused. */
  @Override
  public Optional<Duration> untilBurstWindowFrees(String key) {
    if (key == null) {
      return Optional.empty();
    }
    lock.lock();
    try {
      Window w = perKey.get(key);
      long now = clock.millis();
      return w == null || w.blockedUntil <= now ? Optional.empty() : Optional.of(Duration.ofMillis(w.blockedUntil - now));
    } finally {
      lock.unlock();
    }
  }

  /** Takes a key window's size, length and remaining budget from GHL's headers. Under the lock. */
  private static void learn(Window w, long now, RateLimitInfo info) {
    info.burstMax().ifPresent(max -> w.max = (int) Math.max(1, Math.min(max, MAX_LEARNED_BURST)));
    info.interval().ifPresent(d -> w.windowMs = Math.max(1, Math.min(d.toMillis(), MAX_LEARNED_WINDOW.toMillis())));
    if (info.burstLimitReached()) {
      // Until the oldest request we know of leaves the window: that is when the server frees a slot.
      w.prune(now);
      long until = w.sent.isEmpty() ? now + w.windowMs : Math.min(now + w.windowMs, w.sent.firstKey() + w.windowMs);
      w.blockedUntil = Math.max(w.blockedUntil, until);
    } else if (info.burstRemaining().isPresent()) {
      long spentByOthers = w.max - w.count(now - w.windowMs + 1, now) - info.burstRemaining().getAsLong();
      if (spentByOthers > 0) {
        w.add(now, (int) spentByOthers); // book them so we do not run into GHL's 429
      }
    }
  }

  private void release(Window w, long at) {
    lock.lock();
    try {
      if (w != null) {
        w.remove(at);
      }
      global.remove(at);
    } finally {
      lock.unlock();
    }
  }

  private Window window(String key) {
    return perKey.computeIfAbsent(key, k -> new Window(keyMax, keyWindowMs));
  }

  /** Drops windows of keys not used for a whole window, so many connections do not pile up. */
  private void sweepIdle(long now) {
    if (++sinceSweep < SWEEP_EVERY) {
      return;
    }
    sinceSweep = 0;
    for (Iterator<Window> it = perKey.values().iterator(); it.hasNext(); ) {
      Window w = it.next();
      w.prune(now);
      if (w.size == 0 && w.blockedUntil <= now) {
        it.remove();
      }
    }
  }

  /** A reserved instant, handed back with the response so its entry can move to the response time. */
  private static final class Slot implements Permit {
    final SlidingWindowRateLimiter owner;
    final String key;
    final long at;
    boolean answered; // guarded by owner.lock

    Slot(SlidingWindowRateLimiter owner, String key, long at) {
      this.owner = owner;
      this.key = key;
      this.at = at;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /**
   * Reserved send instants of one budget, as a multiset of epoch millis. A request at {@code t}
   * occupies every window {@code [s, s + windowMs)} with {@code s <= t < s + windowMs}.
   */
  private static final class Window {
    private final NavigableMap<Long, Integer> sent = new TreeMap<>();
    private int size;
    int max;
    long windowMs;
    long blockedUntil;

    Window(int max, long windowMs) {
      this.max = max;
      this.windowMs = windowMs;
    }

    /** Forgets instants that no window containing {@code now} or later can hold. */
    void prune(long now) {
      while (!sent.isEmpty() && sent.firstKey() <= now - windowMs) {
        size -= sent.pollFirstEntry().getValue();
      }
    }

    /**
     * The least instant {@code >= from} (and not before {@link #blockedUntil}) at which one more
     * request keeps every window that contains it within {@link #max}, reservations already made
     * for the future included.
     *
     * <p>Of the windows containing {@code t}, the fullest can always be taken to start at a
     * reserved instant in {@code (t - windowMs, t]} or at {@code t} itself (slide it right until its
     * left edge meets a reservation: nothing leaves it), so only those are counted. If one of them
     * is full, no instant inside it is feasible, so the search jumps just past the last full one.
     */
    long earliest(long from) {
      long t = Math.max(from, blockedUntil);
      if (size < max) {
        return t;
      }
      while (true) {
        long fullStart = Long.MIN_VALUE;
        for (long s : sent.subMap(t - windowMs, false, t, false).keySet()) {
          if (count(s, s + windowMs - 1) >= max) {
            fullStart = s;
          }
        }
        if (count(t, t + windowMs - 1) >= max) {
          fullStart = t;
        }
        if (fullStart == Long.MIN_VALUE) {
          return t;
        }
        t = fullStart + windowMs;
      }
    }

    /** {@link #roomLookingBack} or {@link #earliest}. */
    long fit(long from, boolean lookingBack) {
      return lookingBack ? roomLookingBack(from) : earliest(from);
    }

    /**
     * The least instant {@code t >= from} (and not before {@link #blockedUntil}) at which the window
     * ending there, {@code (t - windowMs, t]}, holds fewer than {@link #max} entries: the server's
     * check when a request arrives at {@code t}. Entries after {@code t} are not counted.
     */
    long roomLookingBack(long from) {
      long t = Math.max(from, blockedUntil);
      while (true) {
        NavigableMap<Long, Integer> inWindow = sent.subMap(t - windowMs, false, t, true);
        int over = -max;
        for (int c : inWindow.values()) {
          over += c;
        }
        if (over < 0) {
          return t;
        }
        // room once the oldest (over + 1) entries of the window have left it
        for (Map.Entry<Long, Integer> e : inWindow.entrySet()) {
          over -= e.getValue();
          if (over < 0) {
            t = e.getKey() + windowMs;
            break;
          }
        }
      }
    }

    /** Reservations in {@code [from, to]}. */
    int count(long from, long to) {
      if (from > to) {
        return 0;
      }
      int n = 0;
      for (int c : sent.subMap(from, true, to, true).values()) {
        n += c;
      }
      return n;
    }

    void add(long t) {
      add(t, 1);
    }

    void add(long t, int n) {
      sent.merge(t, n, Integer::sum);
      size += n;
    }

    /** Removes one entry at {@code t}; false when there is none (already pruned). */
    boolean remove(long t) {
      if (!sent.containsKey(t)) {
        return false;
      }
      sent.merge(t, -1, (c, minusOne) -> c == 1 ? null : c + minusOne);
      size--;
      return true;
    }

    /** Moves one entry from {@code from} to {@code to}, unless it was already pruned. */
    void move(long from, long to) {
      if (remove(from)) {
        add(to);
      }
    }
  }
}

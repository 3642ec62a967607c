package dev.pitkit.ghl.client.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The {@link HttpClient} a client builds for itself, started on a daemon thread of its own when the
 * client is built ({@link Background}) and taken by the first request. Building one initialises the JDK's TLS stack (even
 * for {@code http://}), the largest single cost of a cold start; on its own thread it overlaps with
 * what the calling thread does meanwhile (the JSON mapper, the method model, the request), as Spring
 * Boot's background pre-initializer does for its own start. A caller's {@code HttpClient} is ready
 * at once.
 */
final class HttpClientStart {
  /** Null once {@link #release()}d: the client was closed. */
  private volatile FutureTask<HttpClient> building;

  private HttpClientStart(FutureTask<HttpClient> building) {
    this.building = building;
  }

  /** One that is ready. */
  static HttpClientStart of(HttpClient client) {
    FutureTask<HttpClient> done = new FutureTask<>(() -> client);
    done.run();
    return new HttpClientStart(done);
  }

  /** Starts {@code build} on a daemon thread now (or runs it here when no thread can be started). */
  static HttpClientStart inBackground(Callable<HttpClient> build) {
    FutureTask<HttpClient> task = new FutureTask<>(build);
    if (!Background.start("ghl-http-client-start", task)) {
      task.run();
    }
    return new HttpClientStart(task);
  }

  /**
   * The client, waiting for it to be built if need be.
   *
   * @throws InterruptedIOException when the waiting thread is interrupted (its flag set again)
   */
  HttpClient get() throws IOException {
    FutureTask<HttpClient> task = building;
    if (task == null) {
      throw new IOException("the GhlClient was closed"); // a call that raced close(): nothing was sent
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while the HttpClient was being built");
      io.initCause(e);
      throw io;
    } catch (ExecutionException e) {
      // what HttpClient.Builder.build() threw (e.g. no selector could be opened), as it would have on this thread
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new UncheckedIOException(new java.io.IOException("the HttpClient could not be built", cause));
    }
  }

  /**
   * Lets go of the client and returns it once built, waiting for it uninterruptibly (closing must not
   * leave it open); null if it failed or was released before.
   */
  HttpClient release() {
    FutureTask<HttpClient> task = building;
    building = null;
    if (task == null) {
      return null;
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException | RuntimeException | Error e) {
          return null;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.pitkit.ghl.invoker.ApiResponseDecoder;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The cold-start work done ahead on threads of their own: the client's HttpClient
 * ({@link HttpClientStart}) and an answer's deserializer ({@link SafeDecoder#prefetch}), with the
 * same results and failures as doing it on the calling thread.
 */
class BackgroundStartTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().build();

  @Test
  void theHttpClientIsBuiltOnADaemonThreadAndHandedToEveryRequest() throws Exception {
    AtomicReference<Thread> builder = new AtomicReference<>();
    HttpClientStart start = HttpClientStart.inBackground(() -> {
      builder.set(Thread.currentThread());
      return HTTP;
    });
    assertSame(HTTP, start.get());
    assertSame(HTTP, start.get());
    assertEquals("ghl-http-client-start", builder.get().getName());
    assertTrue(builder.get().isDaemon(), "never keeps the JVM alive");
  }

  @Test
  void aCallersClientIsReadyAtOnce() throws Exception {
    assertSame(HTTP, HttpClientStart.of(HTTP).get());
  }

  @Test
  void whatBuildingThrewIsThrownToTheRequestAndCloseGetsNothing() {
    IllegalStateException failure = new IllegalStateException("no selector");
    HttpClientStart start = HttpClientStart.inBackground(() -> {
      throw failure;
    });
    assertSame(failure, assertThrows(IllegalStateException.class, start::get));
    assertNull(start.release());
  }

  @Test
  void aRequestInterruptedWhileWaitingFailsWithItsFlagSetAndCloseStillGetsTheClient() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    HttpClientStart start = HttpClientStart.inBackground(() -> {
      release.await();
      return HTTP;
    });
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      Thread.currentThread().interrupt();
      try {
        start.get();
      } catch (Throwable t) {
        thrown.set(t);
      }
      flag.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    caller.join();
    assertTrue(thrown.get() instanceof InterruptedIOException, String.valueOf(thrown.get()));
    assertTrue(flag.get(), "the interrupt flag is set again");

    AtomicReference<HttpClient> closed = new AtomicReference<>();
    Thread closer = new Thread(() -> {
      Thread.currentThread().interrupt(); // closing waits through an interrupt, then restores it
      closed.set(start.release());
      flag.set(Thread.currentThread().isInterrupted());
    });
    closer.start();
    release.countDown();
    closer.join();
    assertSame(HTTP, closed.get());
    assertTrue(flag.get());
    // released: a request racing the close is told the client was closed (nothing sent), and the
    // client is no longer referenced (on JDK 17 its threads end once it is collected)
    assertTrue(assertThrows(java.io.IOException.class, start::get).getMessage().contains("closed"));
    assertNull(start.release());
  }

  /** Built by Jackson when the deserializer of {@link Prefetched} is; records the thread that built it. */
  public static final class RecordingDeserializer extends JsonDeserializer<Prefetched> {
    static final List<String> BUILT_ON = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final CountDownLatch BUILT = new CountDownLatch(1);

    public RecordingDeserializer() {
      BUILT_ON.add(Thread.currentThread().getName());
      BUILT.countDown();
    }

    @Override
    public Prefetched deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new Prefetched(p.getValueAsString());
    }
  }

  /** An answer type whose deserializer is observable. */
  @JsonDeserialize(using = RecordingDeserializer.class)
  public record Prefetched(String value) {}

  @Test
  void anAnswersDeserializerIsBuiltAheadOnceAndUsedByTheDecode() throws Exception {
    ObjectMapper mapper = ClientJson.newMapper();
    SafeDecoder decoder = new SafeDecoder(new ApiResponseDecoder(mapper), mapper, new Secret("fake_key_background"));
    decoder.prefetch(Prefetched.class);
    decoder.prefetch(Prefetched.class); // a second call of the method starts nothing
    assertTrue(RecordingDeserializer.BUILT.await(1, TimeUnit.MINUTES), "the prefetch ran");
    for (Thread t : Thread.getAllStackTraces().keySet()) { // and finished: the deserializer is cached
      if (t.getName().equals("ghl-decoder-prefetch")) {
        t.join();
      }
    }

    Response answer = Response.builder().status(200).headers(Map.of("Content-Type", List.of("application/json")))
        .request(Request.create(Request.HttpMethod.GET, "http://h/x", Map.of(), null, StandardCharsets.UTF_8, null))
        .body("\"ok\"".getBytes(StandardCharsets.UTF_8)).build();
    assertEquals(new Prefetched("ok"), decoder.decode(answer, Prefetched.class));
    decoder.prefetch(Prefetched.class);
    assertEquals(List.of("ghl-decoder-prefetch"), RecordingDeserializer.BUILT_ON,
        "built once, ahead, on the prefetch thread; the decode reused it");
  }
}

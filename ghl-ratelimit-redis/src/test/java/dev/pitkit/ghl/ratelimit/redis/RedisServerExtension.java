package dev.pitkit.ghl.ratelimit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real {@code redis-server} on 127.0.0.1 and a free port for a test class (no mock of
 * Redis), flushes it before each test, and can kill and restart it on the same port for fault
 * tests. {@code --save '' --appendonly no}: nothing is written to disk.
 *
 * <p>Without {@code redis-server} on the PATH (or at {@code -Dghl.redis.server=...}) the tests are
 * skipped with a message, unless the environment variable {@code CI} is set or
 * {@code -Dghl.redis.required=true}: then they fail.
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private int port;
  private Process process;
  private RedisClient admin;
  private Path dir;

  /** True when the Redis tests must run (CI): a missing redis-server is then a failure, not a skip. */
  static boolean required() {
    String ci = System.getenv("CI");
    return (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) || Boolean.getBoolean("ghl.redis.required");
  }

  /** redis-server: {@code -Dghl.redis.server=/path/to/redis-server} if set (a missing file means none), else the PATH. */
  static String executable() {
    String configured = System.getProperty("ghl.redis.server");
    if (configured != null && !configured.isBlank()) {
      return new File(configured).canExecute() ? configured : null;
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(File.pathSeparator)) {
        File f = new File(d, "redis-server");
        if (f.canExecute()) {
          return f.getPath();
        }
      }
    }
    for (String d : List.of("/usr/bin", "/usr/local/bin", "/usr/sbin")) {
      File f = new File(d, "redis-server");
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    String exe = executable();
    if (exe == null) {
      String message = "redis-server is not installed (apt-get install -y redis-server): the Redis tests are skipped";
      if (required()) {
        throw new IllegalStateException(message.replace("are skipped", "are required here (CI or -Dghl.redis.required=true)"));
      }
      Assumptions.abort(message);
    }
    dir = Files.createTempDirectory("ghl-redis-test");
    port = freePort();
    start();
    admin = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(port).withTimeout(Duration.ofSeconds(30)).build());
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    if (process == null || !process.isAlive()) {
      start();
    }
    try (StatefulRedisConnection<String, String> c = admin.connect()) {
      c.sync().flushall();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (admin != null) {
      admin.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
    kill();
  }

  /** The port Redis listens on (also while it is killed: a restart uses the same one). */
  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:port}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts redis-server and waits until it answers PING. */
  public synchronized void start() throws IOException, InterruptedException {
    String exe = executable();
    process = new ProcessBuilder(exe, "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
        "--dir", dir.toString(), "--loglevel", "warning")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!ping()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("redis-server exited: " + Files.readString(dir.resolve("redis.log"), StandardCharsets.UTF_8));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("redis-server did not answer PING on port " + port);
      }
      Thread.sleep(20);
    }
  }

  /** Kills redis-server (SIGKILL) and waits until it is gone; its data is lost. */
  public synchronized void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A fresh connection for the test's own commands (scan, CLIENT PAUSE...); close it. */
  public StatefulRedisConnection<String, String> connect() {
    return admin.connect();
  }

  /** Runs {@code commands} on a fresh connection. */
  public <T> T with(java.util.function.Function<RedisCommands<String, String>, T> commands) {
    try (StatefulRedisConnection<String, String> c = admin.connect()) {
      return commands.apply(c.sync());
    }
  }

  private boolean ping() {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(1000);
      s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] buf = new byte[7];
      int n = s.getInputStream().read(buf);
      return n > 0 && new String(buf, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }
}

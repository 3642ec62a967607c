package dev.pitkit.ghl.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} of the benchmark's own on 127.0.0.1 and a free port, nothing written to
 * disk ({@code --save '' --appendonly no}); stopped by {@link #close()}.
 */
public final class LocalRedis implements AutoCloseable {
  private final Process process;
  private final int port;

  private LocalRedis(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The redis-server executable on the PATH (or in /usr/bin, /usr/local/bin), or null. */
  public static String executable() {
    String path = System.getenv("PATH");
    for (String d : (path == null ? "" : path + File.pathSeparator).concat("/usr/bin:/usr/local/bin").split(File.pathSeparator)) {
      File f = new File(d, "redis-server");
      if (!d.isEmpty() && f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }

  /** Starts redis-server and waits until it answers PING. */
  public static LocalRedis start() throws IOException, InterruptedException {
    String exe = executable();
    if (exe == null) {
      throw new IOException("redis-server is not installed (apt-get install -y redis-server)");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path dir = Files.createTempDirectory("ghl-bench-redis");
    Process p = new ProcessBuilder(List.of(exe, "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "",
        "--appendonly", "no", "--dir", dir.toString(), "--loglevel", "warning"))
        .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
    LocalRedis r = new LocalRedis(p, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!r.ping()) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IOException("redis-server did not start: " + Files.readString(dir.resolve("redis.log"), StandardCharsets.UTF_8));
      }
      Thread.sleep(20);
    }
    return r;
  }

  /** {@code redis://127.0.0.1:port}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  private boolean ping() {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] b = new byte[7];
      int n = s.getInputStream().read(b);
      return n > 0 && new String(b, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

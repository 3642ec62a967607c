package dev.pitkit.ghl.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local server of one JMH trial, by default in a JVM of its own so that {@code -prof gc}
 * (which counts every thread of the benchmark JVM) reports the client's allocations only and the
 * {@code -Xmx64m} of the pagination benchmark limits the client only. {@code -Dghl.bench.server=inprocess}
 * runs it in the benchmark JVM instead.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final LocalGhlServer inProcess;
  private final String baseUrl;

  private ServerProcess(Process process, LocalGhlServer inProcess, String baseUrl) {
    this.process = process;
    this.inProcess = inProcess;
    this.baseUrl = baseUrl;
  }

  /** Starts a server whose contact list has {@code listTotal} contacts. */
  public static ServerProcess start(long listTotal) throws IOException {
    if ("inprocess".equals(System.getProperty("ghl.bench.server"))) {
      LocalGhlServer s = LocalGhlServer.start(listTotal);
      return new ServerProcess(null, s, s.baseUrl());
    }
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true",
        "-cp", System.getProperty("java.class.path"), LocalGhlServer.class.getName(), Long.toString(listTotal)))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("LISTENING ")) {
      p.destroyForcibly();
      throw new IOException("the server process did not start: " + line);
    }
    return new ServerProcess(p, null, line.substring("LISTENING ".length()).trim());
  }

  /** {@code http://127.0.0.1:port}. */
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public void close() {
    if (inProcess != null) {
      inProcess.close();
      return;
    }
    try {
      process.getOutputStream().close(); // the server exits on EOF
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

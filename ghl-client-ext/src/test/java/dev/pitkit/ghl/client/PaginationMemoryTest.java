package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Auto-pagination holds one page at a time: 100,000 contacts of about 1 KiB each (1,000 pages)
 * are walked in a child JVM whose heap is capped at 64 MiB (Surefire's argLine cannot be set per
 * test, so the test spawns the JVM itself). Keeping the walked pages would need ~110 MiB.
 */
class PaginationMemoryTest {

  /** The test classpath: Surefire's real one when it runs us through a manifest-only jar. */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static Result runChild(String... args) throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", classpath(),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", PagingWalkMain.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread pump = new Thread(() -> {
      try (InputStream in = p.getInputStream()) {
        in.transferTo(out);
      } catch (IOException ignored) {
        // the process died; its exit code tells the story
      }
    });
    pump.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the paging child JVM did not finish");
    }
    pump.join(10_000);
    return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8));
  }

  private record Result(int exit, String output) {}

  @Test
  void walksOneHundredThousandItemsInA64MiBHeap() throws Exception {
    Result r = runChild();
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("COUNT 100000 PAGES 1000 IN_ORDER true"), r.output());
  }
}

package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Standalone serving, as {@code handlekit serve} uses it. */
class ServeUntilStoppedTest {
  private static final Pattern READY = Pattern.compile("handlekit simulator listening on (http://127\\.0\\.0\\.1:\\d+)");

  @Test
  void servesUntilSigtermThenStopsCleanly() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ServeMain.class.getName(), "0").redirectErrorStream(true).start();
    try {
      BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = output.readLine();
      Matcher ready = READY.matcher(line == null ? "" : line);
      assertTrue(ready.matches(), "first line: " + line);
      URI base = URI.create(ready.group(1));
      assertEquals(204, Http.post(base.resolve("/handles"), Http.ACTIVITY).status());
      process.toHandle().destroy(); // SIGTERM, leaving our end of the pipes open
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "still running after SIGTERM");
      assertEquals(null, output.readLine(), "exactly one line is printed");
      assertThrows(UncheckedIOException.class, () -> Http.post(base.resolve("/handles"), Http.ACTIVITY));
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void anInterruptStopsServingInProcess() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    Thread serving = new Thread(() -> HandlesSimulator.serveUntilStopped(HandlesSimulator.builder().port(0), print));
    serving.start();
    String line = "";
    for (int i = 0; i < 300 && !line.contains("\n"); i++) {
      Thread.sleep(100);
      line = out.toString(StandardCharsets.UTF_8);
    }
    Matcher ready = READY.matcher(line.strip());
    assertTrue(ready.matches(), line);
    URI base = URI.create(ready.group(1));
    assertEquals(201, Http.post(base.resolve("/handles"), Http.INVITE).status());
    serving.interrupt();
    serving.join(30_000);
    assertFalse(serving.isAlive());
    assertThrows(UncheckedIOException.class, () -> Http.post(base.resolve("/handles"), Http.ACTIVITY));
  }

  @Test
  void aTakenPortIsAClearError() {
    try (HandlesSimulator first = HandlesSimulator.start()) {
      IllegalStateException failure = assertThrows(IllegalStateException.class,
          () -> HandlesSimulator.builder().port(first.port()).start());
      assertTrue(failure.getMessage().startsWith("cannot start the simulator on 127.0.0.1:" + first.port()),
          failure.getMessage());
    }
  }

  @Test
  void builderRefusesBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> HandlesSimulator.builder().port(65_536));
    assertThrows(IllegalArgumentException.class, () -> HandlesSimulator.builder().port(-1));
    assertThrows(IllegalArgumentException.class, () -> HandlesSimulator.builder().inviteTtl(java.time.Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> HandlesSimulator.builder().maxBodyBytes(0));
  }
}

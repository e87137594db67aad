package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.simulator.RequestJournal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * handlekit serve, end to end: it announces its URL, answers a valid activity with 204, prints a line per request
 * (none with --quiet), writes a journal, turns the admin API on only when asked, and stops.
 */
class ServeCommandTest {
  private static final Pattern ANNOUNCEMENT = Pattern.compile("handlekit simulator listening on (http://\\S+)");

  /** A writer that keeps what it is given and opens a latch at the first line. */
  private static final class FirstLine extends Writer {
    final StringBuffer text = new StringBuffer();
    final CountDownLatch written = new CountDownLatch(1);

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
      if (text.indexOf("\n") >= 0) {
        written.countDown();
      }
    }

    /** Waits until {@code count} lines were written: observers run after the answer is sent. */
    void awaitLines(long count) throws InterruptedException {
      awaitUntil(() -> text.toString().lines().count() >= count);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Polls {@code condition}; the 60 s are a guard against hanging the build, not a measure of speed. */
  private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void servesAValidActivityWith204UntilInterrupted() throws Exception {
    FirstLine out = new FirstLine();
    StringWriter err = new StringWriter();
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread server = new Thread(() -> exitCode.set(Main.commandLine(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out), new PrintWriter(err)).execute("serve", "--port", "0")), "serve-under-test");
    server.start();
    try {
      // A guard against hanging the build, not a measure of speed.
      assertTrue(out.written.await(60, TimeUnit.SECONDS), () -> "no announcement; err: " + err);
      Matcher matcher = ANNOUNCEMENT.matcher(out.text);
      assertTrue(matcher.find(), out.text::toString);
      URI handles = URI.create(matcher.group(1) + "/handles");
      assertEquals("127.0.0.1", handles.getHost());

      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> valid = client.send(post(handles, ExitCodeTest.VALID_ACTIVITY), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> invalid = client.send(post(handles, NdjsonTest.MOCK), HttpResponse.BodyHandlers.ofString());

      assertEquals(204, valid.statusCode(), valid::body);
      assertEquals("", valid.body());
      assertEquals(400, invalid.statusCode(), invalid::body);
    } finally {
      server.interrupt();
      server.join(TimeUnit.SECONDS.toMillis(60));
    }
    assertEquals(0, exitCode.get(), () -> "err: " + err);
  }

  /** A serve command running on its own thread, with its output captured. */
  private static final class Serving implements AutoCloseable {
    final FirstLine out = new FirstLine();
    final StringWriter err = new StringWriter();
    final AtomicInteger exitCode = new AtomicInteger(-1);
    final Thread thread;
    final URI handles;

    Serving(String... options) throws InterruptedException {
      String[] args = new String[options.length + 3];
      args[0] = "serve";
      args[1] = "--port";
      args[2] = "0";
      System.arraycopy(options, 0, args, 3, options.length);
      thread = new Thread(() -> exitCode.set(Main.commandLine(new ByteArrayInputStream(new byte[0]),
          new PrintWriter(out), new PrintWriter(err)).execute(args)), "serve-under-test");
      thread.start();
      // A guard against hanging the build, not a measure of speed.
      assertTrue(out.written.await(60, TimeUnit.SECONDS), () -> "no announcement; err: " + err);
      Matcher matcher = ANNOUNCEMENT.matcher(out.text);
      assertTrue(matcher.find(), out.text::toString);
      handles = URI.create(matcher.group(1) + "/handles");
    }

    /** Stops the command and returns its exit code; its observers have seen every answered request by then. */
    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(TimeUnit.SECONDS.toMillis(60));
      return exitCode.get();
    }

    @Override
    public void close() throws InterruptedException {
      if (thread.isAlive()) {
        stop();
      }
    }
  }

  @Test
  void eachRequestGetsAConsoleLine() throws Exception {
    try (Serving serving = new Serving()) {
      HttpClient client = HttpClient.newHttpClient();
      assertEquals(204, client.send(post(serving.handles, ExitCodeTest.VALID_ACTIVITY), HttpResponse.BodyHandlers.ofString()).statusCode());
      serving.out.awaitLines(2); // a line is printed once the answer is out: wait, so the lines keep request order
      assertEquals(400, client.send(post(serving.handles, NdjsonTest.MOCK), HttpResponse.BodyHandlers.ofString()).statusCode());
      serving.out.awaitLines(3);
      assertEquals(0, serving.stop(), serving.err::toString);

      List<String> lines = serving.out.text.toString().lines().toList();
      assertEquals(3, lines.size(), serving.out.text::toString);
      assertTrue(lines.get(1).matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z POST /handles 204 - \\d+ ms"), lines::toString);
      assertTrue(lines.get(2).matches("\\S+ POST /handles 400 \\S*guid\\.format\\S* \\d+ ms"), lines::toString);
      assertEquals("", serving.err.toString());
    }
  }

  /**
   * The path a terminal or a container takes: the real {@code main} in its own JVM, stopped by SIGTERM. Its shutdown
   * hook stops the server, the process ends with 143 (128 + SIGTERM, as the JVM reports it), and with --quiet the
   * listening line is the only line it ever prints.
   */
  @Test
  void sigtermStopsTheServerAndTheProcess() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--port", "0", "--quiet").redirectErrorStream(true).start();
    try {
      java.io.BufferedReader output = new java.io.BufferedReader(
          new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = output.readLine();
      Matcher ready = ANNOUNCEMENT.matcher(line == null ? "" : line);
      assertTrue(ready.matches(), "first line: " + line);
      URI handles = URI.create(ready.group(1) + "/handles");
      HttpClient client = HttpClient.newHttpClient();
      assertEquals(204, client.send(post(handles, ExitCodeTest.VALID_ACTIVITY), HttpResponse.BodyHandlers.ofString()).statusCode());

      process.toHandle().destroy(); // SIGTERM, leaving our end of the pipes open
      // A guard against hanging the build, not a measure of speed.
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running after SIGTERM");
      assertEquals(143, process.exitValue());
      assertEquals(null, output.readLine(), "exactly one line is printed");
      assertThrows(IOException.class, () -> client.send(post(handles, ExitCodeTest.VALID_ACTIVITY),
          HttpResponse.BodyHandlers.ofString()), "the server is stopped");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void quietPrintsOnlyTheListeningLine(@TempDir Path temp) throws Exception {
    // The journal is told of the exchange together with the console: once its line is there, a console line would be.
    Path journal = temp.resolve("quiet.ndjson");
    try (Serving serving = new Serving("--quiet", "--journal", journal.toString())) {
      HttpClient client = HttpClient.newHttpClient();
      assertEquals(204, client.send(post(serving.handles, ExitCodeTest.VALID_ACTIVITY), HttpResponse.BodyHandlers.ofString()).statusCode());
      awaitUntil(() -> lineCount(journal) >= 1);
      assertEquals(1, lineCount(journal), "the exchange was observed");
      assertEquals(0, serving.stop(), serving.err::toString);

      assertEquals(1, serving.out.text.toString().lines().count(), serving.out.text::toString);
    }
  }

  @Test
  void theJournalHasOneLinePerRequestWithCredentialsRedacted(@TempDir Path temp) throws Exception {
    Path journal = temp.resolve("requests.ndjson");
    String secret = "XBL3.0 x=1;secret-token";
    try (Serving serving = new Serving("--quiet", "--journal", journal.toString())) {
      HttpClient client = HttpClient.newHttpClient();
      int sent = 0;
      for (String body : new String[] {ExitCodeTest.VALID_ACTIVITY, NdjsonTest.MOCK}) {
        client.send(HttpRequest.newBuilder(serving.handles).header("Content-Type", "application/json")
            .header("X-Xbl-Contract-Version", "107").header("Authorization", secret)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        int expected = ++sent;
        awaitUntil(() -> lineCount(journal) >= expected); // journalled once the answer is out: keep request order
      }
      client.send(HttpRequest.newBuilder(serving.handles).GET().build(), HttpResponse.BodyHandlers.ofString());
      awaitUntil(() -> lineCount(journal) >= 3);
      assertEquals(0, serving.stop(), serving.err::toString);
    }

    String text = Files.readString(journal, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertEquals(3, lines.size(), text);
    assertFalse(text.contains("secret-token"), text);
    JsonNode first = JsonReports.parse(lines.get(0));
    assertEquals(RequestJournal.REDACTED, first.at("/headers/Authorization/0").asText(), lines.get(0));
    assertEquals(ExitCodeTest.VALID_ACTIVITY, first.path("body").asText());
    assertEquals(204, first.path("status").asInt());
    assertEquals(400, JsonReports.parse(lines.get(1)).path("status").asInt());
    assertEquals("GET", JsonReports.parse(lines.get(2)).path("method").asText());
  }

  @Test
  void aJournalThatCannotBeOpenedIsOneLineAndExitCodeTwo(@TempDir Path temp) {
    Path inAMissingDirectory = temp.resolve("no-such-directory").resolve("requests.ndjson");

    Cli.Result result = Cli.run("serve", "--journal", inAMissingDirectory.toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.err().lines().count(), result::toString);
    assertTrue(result.err().startsWith("handlekit serve: cannot open the journal " + inAMissingDirectory), result::toString);
    assertEquals("", result.out(), "nothing started");
  }

  @Test
  void anUnknownHostIsOneClearLine() {
    Cli.Result result = Cli.run("serve", "--host", "no.such.host.invalid");

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals("handlekit serve: cannot listen on no.such.host.invalid: no such host\n", result.err());
    assertFalse(result.err().contains("Exception"), result::toString);
    assertEquals("", result.out());
  }

  @Test
  void adminTurnsOnTheAdminApiWithAWarning() throws Exception {
    try (Serving plain = new Serving("--quiet"); Serving admin = new Serving("--quiet", "--admin")) {
      HttpClient client = HttpClient.newHttpClient();
      URI plainAdmin = plain.handles.resolve("/__admin/mappings");
      URI adminAdmin = admin.handles.resolve("/__admin/mappings");
      assertEquals(404, client.send(HttpRequest.newBuilder(plainAdmin).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(200, client.send(HttpRequest.newBuilder(adminAdmin).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(0, plain.stop());
      assertEquals(0, admin.stop());

      assertEquals("", plain.err.toString());
      assertTrue(admin.err.toString().startsWith("handlekit serve: WARNING: WireMock's admin API is on at "), admin.err::toString);
      assertEquals(1, admin.err.toString().lines().count(), admin.err::toString);
    }
  }

  private static long lineCount(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).lines().count();
    } catch (IOException e) {
      return 0;
    }
  }

  private static HttpRequest post(URI uri, String body) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .header("X-Xbl-Contract-Version", "107")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  @Test
  void aTakenPortIsAClearErrorWithExitCodeTwo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Cli.Result result = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()));

      assertEquals(2, result.exitCode(), result::toString);
      assertTrue(result.err().startsWith("handlekit serve: "), result::toString);
      assertTrue(result.err().contains(Integer.toString(taken.getLocalPort())), result::toString);
      ExitCodeTest.assertNoStackTrace(result);
    }
  }

  @Test
  void badPortsAreUsageErrors() {
    for (String port : new String[] {"70000", "-1", "http"}) {
      Cli.Result result = Cli.run("serve", "--port", port);
      assertEquals(2, result.exitCode(), result::toString);
      assertEquals("", result.out(), result::toString);
    }
  }

  @Test
  void serveHasHelpAndVersion() {
    Cli.Result help = Cli.run("serve", "--help");
    Cli.Result version = Cli.run("serve", "--version");

    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--host") && help.out().contains("--port"), help::toString);
    assertEquals("handlekit " + System.getProperty("handlekit.version") + "\n", version.out());
  }
}

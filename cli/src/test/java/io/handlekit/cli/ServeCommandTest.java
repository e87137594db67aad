package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** handlekit serve, end to end: it announces its URL, answers a valid activity with 204, and stops. */
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

    @Override
    public void flush() {}

    @Override
    public void close() {}
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

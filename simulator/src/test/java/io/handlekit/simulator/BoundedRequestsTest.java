package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.validator.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Each request costs the simulator a bounded amount of memory, threads and time, and is never answered with a 5xx:
 * compressed bodies are refused before they are read, large ones after the limit plus one byte, a body that stops
 * short after a deadline, and slow senders do not keep other clients waiting.
 */
class BoundedRequestsTest {
  private static final byte[] ACTIVITY = Http.ACTIVITY.getBytes(StandardCharsets.UTF_8);
  private static final String JSON = "Content-Type: application/json\r\nX-Xbl-Contract-Version: 107\r\n";

  private static byte[] head(String lines) {
    return ("POST /handles HTTP/1.1\r\nHost: 127.0.0.1\r\n" + lines + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void anyContentEncodingButOneIdentityIs415BeforeTheBodyIsRead() throws IOException {
    byte[] bomb = gzipOfZeros(4 << 20);
    try (HandlesSimulator sim = HandlesSimulator.start()) {
      List<String> refused = List.of(
          "Content-Encoding: identity\r\nContent-Encoding: gzip\r\n",
          "Content-Encoding: gzip\r\nContent-Encoding: identity\r\n",
          "Content-Encoding: identity, gzip\r\n",
          "Content-Encoding: identity\r\nContent-Encoding: identity\r\n",
          "Content-Encoding: gzip\r\n",
          "Content-Encoding: \r\n");
      for (String encoding : refused) {
        // Only the head is sent: a refusal that needed the body would never come.
        RawHttp.Answer answer = RawHttp.send(sim.port(),
            head(JSON + encoding + "Content-Length: " + bomb.length + "\r\n"), new byte[0], 20_000);
        assertEquals(415, answer.status(), encoding);
        assertTrue(answer.closed(), "the connection is closed after the refusal: " + encoding);
      }
      RawHttp.Answer whole = RawHttp.send(sim.port(), head(JSON + "Content-Encoding: identity\r\nContent-Encoding: gzip"
          + "\r\nConnection: close\r\nContent-Length: " + bomb.length + "\r\n"), bomb, 20_000);
      assertEquals(415, whole.status());
      RawHttp.Answer identity = RawHttp.send(sim.port(), head(JSON + "Content-Encoding: identity\r\n"
          + "Connection: close\r\nContent-Length: " + ACTIVITY.length + "\r\n"), ACTIVITY, 20_000);
      assertEquals(204, identity.status());
      assertEquals(List.of(415, 204), sim.exchanges().stream().map(RecordedExchange::status).toList()
          .subList(sim.exchanges().size() - 2, sim.exchanges().size()));
      assertFalse(sim.exchanges().get(sim.exchanges().size() - 2).followsContract());
    }
  }

  @Test
  void aContentLengthOverTheLimitIsRefusedOnTheHeaderAlone() {
    try (HandlesSimulator sim = HandlesSimulator.builder().maxBodyBytes(1024).start()) {
      // No body follows: the answer must not wait for one (WireMock used to wait 30 s, then answer 500).
      RawHttp.Answer answer = RawHttp.send(sim.port(), head(JSON + "Content-Length: 300000000\r\n"), new byte[0],
          20_000);
      assertEquals(413, answer.status());
      assertTrue(answer.closed());
      assertFalse(answer.timedOut());
      assertTrue(answer.header("Content-Type").orElse("").startsWith("text/plain"));
      assertEquals(1, answer.body().lines().count(), answer.body());
      RecordedExchange recorded = sim.exchanges().get(0);
      assertEquals(413, recorded.status());
      assertTrue(recorded.report().has(Rule.INPUT_TOO_LARGE), recorded.report().toString());
      assertEquals(1, recorded.problems().size(), recorded.problems().toString());
    }
  }

  @Test
  void aChunkedBodyIsReadOnlyUpToTheLimitThenRefusedAndTheConnectionClosed() throws Exception {
    int limit = 64 * 1024;
    long sendAtMost = 64L << 30; // a safety net only: at loopback speed, many seconds of writing
    try (HandlesSimulator sim = HandlesSimulator.builder().maxBodyBytes(limit).start();
        Socket socket = new Socket("127.0.0.1", sim.port())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head(JSON + "Transfer-Encoding: chunked\r\n"));
      AtomicLong sent = new AtomicLong();
      java.util.concurrent.atomic.AtomicBoolean closedByTheServer = new java.util.concurrent.atomic.AtomicBoolean();
      // A body with no end: the writer stops only when the server closes the connection (or at the bound).
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        byte[] chunk = ("10000\r\n" + "7".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
          while (sent.get() < sendAtMost) {
            out.write(chunk);
            sent.addAndGet(0x10000);
          }
        } catch (IOException closed) {
          closedByTheServer.set(true);
        }
      });
      RawHttp.Answer answer = RawHttp.read(socket.getInputStream());
      writer.get(120, TimeUnit.SECONDS);
      assertEquals(413, answer.status());
      assertTrue(answer.closed(), "the connection is closed after the refusal");
      // The server stopped reading soon after the limit and closed the connection under the writer's feet.
      assertTrue(closedByTheServer.get(), "the server read all " + sent.get() + " bytes");
    }
  }

  @Test
  void aBodyThatStopsShortIs400AfterTheBodyTimeoutNeverA5xxNorAStackTraceInTheLog() {
    List<LogRecord> logged = java.util.Collections.synchronizedList(new ArrayList<>());
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    // Long enough that a busy machine still reads the 12 bytes before the deadline, short enough for a quick test.
    try (HandlesSimulator sim = HandlesSimulator.builder().bodyTimeout(Duration.ofSeconds(3)).start()) {
      RawHttp.Answer answer = RawHttp.send(sim.port(), head(JSON + "Content-Length: 100\r\n"),
          "{\"version\":1".getBytes(StandardCharsets.UTF_8), 20_000);
      assertEquals(400, answer.status());
      assertTrue(answer.closed());
      assertEquals(1, answer.body().lines().count(), answer.body());
      assertFalse(answer.body().contains("Exception"), answer.body());
      RecordedExchange recorded = sim.exchanges().get(sim.exchanges().size() - 1);
      assertEquals(400, recorded.status());
      assertTrue(recorded.problems().contains("the body stopped after 12 of the 100 bytes of its Content-Length"),
          recorded.problems().toString());
      // The peer that gives up half-way is as common as it is harmless: nothing to log, least of all a stack trace.
      RawHttp.send(sim.port(), head(JSON + "Content-Length: 100\r\n"), new byte[12], 20_000);
    } finally {
      root.removeHandler(capture);
    }
    assertEquals(List.of(), logged.stream().filter(r -> r.getThrown() != null)
        .map(r -> r.getMessage() + ": " + r.getThrown()).toList());
  }

  @Test
  void malformedHttpIsAnsweredInOnePlainLineWithoutAStackTrace() {
    try (HandlesSimulator sim = HandlesSimulator.start()) {
      String post = "POST /handles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
      for (String request : List.of("GARBAGE\r\n\r\n", post + "Content-Length: -5\r\n\r\n",
          post + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n",
          post + "Transfer-Encoding: gzip, chunked\r\n\r\n",
          post + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n",
          post + "X-Big: " + "a".repeat(300_000) + "\r\n\r\n")) {
        RawHttp.Answer answer = RawHttp.send(sim.port(), request.getBytes(StandardCharsets.ISO_8859_1), new byte[0],
            20_000);
        if (answer.status() == 0 && request.contains("X-Big")) {
          // The server refuses a 300 KB head before the client has written it all; the refusal can be lost in the
          // reset that the unread rest of the head causes. A closed connection is an answer too, never a 5xx.
          assertTrue(answer.closed(), "neither an answer nor a closed connection for the oversized head");
          continue;
        }
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer.status() + " for " + request);
        assertFalse(answer.timedOut(), "the connection stays open after " + answer.status() + " for " + request);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("text/plain"), answer.headers().toString());
        assertFalse(answer.body().contains("<"), answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
      }
    }
  }

  /**
   * More slow senders than the server has worker threads: each sends its body at one byte per two seconds, far
   * longer than the test. A normal client must still be answered: the bodies are read without holding a thread.
   * (With the body deadline at a minute, it is not the deadline that frees the threads.)
   */
  @Test
  void aHundredSlowSendersDoNotStarveANormalClient() throws Exception {
    int slow = 100;
    int threads = 8;
    List<Socket> sockets = new ArrayList<>();
    try (HandlesSimulator sim = HandlesSimulator.builder().containerThreads(threads)
        .bodyTimeout(Duration.ofMinutes(1)).start()) {
      try {
        for (int i = 0; i < slow; i++) {
          Socket socket = new Socket("127.0.0.1", sim.port());
          sockets.add(socket);
          socket.getOutputStream().write(head(JSON + "Content-Length: 1000\r\n"));
          socket.getOutputStream().write('{');
          socket.getOutputStream().flush();
        }
        Thread trickle = new Thread(() -> {
          try {
            for (int round = 0; round < 30; round++) {
              Thread.sleep(2_000);
              for (Socket socket : sockets) {
                socket.getOutputStream().write(' ');
                socket.getOutputStream().flush();
              }
            }
          } catch (IOException | InterruptedException stopped) {
            // the test is over
          }
        }, "slow senders");
        trickle.setDaemon(true);
        trickle.start();
        // Give the server time to take the slow requests in; it needs only as many as it has threads (8 of the 100)
        // to starve a server that holds a thread per body, so a slow machine that takes in fewer still tests it.
        Thread.sleep(2_000);
        try {
          // The answer comes in milliseconds; the 15 s only keep a starved server from hanging the build.
          Http.Response answer = Http.to(sim.handlesUri()).body(Http.ACTIVITY).send(Duration.ofSeconds(15));
          assertEquals(204, answer.status());
        } finally {
          trickle.interrupt();
        }
      } finally {
        for (Socket socket : sockets) {
          socket.close();
        }
      }
    }
  }

  private static byte[] gzipOfZeros(int size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(new byte[size]);
    }
    return bytes.toByteArray();
  }
}

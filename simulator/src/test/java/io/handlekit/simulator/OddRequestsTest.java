package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests that a well-behaved client cannot send, written by hand: still never a 5xx. */
class OddRequestsTest {
  private static final byte[] ACTIVITY = Http.ACTIVITY.getBytes(StandardCharsets.UTF_8);
  private static final String JSON_HEADERS = "\r\nContent-Type: application/json\r\nX-Xbl-Contract-Version: 107";

  private static HandlesSimulator sim;

  @BeforeAll
  static void start() {
    sim = HandlesSimulator.start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void aWellFormedRawRequestIsServed() {
    assertEquals(204, RawHttp.status(sim.port(), "POST /handles HTTP/1.1" + JSON_HEADERS, ACTIVITY));
  }

  @Test
  void aMalformedPercentEscapeInTheQueryIs400() {
    assertEquals(400, RawHttp.status(sim.port(), "POST /handles?%zz HTTP/1.1" + JSON_HEADERS, ACTIVITY));
    assertEquals(400, RawHttp.status(sim.port(), "GET /handles?a=%4 HTTP/1.1", new byte[0]));
  }

  @Test
  void aCompressedBodyIs415() {
    assertEquals(415, RawHttp.status(sim.port(), "POST /handles HTTP/1.1" + JSON_HEADERS
        + "\r\nContent-Encoding: gzip", ACTIVITY));
    assertEquals(204, RawHttp.status(sim.port(), "POST /handles HTTP/1.1" + JSON_HEADERS
        + "\r\nContent-Encoding: identity", ACTIVITY));
  }

  @Test
  void aJsonBodySentAsAFormIs415EvenWithAStrayPercent() {
    String body = Http.ACTIVITY.replace("session-49", "100%zz");
    Http.Response response = Http.to(sim.handlesUri()).header("Content-Type", "application/x-www-form-urlencoded")
        .body(body).send();
    assertEquals(415, response.status());
    assertEquals(405, Http.to(sim.handlesUri()).method("PUT").header("Content-Type", "application/x-www-form-urlencoded")
        .body("%").send().status());
  }

  @Test
  void aServerThatAcceptsAnyContentTypeJudgesAFormBodyAsJson() {
    try (HandlesSimulator lax = HandlesSimulator.builder().fault(Fault.ACCEPT_WRONG_CONTENT_TYPE).start()) {
      String body = Http.ACTIVITY.replace("session-49", "100%zz");
      assertEquals(204, Http.to(lax.handlesUri()).header("Content-Type", "application/x-www-form-urlencoded")
          .body(body).send().status());
      assertEquals(400, Http.to(lax.handlesUri()).header("Content-Type", "application/x-www-form-urlencoded")
          .body("a=%").send().status());
      assertEquals("application/x-www-form-urlencoded", lax.exchanges().get(0).header("Content-Type").orElse(""));
    }
  }

  @Test
  void twoContractVersionHeadersAre400() {
    assertEquals(400, RawHttp.status(sim.port(), "POST /handles HTTP/1.1" + JSON_HEADERS
        + "\r\nX-Xbl-Contract-Version: 107", ACTIVITY));
  }

  @Test
  void anyQueryStringIsAnsweredWithoutA5xx() {
    qt().withExamples(100).forAll(strings().ascii().ofLengthBetween(0, 40)
            .map(s -> s.replaceAll("[\\s\\x00-\\x1f\\x7f#]", "")))
        .checkAssert(query -> {
          int status = RawHttp.status(sim.port(), "POST /handles?" + query + " HTTP/1.1" + JSON_HEADERS, ACTIVITY);
          assertTrue(status == 204 || (status >= 400 && status < 500), query + " -> " + status);
        });
  }

  @Test
  void anyHeaderValueIsAnsweredWithoutA5xx() {
    qt().withExamples(100).forAll(strings().ascii().ofLengthBetween(0, 40)
            .map(s -> s.replaceAll("[\\r\\n\\x00]", "")))
        .checkAssert(value -> {
          for (String name : new String[] {"Content-Type", "X-Xbl-Contract-Version", "Content-Encoding", "Accept"}) {
            java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("X-Xbl-Contract-Version", "107");
            headers.put(name, value);
            StringBuilder head = new StringBuilder("POST /handles HTTP/1.1");
            headers.forEach((n, v) -> head.append("\r\n").append(n).append(": ").append(v));
            int status = RawHttp.status(sim.port(), head.toString(), ACTIVITY);
            assertTrue(status < 500, name + ": " + value + " -> " + status);
          }
        });
  }
}

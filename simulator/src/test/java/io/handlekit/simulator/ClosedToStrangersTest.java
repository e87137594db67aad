package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nobody who can reach the port, a web page in the developer's browser included, can reconfigure the simulator,
 * make it reach other hosts, write files or stop it: each attack is sent, with and without an {@code Origin}, and
 * afterwards the simulator answers exactly as before.
 */
class ClosedToStrangersTest {
  private static final String EVIL = "http://evil.example";
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();

  private static HttpServer internalHost;
  private static final AtomicInteger internalHits = new AtomicInteger();

  /** Another service on this machine that the simulator must never be made to call. */
  @BeforeAll
  static void startInternalHost() throws IOException {
    internalHost = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    internalHost.createContext("/", exchange -> {
      internalHits.incrementAndGet();
      byte[] secret = "internal secret".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, secret.length);
      exchange.getResponseBody().write(secret);
      exchange.close();
    });
    internalHost.start();
  }

  @AfterAll
  static void stopInternalHost() {
    internalHost.stop(0);
  }

  /** The requests of issue 11, each to be refused. */
  private static List<Attack> attacks() {
    String internal = "http://127.0.0.1:" + internalHost.getAddress().getPort();
    return List.of(
        new Attack("POST", "/__admin/mappings", "text/plain",
            "{\"priority\":1,\"request\":{\"method\":\"POST\",\"urlPath\":\"/handles\"},"
                + "\"response\":{\"status\":500,\"body\":\"pwned\"}}"),
        new Attack("POST", "/__admin/reset", null, ""),
        new Attack("POST", "/__admin/settings", null, "{\"fixedDelay\":600000}"),
        new Attack("POST", "/__admin/mappings", null, "{\"request\":{\"urlPathPattern\":\"/ssrf/.*\"},"
            + "\"response\":{\"proxyBaseUrl\":\"" + internal + "\",\"proxyUrlPrefixToRemove\":\"/ssrf\"}}"),
        new Attack("POST", "/__admin/mappings", null,
            "{\"persistent\":true,\"request\":{\"urlPath\":\"/p\"},\"response\":{\"body\":\"x\"}}"),
        new Attack("POST", "/__admin/mappings/save", null, ""),
        new Attack("POST", "/__admin/recordings/start", null, "{\"targetBaseUrl\":\"" + internal + "\"}"),
        new Attack("GET", "/__admin/mappings", null, ""),
        new Attack("GET", "/__admin/requests", null, ""),
        new Attack("OPTIONS", "/__admin/mappings", null, ""),
        new Attack("POST", "/__admin/shutdown", null, ""));
  }

  record Attack(String method, String path, String contentType, String body) {}

  @Test
  void theAdminApiIsA404LikeAnyUnknownPathAndNothingChanges() throws Exception {
    Set<Path> filesBefore = files();
    try (HandlesSimulator sim = HandlesSimulator.start()) {
      for (String origin : new String[] {null, EVIL}) {
        for (Attack attack : attacks()) {
          HttpResponse<String> answer = send(sim.baseUri(), attack, origin);
          assertEquals(404, answer.statusCode(), attack + " from " + origin);
          assertOneLineOfText(answer);
          assertNoCors(answer);
        }
      }
      assertServesAsBefore(sim);
      HttpResponse<String> ssrf = send(sim.baseUri(), new Attack("GET", "/ssrf/index.html", null, ""), null);
      assertEquals(404, ssrf.statusCode());
      HttpResponse<String> persisted = send(sim.baseUri(), new Attack("GET", "/p", null, ""), null);
      assertEquals(404, persisted.statusCode());
    }
    assertEquals(0, internalHits.get(), "the simulator called another host");
    assertEquals(filesBefore, files(), "the simulator wrote files");
  }

  @Test
  void noAnswerCarriesCorsHeadersWhateverTheOrigin() throws Exception {
    try (HandlesSimulator sim = HandlesSimulator.start()) {
      HttpRequest preflight = HttpRequest.newBuilder(sim.handlesUri()).timeout(Duration.ofSeconds(30))
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
          .header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
          .header("Access-Control-Request-Headers", "content-type,x-xbl-contract-version").build();
      HttpResponse<String> answer = CLIENT.send(preflight, HttpResponse.BodyHandlers.ofString());
      assertEquals(405, answer.statusCode());
      assertNoCors(answer);
      HttpRequest post = HttpRequest.newBuilder(sim.handlesUri()).timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString(Http.ACTIVITY)).header("Origin", EVIL)
          .header("Content-Type", "application/json").header("X-Xbl-Contract-Version", "107").build();
      HttpResponse<String> posted = CLIENT.send(post, HttpResponse.BodyHandlers.ofString());
      assertEquals(204, posted.statusCode());
      assertNoCors(posted);
    }
  }

  @Test
  void anUnknownPathIsAOneLinePlainTextNotFound() throws Exception {
    try (HandlesSimulator sim = HandlesSimulator.start()) {
      for (String path : List.of("/", "/handles/", "/handle", "/favicon.ico", "/__admin", "/__admin/")) {
        HttpResponse<String> answer = send(sim.baseUri(), new Attack("GET", path, null, ""), null);
        assertEquals(404, answer.statusCode(), path);
        assertOneLineOfText(answer);
        assertFalse(answer.body().contains("Request was not matched"), answer.body());
      }
    }
  }

  @Test
  void noMappingsAreReadFromTheWorkingDirectory() throws Exception {
    // WireMock's default mappings folder, relative to the working directory.
    Path mappings = WORKING_DIRECTORY.resolve("src/test/resources/mappings");
    Path created = firstMissing(mappings);
    Path probe = mappings.resolve("handlekit-probe.json");
    try {
      Files.createDirectories(mappings);
      Files.writeString(probe, "{\"request\":{\"urlPath\":\"/probe\"},\"response\":{\"status\":200,\"body\":\"read\"}}");
      try (HandlesSimulator sim = HandlesSimulator.start()) {
        assertEquals(404, send(sim.baseUri(), new Attack("GET", "/probe", null, ""), null).statusCode());
      }
    } finally {
      Files.deleteIfExists(probe);
      if (created != null) {
        try (Stream<Path> walk = Files.walk(created)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    }
  }

  @Test
  void anEnabledAdminApiAnswersOnlyThisMachineWithoutAnOriginAndStillCannotProxyOrWriteFiles() throws Exception {
    Set<Path> filesBefore = files();
    try (HandlesSimulator sim = HandlesSimulator.builder().adminApi(true).start()) {
      assertTrue(sim.adminApiEnabled());
      String warning = sim.adminApiWarning().orElseThrow();
      assertTrue(warning.contains(sim.baseUrl() + "/__admin"), warning);
      assertTrue(warning.contains("shut the server down"), warning);

      Attack stub = new Attack("POST", "/__admin/mappings", null,
          "{\"request\":{\"urlPath\":\"/extra\"},\"response\":{\"status\":200,\"body\":\"added\"}}");
      HttpResponse<String> fromAPage = send(sim.baseUri(), stub, EVIL);
      assertEquals(404, fromAPage.statusCode());
      assertNoCors(fromAPage);
      for (String spelling : List.of("//__admin/mappings", "/handles/../__admin/mappings", "/%5F_admin/mappings",
          "/%255F_admin/mappings", "/./__admin/mappings")) {
        int sneaky = sendRaw(sim.port(), "POST " + spelling + " HTTP/1.1", stub.body(), EVIL);
        assertTrue(sneaky >= 400 && sneaky < 500, spelling + ": " + sneaky);
      }
      assertEquals(404, send(sim.baseUri(), new Attack("GET", "/extra", null, ""), null).statusCode());
      // A page whose domain was rebound to 127.0.0.1 sends same-origin requests without an Origin, under its name.
      byte[] rebound = stub.body().getBytes(StandardCharsets.UTF_8);
      assertEquals(404, RawHttp.send(sim.port(), ("POST /__admin/mappings HTTP/1.1\r\nHost: evil.example:" + sim.port()
          + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: " + rebound.length
          + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), rebound, 20_000).status());
      assertEquals(404, send(sim.baseUri(), new Attack("GET", "/extra", null, ""), null).statusCode());

      HttpResponse<String> fromHere = send(sim.baseUri(), stub, null);
      assertEquals(201, fromHere.statusCode(), fromHere.body());
      assertNoCors(fromHere);
      assertEquals("added", send(sim.baseUri(), new Attack("GET", "/extra", null, ""), null).body());

      Attack proxy = attacks().get(3);
      assertEquals(201, send(sim.baseUri(), proxy, null).statusCode());
      send(sim.baseUri(), new Attack("GET", "/ssrf/index.html", null, ""), null);
      Attack persistent = attacks().get(4);
      assertEquals(201, send(sim.baseUri(), persistent, null).statusCode());
      send(sim.baseUri(), new Attack("POST", "/__admin/mappings/save", null, ""), null);
      assertServesAsBefore(sim);
    }
    assertEquals(0, internalHits.get(), "the simulator called another host");
    assertEquals(filesBefore, files(), "the simulator wrote files");
  }

  @Test
  void aRequestRefusedBeforeItsBodyWasReadEndsItsConnection() {
    // A keep-alive client must not send its next request on a connection whose unread body makes it unusable.
    try (HandlesSimulator sim = HandlesSimulator.start()) {
      byte[] body = "{\"priority\":1}".getBytes(StandardCharsets.UTF_8);
      RawHttp.Answer answer = RawHttp.send(sim.port(), ("POST /__admin/mappings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1), body, 20_000);
      assertEquals(404, answer.status());
      assertEquals("close", answer.header("Connection").orElse("").toLowerCase(java.util.Locale.ROOT), answer.headers().toString());
      assertTrue(answer.closed(), "the server closes the connection after the refusal");
    }
  }

  @Test
  void theAdminApiIsOffByDefault() {
    try (HandlesSimulator sim = HandlesSimulator.start()) {
      assertFalse(sim.adminApiEnabled());
      assertTrue(sim.adminApiWarning().isEmpty());
    }
  }

  // A valid activity and invite are answered as before, promptly (a 10-minute delay would time the client out),
  // by the simulator's own endpoint (no stub answering 500 "pwned" in its place).
  private static void assertServesAsBefore(HandlesSimulator sim) {
    Http.Response activity = Http.post(sim.handlesUri(), Http.ACTIVITY);
    assertEquals(204, activity.status());
    Http.Response invite = Http.post(sim.handlesUri(), Http.INVITE);
    assertEquals(201, invite.status(), invite.text());
    assertTrue(invite.text().contains("\"invitedXuid\":\"3210\""), invite.text());
    assertEquals(400, Http.post(sim.handlesUri(), "{}").status());
    assertTrue(sim.isRunning());
  }

  private static HttpResponse<String> send(URI base, Attack attack, String origin) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + attack.path()))
        .timeout(Duration.ofSeconds(30))
        .method(attack.method(), attack.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(attack.body()));
    if (attack.contentType() != null) {
      request.header("Content-Type", attack.contentType());
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // A request line as written, which a client library would normalise.
  private static int sendRaw(int port, String requestLine, String body, String origin) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    RawHttp.Answer answer = RawHttp.send(port, (requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "Origin: " + origin + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), bytes, 20_000);
    return answer.status();
  }

  private static void assertOneLineOfText(HttpResponse<String> answer) {
    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
        answer.headers().map().toString());
    String body = answer.body();
    assertTrue(body.endsWith("\n") && body.indexOf('\n') == body.length() - 1, body);
  }

  private static void assertNoCors(HttpResponse<String> answer) {
    for (String name : answer.headers().map().keySet()) {
      assertFalse(name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"),
          "CORS header " + name + " in " + answer.headers().map());
    }
  }

  /** Every file under the working directory but the build's output. */
  private static Set<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(WORKING_DIRECTORY)) {
      return walk.filter(Files::isRegularFile).map(WORKING_DIRECTORY::relativize)
          .filter(path -> !path.startsWith("target"))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static Path firstMissing(Path directory) {
    Path missing = null;
    for (Path path = directory; path != null && !Files.exists(path); path = path.getParent()) {
      missing = path;
    }
    return missing;
  }
}

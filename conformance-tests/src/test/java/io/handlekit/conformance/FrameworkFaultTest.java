package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.simulator.HandlesSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The concurrency faults of the catalogue meet a second request however late it comes while the first is in
 * progress: their kill rests on that overlap, never on two requests falling into the same few milliseconds.
 */
class FrameworkFaultTest {
  private static final String INVITE = "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":"
      + "\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\",\"templateName\":\"t\",\"name\":\"n\"},\"invitedXuid\":\"3210\","
      + "\"inviteAttributes\":{\"titleId\":\"1\"}}";
  // Much longer than one request takes here: without a forced overlap the first is long answered by then.
  private static final long LATE_MILLIS = 600;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static FrameworkFault fault(String name) {
    return FrameworkFault.all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private HttpRequest invite(FrontServer front) {
    return HttpRequest.newBuilder(URI.create(front.baseUrl() + "/handles")).timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json").header("X-Xbl-Contract-Version", "107")
        .POST(HttpRequest.BodyPublishers.ofString(INVITE)).build();
  }

  private record Answers(HttpResponse<String> first, HttpResponse<String> second) {}

  /** Sends one invite, then a second one {@link #LATE_MILLIS} later while the first is in progress. */
  private Answers twoInvites(String faultName) throws Exception {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start();
        FrontServer front = fault(faultName).start(simulator.baseUri())) {
      CompletableFuture<HttpResponse<String>> first = client.sendAsync(invite(front), HttpResponse.BodyHandlers.ofString());
      Thread.sleep(LATE_MILLIS);
      HttpResponse<String> second = client.send(invite(front), HttpResponse.BodyHandlers.ofString());
      return new Answers(first.get(15, TimeUnit.SECONDS), second);
    }
  }

  private static String id(HttpResponse<String> response) throws Exception {
    JsonNode id = BodyRewrites.JSON.readTree(response.body()).get("id");
    return id == null ? "(none) in " + response.body() : id.asText();
  }

  @Test
  void theRacyCounterGivesALateSecondInviteTheSameId() throws Exception {
    Answers both = twoInvites("HANDLE_IDS_RACE_UNDER_CONCURRENCY");
    assertEquals(201, both.first().statusCode(), both.first()::body);
    assertEquals(201, both.second().statusCode(), both.second()::body);
    assertEquals(id(both.first()), id(both.second()), "the second invite read the counter before the first wrote it");
  }

  @Test
  void theOverloadedServerAnswersALateSecondRequest503() throws Exception {
    Answers both = twoInvites("ERROR_503_UNDER_PARALLEL_LOAD");
    assertEquals(201, both.first().statusCode(), both.first()::body);
    assertEquals(503, both.second().statusCode(), "the first request was still in progress: " + both.second().body());
  }
}

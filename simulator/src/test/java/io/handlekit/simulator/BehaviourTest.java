package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operational behaviours: throttling, overload and latency. */
class BehaviourTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<Integer> statuses(HandlesSimulator sim, int count) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(Http.post(sim.handlesUri(), Http.ACTIVITY).status());
    }
    return statuses;
  }

  @Test
  void throttlingEveryThirdRequestAnswers429WithRetryAfterAndJson() throws Exception {
    try (HandlesSimulator sim = HandlesSimulator.builder()
        .throttle(Schedule.everyNth(3), Duration.ofMillis(1500)).start()) {
      assertEquals(List.of(204, 204, 429, 204, 204, 429, 204), statuses(sim, 7));
      sim.clearExchanges();
      statuses(sim, 1);
      Http.Response throttled = Http.post(sim.handlesUri(), Http.ACTIVITY);
      assertEquals(429, throttled.status());
      assertEquals("2", throttled.header("Retry-After").orElse(""), "1.5 s rounds up");
      assertTrue(throttled.contentType().startsWith("application/json"));
      JsonNode body = JSON.readTree(throttled.body());
      assertEquals(429, body.get("code").intValue());
      assertEquals(2, body.get("retryAfterSeconds").intValue());
    }
  }

  @Test
  void throttlingTheFirstRequestsThenServing() {
    try (HandlesSimulator sim = HandlesSimulator.builder().throttle(Schedule.firstN(2), Duration.ofSeconds(1)).start()) {
      assertEquals(List.of(429, 429, 204, 204), statuses(sim, 4));
    }
  }

  @Test
  void overloadAnswers503WithRetryAfter() {
    try (HandlesSimulator sim = HandlesSimulator.builder().overload(Schedule.firstN(1), Duration.ofSeconds(30)).start()) {
      Http.Response overloaded = Http.post(sim.handlesUri(), Http.ACTIVITY);
      assertEquals(503, overloaded.status());
      assertEquals("30", overloaded.header("Retry-After").orElse(""));
      assertEquals(204, Http.post(sim.handlesUri(), Http.ACTIVITY).status());
    }
  }

  @Test
  void overloadIsCheckedBeforeThrottling() {
    try (HandlesSimulator sim = HandlesSimulator.builder()
        .overload(Schedule.everyNth(2), Duration.ofSeconds(5))
        .throttle(Schedule.firstN(1), Duration.ofSeconds(1)).start()) {
      assertEquals(List.of(429, 503, 204, 503), statuses(sim, 4));
    }
  }

  @Test
  void refusedRequestsAreStillRecordedWithTheirReport() {
    try (HandlesSimulator sim = HandlesSimulator.builder().throttle(Schedule.firstN(1), Duration.ofSeconds(1)).start()) {
      Http.post(sim.handlesUri(), "{}");
      assertEquals(429, sim.exchanges().get(0).status());
      assertTrue(!sim.exchanges().get(0).report().isValid());
    }
  }

  @Test
  void latencyDelaysEveryResponseByAtLeastTheConfiguredTime() {
    Duration latency = Duration.ofMillis(300);
    try (HandlesSimulator sim = HandlesSimulator.builder().latency(latency).start()) {
      for (String body : List.of(Http.ACTIVITY, "{}")) {
        long start = System.nanoTime();
        Http.post(sim.handlesUri(), body);
        // A lower bound only: the delay is a floor, so this cannot flake on a slow machine.
        assertTrue(System.nanoTime() - start >= latency.toNanos(), "answered before the latency passed");
      }
    }
  }

  @Test
  void schedulesRefuseNonsense() {
    assertThrows(IllegalArgumentException.class, () -> Schedule.everyNth(0));
    assertThrows(IllegalArgumentException.class, () -> Schedule.firstN(-1));
    assertThrows(IllegalArgumentException.class,
        () -> HandlesSimulator.builder().throttle(Schedule.firstN(1), Duration.ofSeconds(-1)).start());
  }
}

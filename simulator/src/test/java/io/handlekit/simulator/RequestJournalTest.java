package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.core.json.JournalEntry;
import io.handlekit.validator.HandlesValidator;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every exchange is observed, once, for a console line and an NDJSON journal whose bodies read back exactly. */
class RequestJournalTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TOKEN = "XBL3.0 x=1234;eyJhbGciOiJSUzI1NiJ9.secret";
  private static final Pattern CONSOLE_LINE = Pattern.compile(
      "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (GET|POST) /\\S* \\d{3} (-|[a-z.-]+(,[a-z.-]+)*) \\d+ ms");

  @Test
  void everyExchangeIsObservedAndJournalledWithCredentialsRedacted() throws Exception {
    List<ObservedExchange> observed = Collections.synchronizedList(new ArrayList<>());
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, '"', '}'};
    String pretty = Http.ACTIVITY.replace(",", ",\n  ");
    try (RequestJournal journal = RequestJournal.to(file, "X-Tenant-Key");
        HandlesSimulator sim = HandlesSimulator.builder().maxBodyBytes(4096)
            .observer(journal).observer(observed::add).start()) { // journal first: once observed, it is written
      URI handles = sim.handlesUri();
      assertEquals(204, Http.to(handles).header("Authorization", TOKEN).header("Cookie", "session=abc")
          .header("X-Tenant-Key", "k-123").body(Http.ACTIVITY).send().status());
      awaitObserved(observed, 1); // told once the answer is out: keep the journal in request order
      assertEquals(400, Http.post(handles,
          Http.ACTIVITY.replace("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "MockScid")).status());
      awaitObserved(observed, 2);
      assertEquals(204, Http.post(handles, pretty).status());
      awaitObserved(observed, 3);
      assertEquals(400, Http.to(handles).body(notUtf8).send().status());
      awaitObserved(observed, 4);
      assertEquals(405, Http.to(handles).method("GET").send().status());
      awaitObserved(observed, 5);
      assertEquals(404, Http.to(URI.create(sim.baseUrl() + "/elsewhere")).method("GET").send().status());
      awaitObserved(observed, 6);
      assertEquals(413, Http.to(handles).body(new byte[5000]).send().status());
      awaitObserved(observed, 7);
      journal.close();
      assertEquals(0, journal.failures());

      List<String> lines = file.toString(StandardCharsets.UTF_8).lines().toList();
      assertEquals(7, lines.size(), lines.toString());
      String all = String.join("\n", lines);
      assertFalse(all.contains("1234;eyJ") || all.contains("session=abc") || all.contains("k-123"), all);
      assertTrue(all.contains("\"Authorization\":[\"***\"]"), all);

      List<List<String>> expected = List.of(List.of("POST", "/handles", "204"), List.of("POST", "/handles", "400"),
          List.of("POST", "/handles", "204"), List.of("POST", "/handles", "400"), List.of("GET", "/handles", "405"),
          List.of("GET", "/elsewhere", "404"), List.of("POST", "/handles", "413"));
      List<byte[]> bodies = List.of(Http.ACTIVITY.getBytes(StandardCharsets.UTF_8),
          Http.ACTIVITY.replace("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "MockScid").getBytes(StandardCharsets.UTF_8),
          pretty.getBytes(StandardCharsets.UTF_8), notUtf8, new byte[0], new byte[0],
          new byte[0]); // the 413 was refused on its Content-Length, before a byte of the body was read
      HandlesValidator validator = HandlesValidator.create();
      for (int i = 0; i < lines.size(); i++) {
        JsonNode entry = JSON.readTree(lines.get(i));
        assertEquals(expected.get(i), List.of(entry.get("method").textValue(), entry.get("path").textValue(),
            entry.get("status").asText()), lines.get(i));
        Optional<JournalEntry> read = JournalEntry.parse(lines.get(i).getBytes(StandardCharsets.UTF_8));
        assertTrue(read.isPresent(), lines.get(i));
        assertEquals(i < 4 || i == 6, read.get().isHandlesPost());
        Optional<byte[]> body = Optional.of(read.get().body());
        assertArrayEquals(bodies.get(i), body.get(), lines.get(i));
        if (i < 4) {
          // What a reader of the journal concludes from the body is what the simulator concluded.
          List<String> rules = new ArrayList<>();
          entry.get("rules").forEach(rule -> rules.add(rule.textValue()));
          List<String> again = validator.validateRequest(body.get()).violations().stream()
              .map(v -> v.ruleId()).distinct().toList();
          assertEquals(again, rules, lines.get(i));
        }
      }
      assertEquals("guid.format", JSON.readTree(lines.get(1)).get("rules").get(0).textValue());
      assertTrue(lines.get(3).contains("\"bodyBase64\":"), lines.get(3));
      assertFalse(JournalEntry.parse(Http.ACTIVITY.getBytes(StandardCharsets.UTF_8)).isPresent());
      assertEquals(List.of("***"), JournalEntry.parse(lines.get(0).getBytes(StandardCharsets.UTF_8)).orElseThrow()
          .headers().get("Authorization"));
    }
    for (ObservedExchange exchange : observed) {
      assertTrue(CONSOLE_LINE.matcher(exchange.consoleLine()).matches(), exchange.consoleLine());
    }
    assertTrue(observed.get(1).consoleLine().contains(" POST /handles 400 guid.format "),
        observed.get(1).consoleLine());
  }

  @Test
  void aFailingObserverDoesNotDisturbTheAnswers() {
    try (HandlesSimulator sim = HandlesSimulator.builder().observer(exchange -> {
      throw new IllegalStateException("observer bug");
    }).start()) {
      assertEquals(204, Http.post(sim.handlesUri(), Http.ACTIVITY).status());
      assertEquals(1, sim.exchanges().size());
    }
  }

  @Test
  void aJournalThatCannotWriteCountsItsFailures() {
    RequestJournal journal = RequestJournal.to(new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }
    });
    ObservedExchange exchange = new ObservedExchange(java.time.Instant.EPOCH, "POST", "/handles",
        java.util.Map.of(), new byte[0], 204, io.handlekit.validator.ValidationReport.valid(), Duration.ZERO);
    journal.accept(exchange);
    journal.accept(exchange);
    assertEquals(2, journal.failures());
  }

  // Observers are told after the answer is written; the client may be faster.
  private static void awaitObserved(List<ObservedExchange> observed, int count) throws InterruptedException {
    for (int i = 0; i < 6_000 && observed.size() < count; i++) { // at most a minute on a loaded machine
      Thread.sleep(10);
    }
    assertEquals(count, observed.size(), observed.toString());
  }
}

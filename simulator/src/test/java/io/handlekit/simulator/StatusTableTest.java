package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.core.Xuid;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import io.handlekit.validator.ValidationReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fault-free simulator against the contract's status table, over real HTTP. */
class StatusTableTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.123456789Z");
  private static final Xuid CALLER = Xuid.parse("2533274790395904");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();

  private static HandlesSimulator sim;

  @BeforeAll
  static void start() {
    sim = HandlesSimulator.builder()
        .callerXuid(CALLER)
        .inviteTtl(Duration.ofMinutes(90))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .maxBodyBytes(4096)
        .start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void clear() {
    sim.clearExchanges();
  }

  @Test
  void validActivityIs204WithoutBody() {
    Http.Response response = Http.post(sim.handlesUri(), Http.ACTIVITY);
    assertEquals(204, response.status());
    assertEquals(0, response.body().length);
    assertTrue(response.header("Matched-Stub-Id").isEmpty(), "WireMock's own headers are not sent");
  }

  @Test
  void activityWithoutSessionNameIs204() {
    Http.Response response = Http.post(sim.handlesUri(),
        "{\"type\":\"activity\",\"sessionRef\":{\"scid\":\"BD6C41C3-01C3-468A-A3B5-3E0FE8133862\","
            + "\"templateName\":\"deathmatch\"},\"version\":1}");
    assertEquals(204, response.status());
  }

  @Test
  void validInviteIs201WithAHandleThatAnswersTheRequest() throws Exception {
    Http.Response response = Http.post(sim.handlesUri(), Http.INVITE);
    assertEquals(201, response.status());
    assertTrue(response.contentType().startsWith("application/json"), response.contentType());
    ValidationReport report = VALIDATOR.validateInviteHandle(response.body(), JSON.readTree(Http.INVITE));
    assertTrue(report.violations().isEmpty(), report.toString());
    JsonNode handle = JSON.readTree(response.body());
    assertEquals("invite", handle.get("type").textValue());
    assertEquals(1, handle.get("version").intValue());
    assertEquals("2533274790395904", handle.get("senderXuid").textValue());
    assertEquals("3210", handle.get("invitedXuid").textValue());
    assertEquals(JSON.readTree(Http.INVITE).get("sessionRef"), handle.get("sessionRef"));
    assertEquals(JSON.readTree(Http.INVITE).get("inviteAttributes"), handle.get("inviteAttributes"));
    // now + 90 minutes, truncated to 100 ns and printed with 7 fractional digits
    assertEquals("2026-01-02T04:34:05.1234567Z", handle.get("expiration").textValue());
  }

  @Test
  void everyInviteGetsAFreshId() throws Exception {
    String first = JSON.readTree(Http.post(sim.handlesUri(), Http.INVITE).body()).get("id").textValue();
    String second = JSON.readTree(Http.post(sim.handlesUri(), Http.INVITE).body()).get("id").textValue();
    assertNotEquals(first, second);
  }

  @Test
  void invalidBodyIs400WithOneErrorPerLine() {
    String body = "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":\"MockScid\",\"templateName\":\"t\","
        + "\"name\":\"n\"},\"invitedXuid\":\"\",\"inviteAttributes\":{\"titleId\":\"4294967296\"}}";
    Http.Response response = Http.post(sim.handlesUri(), body);
    assertEquals(400, response.status());
    assertEquals("text/plain; charset=utf-8", response.contentType().toLowerCase());
    List<String> lines = response.text().lines().toList();
    assertEquals(List.of(
        "guid.format \"/sessionRef/scid\"",
        "xuid.format \"/invitedXuid\"",
        "title-id.range \"/inviteAttributes/titleId\""),
        lines.stream().map(line -> line.split(" ")[0] + " " + line.split(" ")[1]).toList());
  }

  @Test
  void malformedJsonIs400AtALineAndColumn() {
    Http.Response response = Http.post(sim.handlesUri(), "{\"version\":1,}");
    assertEquals(400, response.status());
    assertTrue(response.text().startsWith("json.malformed 1:14 "), response.text());
  }

  @Test
  void warningsDoNotRejectAndAreNotListed() {
    String body = Http.ACTIVITY.replace("\"version\":1", "\"version\":1,\"sessionref\":{},\"extra\":[1,2]");
    Http.Response response = Http.post(sim.handlesUri(), body);
    assertEquals(204, response.status());
    assertTrue(sim.exchanges().get(0).report().has(Rule.PROPERTY_UNKNOWN));
  }

  @Test
  void handleTypesOutsideTheContractAre400InTheStrictProfile() {
    String transfer = Http.ACTIVITY.replace("\"activity\"", "\"transfer\"");
    Http.Response response = Http.post(sim.handlesUri(), transfer);
    assertEquals(400, response.status());
    assertTrue(response.text().startsWith("type.not-covered \"/type\""), response.text());
  }

  @Test
  void aLenientValidatorLetsTransferThroughWith204() {
    try (HandlesSimulator lenient = HandlesSimulator.builder()
        .validator(HandlesValidator.builder().profile(Profile.LENIENT).build()).start()) {
      Http.Response response = Http.post(lenient.handlesUri(), Http.ACTIVITY.replace("\"activity\"", "\"transfer\""));
      assertEquals(204, response.status());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"})
  void otherVerbsAre405WithAllowPost(String method) {
    Http.Response response = Http.to(sim.handlesUri()).method(method)
        .body("PUT".equals(method) || "PATCH".equals(method) ? Http.ACTIVITY : "").send();
    assertEquals(405, response.status());
    assertEquals("POST", response.header("Allow").orElse(""));
  }

  @Test
  void bodyOverTheLimitIs413() {
    String padded = Http.ACTIVITY.replace("\"version\":1", "\"version\":1,\"pad\":\"" + "x".repeat(5000) + "\"");
    Http.Response response = Http.post(sim.handlesUri(), padded);
    assertEquals(413, response.status());
  }

  @Test
  void bodyAtTheLimitIsJudgedNormally() {
    int room = 4096 - Http.ACTIVITY.replace("\"version\":1", "\"version\":1,\"pad\":\"\"").length();
    String padded = Http.ACTIVITY.replace("\"version\":1", "\"version\":1,\"pad\":\"" + "x".repeat(room) + "\"");
    assertEquals(4096, padded.length());
    assertEquals(204, Http.post(sim.handlesUri(), padded).status());
  }

  @Test
  void tooLargeIsCheckedBeforeTheContentType() {
    Http.Response response = Http.to(sim.handlesUri()).header("Content-Type", "text/plain").body("x".repeat(5000))
        .send();
    assertEquals(413, response.status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/xml", "application/json-patch+json", "application/x-www-form-urlencoded",
      "application/json; charset=utf-16", "application/jsonp", "json"})
  void otherContentTypesAre415(String contentType) {
    assertEquals(415, Http.to(sim.handlesUri()).header("Content-Type", contentType).body(Http.ACTIVITY).send().status());
  }

  @Test
  void aMissingContentTypeIs415() {
    assertEquals(415, Http.to(sim.handlesUri()).header("Content-Type", null).body(Http.ACTIVITY).send().status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "Application/JSON", "application/json; charset=utf-8",
      "application/json;charset=UTF-8", "application/json; charset=\"utf-8\""})
  void jsonWithAnyCaseAndAUtf8CharsetIsAccepted(String contentType) {
    assertEquals(204, Http.to(sim.handlesUri()).header("Content-Type", contentType).body(Http.ACTIVITY).send().status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"103", "0", "-107", "abc", "107.0", "", "10 7"})
  void aBadContractVersionIs400(String version) {
    Http.Response response = Http.to(sim.handlesUri()).header("X-Xbl-Contract-Version", version)
        .body(Http.ACTIVITY).send();
    assertEquals(400, response.status());
    assertTrue(response.text().startsWith("contract-version."), response.text());
  }

  @Test
  void aMissingContractVersionIs400() {
    Http.Response response = Http.to(sim.handlesUri()).header("X-Xbl-Contract-Version", null)
        .body(Http.ACTIVITY).send();
    assertEquals(400, response.status());
    assertTrue(response.text().startsWith("contract-version.missing -"), response.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"104", "105", "107", "9999999999"})
  void contractVersionsFrom104AreAccepted(String version) {
    assertEquals(204, Http.to(sim.handlesUri()).header("X-Xbl-Contract-Version", version).body(Http.ACTIVITY).send()
        .status());
  }

  @Test
  void exchangesAreRecordedWithTheirReportAndStatus() {
    Http.post(sim.handlesUri(), Http.ACTIVITY);
    Http.to(sim.handlesUri()).header("X-Xbl-Contract-Version", "1").body("{\"version\":1}").send();
    List<RecordedExchange> exchanges = sim.exchanges();
    assertEquals(2, exchanges.size());
    RecordedExchange valid = exchanges.get(0);
    assertEquals("POST", valid.method());
    assertEquals("/handles", valid.path());
    assertArrayEquals(Http.ACTIVITY.getBytes(java.nio.charset.StandardCharsets.UTF_8), valid.body());
    assertEquals(204, valid.status());
    assertEquals("107", valid.header("x-xbl-contract-version").orElse(""));
    assertTrue(valid.followsContract());
    RecordedExchange invalid = exchanges.get(1);
    assertEquals(400, invalid.status());
    assertTrue(invalid.report().has(Rule.CONTRACT_VERSION_TOO_LOW));
    assertTrue(invalid.report().has(Rule.PROPERTY_REQUIRED));
    assertFalse(invalid.followsContract());
    sim.clearExchanges();
    assertTrue(sim.exchanges().isEmpty());
  }

  @Test
  void exchangesAreBounded() {
    try (HandlesSimulator small = HandlesSimulator.builder().maxRecordedExchanges(3).start()) {
      for (int i = 0; i < 5; i++) {
        Http.to(small.handlesUri()).header("X-Xbl-Contract-Version", Integer.toString(104 + i)).body(Http.ACTIVITY)
            .send();
      }
      List<String> versions = small.exchanges().stream()
          .map(e -> e.header("X-Xbl-Contract-Version").orElse("")).toList();
      assertEquals(List.of("106", "107", "108"), versions);
    }
  }

  @Test
  void createdHandlesAreStoredUpToTheCap() {
    try (HandlesSimulator small = HandlesSimulator.builder().maxStoredHandles(2).start()) {
      for (int i = 0; i < 4; i++) {
        assertEquals(201, Http.post(small.handlesUri(), Http.INVITE).status());
      }
      assertEquals(2, small.storedHandleCount());
    }
  }

  @Test
  void otherPathsAreNotTheEndpoint() {
    Http.Response response = Http.to(sim.baseUri().resolve("/handles/x")).body(Http.ACTIVITY).send();
    assertEquals(404, response.status());
    assertTrue(sim.exchanges().isEmpty());
  }

  @Test
  void aQueryStringDoesNotChangeTheAnswer() {
    assertEquals(204, Http.post(sim.baseUri().resolve("/handles?trace=1"), Http.ACTIVITY).status());
  }
}

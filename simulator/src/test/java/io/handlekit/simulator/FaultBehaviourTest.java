package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.core.Guid;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Rule;
import org.junit.jupiter.api.Test;

/** What the faults look like in detail, beyond the catalogue's answer-by-answer comparison. */
class FaultBehaviourTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode handle(HandlesSimulator sim) throws Exception {
    Http.Response response = Http.post(sim.handlesUri(), Http.INVITE);
    assertEquals(201, response.status());
    return JSON.readTree(response.body());
  }

  @Test
  void duplicateIdsGiveEveryHandleTheSameValidId() throws Exception {
    try (HandlesSimulator sim = HandlesSimulator.builder().fault(Fault.HANDLE_DUPLICATE_IDS).start()) {
      String first = handle(sim).get("id").textValue();
      String second = handle(sim).get("id").textValue();
      assertEquals(first, second);
      assertTrue(Guid.isValid(first), first);
    }
  }

  @Test
  void aNonGuidIdIsTheGuidInBraces() throws Exception {
    try (HandlesSimulator sim = HandlesSimulator.builder().fault(Fault.HANDLE_NON_GUID_ID).start()) {
      String id = handle(sim).get("id").textValue();
      assertTrue(id.startsWith("{") && id.endsWith("}"), id);
      assertTrue(Guid.isValid(id.substring(1, id.length() - 1)), id);
    }
  }

  @Test
  void aWrongEchoKeepsEverythingButTheInvitedXuid() throws Exception {
    try (HandlesSimulator sim = HandlesSimulator.builder().fault(Fault.HANDLE_WRONG_ECHO).start()) {
      JsonNode handle = handle(sim);
      JsonNode request = JSON.readTree(Http.INVITE);
      assertNotEquals("3210", handle.get("invitedXuid").textValue());
      assertEquals(request.get("sessionRef"), handle.get("sessionRef"));
      assertTrue(HandlesValidator.create().validateInviteHandle(handle, request).has(Rule.RESPONSE_ECHO_INVITED_XUID));
    }
  }

  @Test
  void anAcceptedOverflowingTitleIdIsEchoedAsSent() throws Exception {
    try (HandlesSimulator sim = HandlesSimulator.builder().fault(Fault.ACCEPT_OVERFLOWING_TITLE_ID).start()) {
      String body = Http.INVITE.replace("\"1234567\"", "\"99999999999\"");
      Http.Response response = Http.post(sim.handlesUri(), body);
      assertEquals(201, response.status());
      assertEquals("99999999999", JSON.readTree(response.body()).at("/inviteAttributes/titleId").textValue());
      assertFalse(sim.exchanges().get(0).followsContract(), "the record still judges by the contract");
    }
  }

  @Test
  void crashFaultsAnswer500OnlyForTheirInput() {
    try (HandlesSimulator sim = HandlesSimulator.builder()
        .fault(Fault.ERROR_500_ON_MALFORMED_JSON, Fault.ERROR_500_ON_DEEP_NESTING).start()) {
      assertEquals(500, Http.post(sim.handlesUri(), "{\"version\":1,}").status());
      assertEquals(500, Http.post(sim.handlesUri(), "{\"a\":".repeat(100) + "1" + "}".repeat(100)).status());
      assertEquals(400, Http.post(sim.handlesUri(), "{\"version\":1}").status());
      assertEquals(204, Http.post(sim.handlesUri(), Http.ACTIVITY).status());
    }
  }

  @Test
  void activityWithBodyAnswers200WithJson() {
    try (HandlesSimulator sim = HandlesSimulator.builder().fault(Fault.ACTIVITY_WITH_BODY).start()) {
      Http.Response response = Http.post(sim.handlesUri(), Http.ACTIVITY);
      assertEquals(200, response.status());
      assertTrue(response.contentType().startsWith("application/json"));
      assertTrue(response.text().contains("\"activity\""), response.text());
      assertEquals(201, Http.post(sim.handlesUri(), Http.INVITE).status());
    }
  }

  @Test
  void faultsCombine() {
    try (HandlesSimulator sim = HandlesSimulator.builder()
        .fault(Fault.ACCEPT_NON_GUID_SCID).fault(Fault.CONTRACT_HEADER_NOT_CHECKED).start()) {
      String mock = Http.ACTIVITY.replace("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "MockScid");
      assertEquals(204, Http.to(sim.handlesUri()).header("X-Xbl-Contract-Version", null).body(mock).send().status());
    }
  }

  @Test
  void everyFaultIsDescribed() {
    for (Fault fault : Fault.values()) {
      assertFalse(fault.description().isBlank(), fault.name());
    }
  }
}

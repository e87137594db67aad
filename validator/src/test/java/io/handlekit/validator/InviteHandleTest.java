package io.handlekit.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** An invite handle checked against the request that produced it. */
class InviteHandleTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();
  private static final JsonNode REQUEST = Bodies.invite();
  private static final String HANDLE = "{\"id\":\"b8704ec5-95cd-408b-bd41-baa7a2761cc2\",\"type\":\"invite\",\"version\":1,"
      + "\"sessionRef\":{\"scid\":\"" + Bodies.SCID.toUpperCase() + "\",\"templateName\":\"deathmatch\",\"name\":\"session-49\"},"
      + "\"invitedXuid\":\"3210\",\"senderXuid\":\"2814679796296491\",\"inviteAttributes\":{\"titleId\":\"1234567\"},"
      + "\"expiration\":\"2014-08-28T23:15:34.8852308Z\",\"somethingNew\":true}";

  private static List<String> errors(Consumer<ObjectNode> change) {
    String handle = Bodies.with(Bodies.tree(HANDLE), change);
    return VALIDATOR.validateInviteHandle(handle.getBytes(StandardCharsets.UTF_8), REQUEST).errors().stream()
        .map(v -> v.ruleId() + " " + v.pointer().orElse("-")).toList();
  }

  @Test
  void theFactsSheetHandleEchoesItsRequest() {
    assertEquals(List.of(), errors(h -> {}));
  }

  @Test
  void idIsRequiredAndAGuid() {
    assertEquals(List.of("property.required "), errors(h -> h.remove("id")));
    assertEquals(List.of("guid.format /id"), errors(h -> h.put("id", "1")));
  }

  @Test
  void typeAndVersionAreFixed() {
    assertEquals(List.of("type.value /type"), errors(h -> h.put("type", "activity")));
    assertEquals(List.of("version.value /version"), errors(h -> h.put("version", 2)));
  }

  @Test
  void echoesAreChecked() {
    assertEquals(List.of("response.echo.session-ref /sessionRef"),
        errors(h -> ((ObjectNode) h.get("sessionRef")).put("name", "other")));
    assertEquals(List.of("response.echo.invited-xuid /invitedXuid"), errors(h -> h.put("invitedXuid", "3211")));
    assertEquals(List.of("response.echo.title-id /inviteAttributes/titleId"),
        errors(h -> ((ObjectNode) h.get("inviteAttributes")).put("titleId", "7")));
  }

  @Test
  void rangesAndFormatsAreChecked() {
    assertEquals(List.of("xuid.range /senderXuid"), errors(h -> h.put("senderXuid", "0")));
    assertEquals(List.of("expiration.format /expiration"), errors(h -> h.put("expiration", "tomorrow")));
  }

  @Test
  void malformedResponseIsLocated() {
    ValidationReport report = VALIDATOR.validateInviteHandle("{\"id\":".getBytes(StandardCharsets.UTF_8), REQUEST);
    assertEquals(Rule.JSON_MALFORMED, report.errors().get(0).rule());
    assertTrue(report.errors().get(0).location().isPresent());
  }
}

package io.handlekit.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** The facts sheet's example bodies, and copies of them with one change. */
final class Bodies {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SCID = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862";

  static final String ACTIVITY = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" + SCID
      + "\",\"templateName\":\"deathmatch\",\"name\":\"session-49\"}}";
  static final String INVITE = "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" + SCID
      + "\",\"templateName\":\"deathmatch\",\"name\":\"session-49\"},\"invitedXuid\":\"3210\","
      + "\"inviteAttributes\":{\"titleId\":\"1234567\",\"context\":\"lobby=7&mode=ranked\","
      + "\"contextString\":\"///invite_ranked\",\"senderString\":\"Matchmaking\"}}";

  private Bodies() {}

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static ObjectNode activity() {
    return tree(ACTIVITY);
  }

  static ObjectNode invite() {
    return tree(INVITE);
  }

  /** {@code body} changed by {@code change}, as text. */
  static String with(ObjectNode body, Consumer<ObjectNode> change) {
    ObjectNode copy = body.deepCopy();
    change.accept(copy);
    return copy.toString();
  }

  static ObjectNode at(JsonNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }
}

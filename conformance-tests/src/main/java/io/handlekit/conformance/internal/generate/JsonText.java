package io.handlekit.conformance.internal.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.RandomnessSource;

/** Writes generated trees as compact UTF-8 JSON, members in a generated order. */
final class JsonText {
  /**
   * Jackson cannot write a lone surrogate as such; a string holding this marker is written as {@code \ud800}
   * (and its siblings) by text substitution after serialization.
   */
  static final String LONE_HIGH = "@@lone-d800@@";
  static final String LONE_LOW = "@@lone-dfff@@";

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonText() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** The tree's members reordered, recursively, by generated sort keys (stable, so they shrink to the built order). */
  static JsonNode reorder(JsonNode node, RandomnessSource rs) {
    if (node.isObject()) {
      List<Pair<Integer, Map.Entry<String, JsonNode>>> members = new ArrayList<>();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        members.add(Pair.of(Draws.ORDER.generate(rs), member));
      }
      members.sort(Comparator.comparing(p -> p._1));
      ObjectNode out = NODES.objectNode();
      for (Pair<Integer, Map.Entry<String, JsonNode>> member : members) {
        out.set(member._2.getKey(), reorder(member._2.getValue(), rs));
      }
      return out;
    }
    return node;
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node).replace(LONE_HIGH, "\\ud800").replace(LONE_LOW, "\\udfff");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a generated tree is always writable", e);
    }
  }

  static byte[] bytes(JsonNode node) {
    return write(node).getBytes(StandardCharsets.UTF_8);
  }
}

package io.handlekit.testkit;

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

/**
 * Writes generated trees as compact UTF-8 JSON, members in a generated order. A lone surrogate in a string (which
 * UTF-8 cannot carry) is written as its escape, {@code \ud800}, so the bytes hold exactly what the tree does.
 */
public final class JsonText {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonText() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * The tree's members reordered, recursively, by sort keys drawn from {@code rs} (stable, so they shrink to the
   * built order). For use inside a generator.
   */
  public static JsonNode reorder(JsonNode node, RandomnessSource rs) {
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

  /** {@code node} as compact JSON text, lone surrogates escaped. */
  public static String write(JsonNode node) {
    String text;
    try {
      // The writer-based generator copies a lone surrogate through as a char; it is escaped below.
      text = MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a generated tree is always writable", e);
    }
    return escapeLoneSurrogates(text);
  }

  /** {@code node} as compact JSON in UTF-8, lone surrogates escaped. */
  public static byte[] bytes(JsonNode node) {
    return write(node).getBytes(StandardCharsets.UTF_8);
  }

  private static String escapeLoneSurrogates(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}

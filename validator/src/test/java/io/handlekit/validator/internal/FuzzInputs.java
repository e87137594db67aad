package io.handlekit.validator.internal;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a fuzzer's bytes into the inputs of the validator's other entry points, so that its seeds stay readable:
 * text (UTF-8, where an encoded surrogate such as {@code ED A0 80} stands for a lone surrogate, which no UTF-8
 * can carry) and trees (the bytes read as lenient JSON, then directives in strings replaced by what no JSON text
 * can hold: {@code "$deep:100000:objects"}, {@code "$nan"}, {@code "$decimal:1:-2147483648"}, {@code "$self"}, …).
 */
final class FuzzInputs {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();
  private static final int MAX_DEEP = 200_000;

  private FuzzInputs() {}

  /** The bytes as text: UTF-8, encoded surrogates kept as lone surrogates, any other bad byte as U+FFFD. */
  static String text(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        text.append((char) b);
      } else if (b >= 0xC2 && b <= 0xDF && continues(bytes, i, 1)) {
        text.append((char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F)));
        i += 1;
      } else if (b >= 0xE0 && b <= 0xEF && continues(bytes, i, 2)) {
        int c = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
        text.append(c < 0x800 ? '\uFFFD' : (char) c);
        i += 2;
      } else if (b >= 0xF0 && b <= 0xF4 && continues(bytes, i, 3)) {
        int c = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F);
        if (c >= 0x10000 && c <= 0x10FFFF) {
          text.appendCodePoint(c);
        } else {
          text.append('\uFFFD');
        }
        i += 3;
      } else {
        text.append('\uFFFD');
      }
    }
    return text.toString();
  }

  private static boolean continues(byte[] bytes, int lead, int count) {
    if (lead + count >= bytes.length) {
      return false;
    }
    for (int k = 1; k <= count; k++) {
      if ((bytes[lead + k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The bytes as a tree: lenient JSON with its directives applied; text that is no JSON becomes a string node. */
  static JsonNode tree(byte[] bytes) {
    JsonNode root;
    try {
      root = LENIENT.readTree(bytes);
    } catch (Exception notJson) {
      return NODES.textNode(text(bytes));
    }
    if (root == null || root.isMissingNode()) {
      return NODES.textNode("");
    }
    if (root.isTextual()) {
      return directive(root.textValue(), root, NODES.objectNode());
    }
    Deque<ContainerNode<?>> open = new ArrayDeque<>();
    if (root instanceof ContainerNode<?> container) {
      open.push(container);
    }
    while (!open.isEmpty()) {
      ContainerNode<?> container = open.pop();
      if (container instanceof ObjectNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          JsonNode value = field.getValue();
          if (value.isTextual()) {
            field.setValue(directive(value.textValue(), value, root));
          } else if (value instanceof ContainerNode<?> child) {
            open.push(child);
          }
        }
      } else {
        ArrayNode array = (ArrayNode) container;
        for (int i = 0; i < array.size(); i++) {
          JsonNode value = array.get(i);
          if (value.isTextual()) {
            array.set(i, directive(value.textValue(), value, root));
          } else if (value instanceof ContainerNode<?> child) {
            open.push(child);
          }
        }
      }
    }
    return root;
  }

  // Replaced before 'root' is walked further: a "$self" refers to the root, so the tree then contains itself.
  private static JsonNode directive(String text, JsonNode plain, JsonNode root) {
    if (!text.startsWith("$")) {
      return plain;
    }
    List<String> parts = List.of(text.substring(1).split(":", -1));
    try {
      switch (parts.get(0)) {
        case "nan":
          return DoubleNode.valueOf(Double.NaN);
        case "inf":
          return DoubleNode.valueOf(Double.POSITIVE_INFINITY);
        case "-inf":
          return FloatNode.valueOf(Float.NEGATIVE_INFINITY);
        case "decimal":
          return new DecimalNode(new BigDecimal(new BigInteger(parts.get(1)), Integer.parseInt(parts.get(2))));
        case "self":
          return root;
        case "deep":
          return deep(Math.min(Integer.parseInt(parts.get(1)), MAX_DEEP), parts.size() > 2 ? parts.get(2) : "arrays");
        case "shared":
          JsonNode shared = NODES.textNode("leaf");
          for (int i = Math.min(Integer.parseInt(parts.get(1)), 100); i > 0; i--) {
            shared = NODES.arrayNode().add(shared).add(shared);
          }
          return shared;
        case "pojo":
          return NODES.pojoNode(new Object());
        case "binary":
          return NODES.binaryNode(new byte[] {1, 2, 3});
        case "missing":
          return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        default:
          return plain;
      }
    } catch (RuntimeException notADirective) {
      return plain;
    }
  }

  private static JsonNode deep(int depth, String kind) {
    JsonNode inner = NODES.textNode("deepest");
    for (int i = 0; i < depth; i++) {
      boolean object = kind.equals("objects") || (kind.equals("mixed") && i % 2 == 0);
      inner = object ? NODES.objectNode().set("x", inner) : NODES.arrayNode().add(inner);
    }
    return inner;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

package io.handlekit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** What lenient frameworks do to a request body before the application sees it, as byte and tree rewrites. */
final class BodyRewrites {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int LARGEST_REWRITTEN = 1 << 20;

  private BodyRewrites() {}

  /**
   * The body as a tree changed by {@code change}, written again; the body itself when it is no JSON object, is
   * large, or the change left the tree as it was (so every other fault of the body stays visible).
   */
  static byte[] tree(byte[] body, Consumer<ObjectNode> change) {
    if (body.length > LARGEST_REWRITTEN) {
      return body;
    }
    try {
      JsonNode tree = JSON.readTree(body);
      if (tree == null || !tree.isObject()) {
        return body;
      }
      ObjectNode changed = ((ObjectNode) tree).deepCopy();
      change.accept(changed);
      return changed.equals(tree) ? body : JSON.writeValueAsBytes(changed);
    } catch (java.io.IOException | RuntimeException e) {
      return body;
    }
  }

  /** The body as a tree changed by {@code change}, always written again (member order, spacing); else the body. */
  static byte[] rewritten(byte[] body, Consumer<ObjectNode> change) {
    try {
      JsonNode tree = JSON.readTree(body);
      if (tree == null || !tree.isObject()) {
        return body;
      }
      change.accept((ObjectNode) tree);
      return JSON.writeValueAsBytes(tree);
    } catch (java.io.IOException | RuntimeException e) {
      return body;
    }
  }

  /** Every object of the tree, depth first. */
  static List<ObjectNode> objects(ObjectNode root) {
    List<ObjectNode> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node.isObject()) {
      out.add((ObjectNode) node);
    }
    node.forEach(child -> collect(child, out));
  }

  /** ASP.NET Core's and Jackson's case-insensitive binding: a member named like a known one is read as it. */
  static void caseInsensitiveNames(ObjectNode root, List<String> known) {
    for (ObjectNode object : objects(root)) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      object.properties().forEach(members::add);
      for (Map.Entry<String, JsonNode> member : members) {
        for (String name : known) {
          if (!member.getKey().equals(name) && member.getKey().equalsIgnoreCase(name)) {
            object.remove(member.getKey());
            object.set(name, member.getValue()); // the last one read wins, as in those binders
          }
        }
      }
    }
  }

  /** Java's String decoding: every malformed sequence becomes U+FFFD, and the error is gone. */
  static byte[] replaceMalformedUtf8(byte[] body) {
    return new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
  }

  /** A decoder that accepts overlong forms (as modified UTF-8 readers do): each becomes its proper encoding. */
  static byte[] acceptOverlong(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    for (int i = 0; i < body.length; i++) {
      int b = body[i] & 0xFF;
      if ((b == 0xC0 || b == 0xC1) && i + 1 < body.length && continuation(body[i + 1])) {
        write(out, ((b & 0x1F) << 6) | (body[i + 1] & 0x3F));
        i += 1;
      } else if (b == 0xE0 && i + 2 < body.length && (body[i + 1] & 0xFF) < 0xA0 && continuation(body[i + 1])
          && continuation(body[i + 2])) {
        write(out, ((body[i + 1] & 0x3F) << 6) | (body[i + 2] & 0x3F));
        i += 2;
      } else if (b == 0xF0 && i + 3 < body.length && (body[i + 1] & 0xFF) < 0x90 && continuation(body[i + 1])
          && continuation(body[i + 2]) && continuation(body[i + 3])) {
        write(out, ((body[i + 1] & 0x3F) << 12) | ((body[i + 2] & 0x3F) << 6) | (body[i + 3] & 0x3F));
        i += 3;
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static void write(ByteArrayOutputStream out, int codePoint) {
    out.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
  }

  /** JSON's encoding detection (RFC 4627 section 3, as Jackson does it): UTF-16 and UTF-32 read, BOM or not. */
  static byte[] sniffEncoding(byte[] body) {
    Optional<Charset> charset = sniff(body);
    if (charset.isEmpty()) {
      return body;
    }
    String text = new String(body, charset.get());
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Optional<Charset> sniff(byte[] b) {
    if (b.length < 4) {
      return Optional.empty();
    }
    int b0 = b[0] & 0xFF;
    int b1 = b[1] & 0xFF;
    int b2 = b[2] & 0xFF;
    int b3 = b[3] & 0xFF;
    if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 != 0)) {
      return Optional.of(Charset.forName("UTF-32BE"));
    }
    if (b2 == 0 && b3 == 0 && (b0 == 0xFF && b1 == 0xFE || b0 != 0 && b1 == 0)) {
      return Optional.of(Charset.forName("UTF-32LE"));
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 != 0) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b0 == 0xFF && b1 == 0xFE || b0 != 0 && b1 == 0) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /** A parser allowing unquoted control characters (Jackson's ALLOW_UNQUOTED_CONTROL_CHARS): they are escaped. */
  static byte[] escapeControlsInStrings(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 16);
    boolean inString = false;
    boolean escaped = false;
    for (byte value : body) {
      int b = value & 0xFF;
      if (inString && b < 0x20) {
        out.writeBytes(String.format("\\u%04x", b).getBytes(StandardCharsets.US_ASCII));
        continue;
      }
      out.write(b);
      if (escaped) {
        escaped = false;
      } else if (inString && b == '\\') {
        escaped = true;
      } else if (b == '"') {
        inString = !inString;
      }
    }
    return out.toByteArray();
  }

  /** The JSON string of {@code node}'s scalar, as scalar coercion to a string field does ({@code 7} reads as "7"). */
  static void scalarsToStrings(ObjectNode object, List<String> names) {
    for (String name : names) {
      JsonNode value = object.get(name);
      if (value != null && (value.isNumber() || value.isBoolean())) {
        object.put(name, value.asText());
      }
    }
  }
}

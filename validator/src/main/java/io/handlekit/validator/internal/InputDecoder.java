package io.handlekit.validator.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.json.StrictJson;
import io.handlekit.validator.Location;
import io.handlekit.validator.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns input text into a JSON tree, or into the violations that say why it is not one: empty, too large,
 * not UTF-8, a byte order mark, malformed, a duplicate key, too deep. Bounded in time and memory: the size is
 * checked before parsing, the tree is built without recursion, and nothing is built past the nesting limit.
 */
final class InputDecoder {
  // Jackson refuses an unpaired surrogate escape in a property name (it allows one in a value): such a name is
  // still JSON, and the body is then judged by the lone-surrogate rule, like a value.
  private static final Pattern SURROGATE_IN_NAME = Pattern.compile("surrogate.* in field name|surrogate in field name");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** What the optimistic reading returns when it met anything wrong: read again, exactly (never a parsed value). */
  private static final JsonNode AGAIN = MissingNode.getInstance();
  // Jackson explains its refusals by naming its own feature flags; a reader of a lint report needs only the first part.
  private static final Pattern FEATURE_HINT = Pattern.compile("\\s*\\([^()]*(?:Feature|feature)[^()]*\\)");

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long LOW_BITS = 0x0101_0101_0101_0101L;
  private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;

  private final JsonFactory factory;
  private final int maxBodyBytes;
  private final int maxDepth;

  InputDecoder(int maxBodyBytes, int maxDepth) {
    this.factory = factory(maxDepth);
    this.maxBodyBytes = maxBodyBytes;
    this.maxDepth = maxDepth;
  }

  /**
   * The strict factory, with the parser's own limits moved out of the way of the validator's: the nesting limit is
   * checked while building the tree (one level more lets the crossing bracket through to be placed), and the
   * length limits of numbers, strings and names are the body's size limit, since each of those is legal JSON.
   * Duplicate keys are found while building the tree, at less cost than the parser's set of names per object.
   */
  static JsonFactory factory(int maxDepth) {
    return StrictJson.factory(maxDepth).rebuild()
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth == Integer.MAX_VALUE ? maxDepth : maxDepth + 1)
            .maxNumberLength(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .build())
        .build();
  }

  /** The text of a body given as bytes: where JSON starts, and whether it may hold {@code \\u} escapes. */
  record Text(byte[] bytes, int start, boolean hasEscapes) {}

  /** Checks size and encoding; {@code null} when the body is not UTF-8 text that could be parsed. */
  Text checkBytes(byte[] bytes, Findings findings) {
    if (bytes.length == 0) {
      findings.add(Rule.INPUT_EMPTY, null);
      return null;
    }
    if (bytes.length > maxBodyBytes) {
      findings.add(Rule.INPUT_TOO_LARGE, null, (long) bytes.length, (long) maxBodyBytes);
      return null;
    }
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      findings.addAt(Rule.INPUT_BOM, new Location(1, 1, 0), Rule.INPUT_BOM.id());
      start = 3;
      if (bytes.length == start) {
        findings.add(Rule.INPUT_EMPTY, null);
        return null;
      }
    }
    if (looksLikeUtf16or32(bytes, start)) {
      findings.addAt(Rule.INPUT_ENCODING, new Location(1, 1, 0), "input.encoding.utf16");
      return null;
    }
    boolean escapes = false;
    for (int i = start; i < bytes.length; ) {
      // Eight ASCII bytes at a time: bodies are mostly ASCII, and this check runs on every body.
      if (i + 8 <= bytes.length) {
        long word = (long) LONGS.get(bytes, i);
        if ((word & HIGH_BITS) == 0) {
          long backslashes = word ^ BACKSLASHES;
          escapes |= ((backslashes - LOW_BITS) & ~backslashes & HIGH_BITS) != 0;
          i += 8;
          continue;
        }
      }
      int b = bytes[i];
      if (b >= 0) {
        escapes |= b == '\\';
        i++;
        continue;
      }
      int length = isCommonThreeByteSequence(bytes, i) ? 3 : utf8SequenceLength(bytes, i);
      if (length < 0) {
        findings.addAt(Rule.INPUT_ENCODING, Columns.locate(bytes, start, i), "input.encoding", (long) i, String.format("0x%02X", b & 0xFF));
        return null;
      }
      i += length;
    }
    return new Text(bytes, start, escapes);
  }

  private static boolean looksLikeUtf16or32(byte[] bytes, int start) {
    int b0 = bytes[start] & 0xFF;
    int b1 = bytes.length > start + 1 ? bytes[start + 1] & 0xFF : -1;
    return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0;
  }

  // Hangul, CJK and most other BMP scripts: lead byte E1-EC or EE-EF (no overlong or surrogate forms possible),
  // two continuation bytes. Checked inline, since non-Latin text is made of little else.
  static boolean isCommonThreeByteSequence(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    return lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < bytes.length
        && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80;
  }

  /** The length of the well-formed UTF-8 sequence at {@code i} (RFC 3629: no overlong forms, no surrogates), or -1. */
  static int utf8SequenceLength(byte[] bytes, int i) {
    int b0 = bytes[i] & 0xFF;
    int length;
    int min2;
    int max2 = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
      min2 = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      min2 = b0 == 0xE0 ? 0xA0 : 0x80;
      max2 = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      min2 = b0 == 0xF0 ? 0x90 : 0x80;
      max2 = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    if (i + length > bytes.length) {
      return -1;
    }
    int b1 = bytes[i + 1] & 0xFF;
    if (b1 < min2 || b1 > max2) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      int b = bytes[i + k] & 0xFF;
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
    }
    return length;
  }

  /**
   * Parses checked bytes, recording where each value starts into {@code positions}; {@code null} when they are not
   * one strict JSON value.
   */
  JsonNode parse(Text text, ValuePositions positions, Findings findings) {
    byte[] bytes = text.bytes();
    try {
      JsonNode tree;
      try (JsonParser parser = factory.createParser(bytes, text.start(), bytes.length - text.start())) {
        tree = read(parser, bytes, null, text.start(), positions, null);
      }
      if (tree != AGAIN) {
        return tree;
      }
      positions.clear();
      try (JsonParser parser = factory.createParser(bytes, text.start(), bytes.length - text.start())) {
        return read(parser, bytes, null, text.start(), positions, findings);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  /**
   * Parses a body given as characters, recording where each value starts into {@code positions}; {@code null} when
   * it is not one strict JSON value.
   */
  JsonNode parse(String text, ValuePositions positions, Findings findings) {
    if (text.isEmpty()) {
      findings.add(Rule.INPUT_EMPTY, null);
      return null;
    }
    // The limit is in bytes, whichever overload: the same document gets the same verdict as text or as UTF-8.
    long size = text.length() > maxBodyBytes || (long) text.length() * 3 <= maxBodyBytes ? text.length()
        : utf8Length(text);
    if (size > maxBodyBytes) {
      findings.add(Rule.INPUT_TOO_LARGE, null, size, (long) maxBodyBytes);
      return null;
    }
    int start = text.charAt(0) == '\uFEFF' ? 1 : 0;
    if (start == 1) {
      findings.addAt(Rule.INPUT_BOM, new Location(1, 1, 0), Rule.INPUT_BOM.id());
    }
    String json = text.substring(start);
    try {
      JsonNode tree;
      try (JsonParser parser = factory.createParser(json)) {
        tree = read(parser, null, text, start, positions, null);
      }
      if (tree != AGAIN) {
        return tree;
      }
      positions.clear();
      try (JsonParser parser = factory.createParser(json)) {
        return read(parser, null, text, start, positions, findings);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  /** The length of {@code text} in UTF-8; a lone surrogate counts the three bytes of a replacement character. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * Builds the tree of {@code bytes} (or, when they are {@code null}, of {@code text}) token by token: no recursion,
   * so no depth is too much for it; the nesting limit is checked here, so the violation is placed at the bracket
   * that crosses it; a duplicate key is found (and placed) at its name; and numbers of any size become nodes
   * without failing (see {@link JsonNumbers}). {@code null} when the text is not one strict JSON value.
   *
   * <p>Without {@code findings} it is the first, optimistic reading that every body gets: it looks a name up only
   * once, when its value is set (a duplicate shows as a value replaced), and at the first thing wrong of any kind it
   * gives up and returns {@link #AGAIN}, reporting nothing. The caller then reads again with {@code findings}, where
   * each name is looked up at the name, so that what is reported, and where, never depends on the first reading.
   */
  private JsonNode read(JsonParser parser, byte[] bytes, String text, int start, ValuePositions positions,
      Findings findings) throws IOException {
    boolean exact = findings != null;
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        if (!exact) {
          return AGAIN;
        }
        findings.add(Rule.INPUT_EMPTY, null);
        return null;
      }
      List<ContainerNode<?>> open = new ArrayList<>();
      // the position index of each open container, to close it at its end
      int[] openIndex = new int[16];
      JsonNode root = null;
      for (; token != null; token = parser.nextToken()) {
        JsonNode value;
        switch (token) {
          case FIELD_NAME:
            if (exact && open.get(open.size() - 1).get(parser.currentName()) != null) {
              String pointer = parser.getParsingContext().pathAsPointer().toString();
              findings.add(Rule.JSON_DUPLICATE_KEY, pointer, locate(parser.currentTokenLocation(), bytes, text, start),
                  Rule.JSON_DUPLICATE_KEY.id(), parser.currentName());
              return null;
            }
            continue;
          case END_OBJECT:
          case END_ARRAY:
            open.remove(open.size() - 1);
            positions.close(openIndex[open.size()]);
            if (open.isEmpty()) {
              return end(parser, root, bytes, text, start, findings);
            }
            continue;
          case START_OBJECT:
          case START_ARRAY:
            if (open.size() >= maxDepth) {
              if (!exact) {
                return AGAIN;
              }
              findings.addAt(Rule.JSON_TOO_DEEP, locate(parser.currentTokenLocation(), bytes, text, start),
                  Rule.JSON_TOO_DEEP.id(), maxDepth);
              return null;
            }
            value = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
            break;
          case VALUE_STRING:
            value = NODES.textNode(parser.getText());
            break;
          case VALUE_NUMBER_INT:
            value = integer(parser);
            break;
          case VALUE_NUMBER_FLOAT:
            value = JsonNumbers.node(parser.getText(), false);
            break;
          case VALUE_TRUE:
            value = NODES.booleanNode(true);
            break;
          case VALUE_FALSE:
            value = NODES.booleanNode(false);
            break;
          default:
            value = NODES.nullNode();
        }
        int index = positions.record(parser);
        if (open.isEmpty()) {
          root = value;
        } else if (open.get(open.size() - 1) instanceof ObjectNode object) {
          if (!exact) {
            if (object.replace(parser.currentName(), value) != null) {
              return AGAIN; // a duplicate key
            }
          } else {
            object.set(parser.currentName(), value);
          }
        } else {
          ((ArrayNode) open.get(open.size() - 1)).add(value);
        }
        if (value instanceof ContainerNode<?> container) {
          if (open.size() == openIndex.length) {
            openIndex = java.util.Arrays.copyOf(openIndex, openIndex.length * 2);
          }
          openIndex[open.size()] = index;
          open.add(container);
        } else if (open.isEmpty()) {
          return end(parser, root, bytes, text, start, findings);
        }
      }
      return root;
    } catch (JsonProcessingException e) {
      if (!exact) {
        return AGAIN;
      }
      report(e, bytes, text, start, findings);
      return null;
    }
  }

  // After the value: nothing but whitespace may follow.
  private static JsonNode end(JsonParser parser, JsonNode root, byte[] bytes, String text, int start, Findings findings)
      throws IOException {
    JsonToken trailing = parser.nextToken();
    if (trailing == null) {
      return root;
    }
    if (findings == null) {
      return AGAIN;
    }
    findings.addAt(Rule.JSON_MALFORMED, locate(parser.currentTokenLocation(), bytes, text, start), Rule.JSON_MALFORMED.id(),
        "Trailing token (" + trailing.asString() + ") after the value; a body is one JSON value");
    return null;
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    if (parser.getTextLength() <= 18) {
      return parser.getNumberType() == JsonParser.NumberType.INT
          ? NODES.numberNode(parser.getIntValue()) : NODES.numberNode(parser.getLongValue());
    }
    JsonParser.NumberType type = parser.getTextLength() <= 20 ? parser.getNumberType() : JsonParser.NumberType.BIG_INTEGER;
    if (type == JsonParser.NumberType.LONG) {
      return NODES.numberNode(parser.getLongValue());
    }
    return JsonNumbers.node(parser.getText(), true);
  }

  /** Where a token of {@code bytes} (or, when they are {@code null}, of {@code text}) lies, columns in code points. */
  private static Location locate(JsonLocation at, byte[] bytes, String text, int start) {
    if (at == null) {
      return new Location(1, 1, bytes != null || text == null ? start : Columns.byteOffset(text, start));
    }
    if (bytes != null && at.getByteOffset() >= 0) {
      long offset = at.getByteOffset() + start;
      return new Location(Math.max(at.getLineNr(), 1), Columns.column(bytes, start, offset), offset);
    }
    long offset = Math.max(at.getCharOffset(), 0) + start;
    return text == null ? new Location(Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), offset)
        : new Location(Math.max(at.getLineNr(), 1), Columns.column(text, start, offset), Columns.byteOffset(text, offset));
  }

  /** The offset of a token in the input's own unit: bytes of {@code bytes}, else chars of {@code text}. */
  private static long nativeOffset(JsonLocation at, byte[] bytes, int start) {
    if (at == null) {
      return start;
    }
    if (bytes != null && at.getByteOffset() >= 0) {
      return at.getByteOffset() + start;
    }
    return Math.max(at.getCharOffset(), 0) + start;
  }

  /** Reports a parse failure of {@code bytes} or, when they are {@code null}, of {@code text}. */
  private void report(JsonProcessingException e, byte[] bytes, String text, int start, Findings findings) {
    Location location = locate(e.getLocation(), bytes, text, start);
    String detail = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException && detail.contains("depth")) {
      findings.addAt(Rule.JSON_TOO_DEEP, location, Rule.JSON_TOO_DEEP.id(), maxDepth);
      return;
    }
    if (e instanceof JsonParseException && SURROGATE_IN_NAME.matcher(detail).find()
        && e.getProcessor() instanceof JsonParser parser
        && LoneSurrogateName.report(parser.getParsingContext(), location.line(),
            nativeOffset(e.getLocation(), bytes, start), bytes, text, start, findings)) {
      return;
    }
    findings.addAt(Rule.JSON_MALFORMED, location, Rule.JSON_MALFORMED.id(), FEATURE_HINT.matcher(detail).replaceAll(""));
  }
}

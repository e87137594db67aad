package io.handlekit.validator.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.core.json.StrictJson;
import io.handlekit.validator.Location;
import io.handlekit.validator.Rule;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns input text into a JSON tree, or into the violations that say why it is not one: empty, too large,
 * not UTF-8, a byte order mark, malformed, a duplicate key, too deep. Bounded in time and memory: the size is
 * checked before parsing, and the parser refuses nesting beyond the limit instead of recursing.
 */
final class InputDecoder {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
  // Jackson explains its refusals by naming its own feature flags; a reader of a lint report needs only the first part.
  private static final Pattern FEATURE_HINT = Pattern.compile("\\s*\\([^()]*(?:Feature|feature)[^()]*\\)");

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long LOW_BITS = 0x0101_0101_0101_0101L;
  private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;

  private final JsonMapper mapper;
  private final JsonFactory strictFactory;
  private final int maxBodyBytes;
  private final int maxDepth;

  InputDecoder(int maxBodyBytes, int maxDepth) {
    this.mapper = StrictJson.mapper(maxDepth);
    this.strictFactory = StrictJson.factory(maxDepth);
    this.maxBodyBytes = maxBodyBytes;
    this.maxDepth = maxDepth;
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
  private static boolean isCommonThreeByteSequence(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    return lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < bytes.length
        && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80;
  }

  /** The length of the well-formed UTF-8 sequence at {@code i} (RFC 3629: no overlong forms, no surrogates), or -1. */
  private static int utf8SequenceLength(byte[] bytes, int i) {
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

  /** Parses checked bytes; {@code null} when they are not one strict JSON value. */
  JsonNode parse(Text text, Findings findings) {
    try {
      return present(mapper.readTree(text.bytes(), text.start(), text.bytes().length - text.start()), findings);
    } catch (JsonProcessingException e) {
      report(precise(e, text.bytes(), null, text.start()), text.bytes(), null, text.start(), findings);
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory cannot fail", e);
    }
  }

  /** Parses a body given as characters; {@code null} when it is not one strict JSON value. */
  JsonNode parse(String text, Findings findings) {
    if (text.isEmpty()) {
      findings.add(Rule.INPUT_EMPTY, null);
      return null;
    }
    if (text.length() > maxBodyBytes) {
      findings.add(Rule.INPUT_TOO_LARGE, null, (long) text.length(), (long) maxBodyBytes);
      return null;
    }
    int start = text.charAt(0) == '\uFEFF' ? 1 : 0;
    if (start == 1) {
      findings.addAt(Rule.INPUT_BOM, new Location(1, 1, 0), Rule.INPUT_BOM.id());
    }
    try {
      return present(mapper.readTree(start == 0 ? text : text.substring(1)), findings);
    } catch (JsonProcessingException e) {
      report(precise(e, null, text, start), null, text, start, findings);
      return null;
    }
  }

  private static JsonNode present(JsonNode tree, Findings findings) {
    if (tree == null || tree.isMissingNode()) {
      findings.add(Rule.INPUT_EMPTY, null);
      return null;
    }
    return tree;
  }

  /**
   * The failure as the streaming parser reports it, for a duplicate key that the tree mapper found: that one is
   * placed after the duplicate's value, the streaming parser's at the duplicate name. Rare, so re-reading is fine.
   */
  private JsonProcessingException precise(JsonProcessingException failure, byte[] bytes, String text, int start) {
    if (!(failure instanceof MismatchedInputException) || !failure.getOriginalMessage().startsWith("Duplicate field")) {
      return failure;
    }
    try (JsonParser parser = bytes != null
        ? strictFactory.createParser(bytes, start, bytes.length - start)
        : strictFactory.createParser(text.substring(start))) {
      while (parser.nextToken() != null) {
        // read to the duplicate
      }
    } catch (JsonProcessingException streamed) {
      return streamed;
    } catch (IOException e) {
      return failure;
    }
    return failure;
  }

  /** Reports a parse failure of {@code bytes} or, when they are {@code null}, of {@code text}. */
  private void report(JsonProcessingException e, byte[] bytes, String text, int start, Findings findings) {
    JsonLocation at = e.getLocation();
    Location location;
    if (at == null) {
      location = new Location(1, 1, start);
    } else if (bytes != null && at.getByteOffset() >= 0) {
      long offset = at.getByteOffset() + start;
      location = new Location(Math.max(at.getLineNr(), 1), Columns.column(bytes, start, offset), offset);
    } else {
      long offset = Math.max(at.getCharOffset(), 0) + start;
      location = new Location(Math.max(at.getLineNr(), 1), Columns.column(text, start, offset), offset);
    }
    String detail = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException && detail.contains("depth")) {
      findings.addAt(Rule.JSON_TOO_DEEP, location, Rule.JSON_TOO_DEEP.id(), maxDepth);
      return;
    }
    Matcher duplicate = DUPLICATE.matcher(detail);
    if (e instanceof JsonParseException && duplicate.lookingAt() && e.getProcessor() instanceof JsonParser parser) {
      String objectPointer = pointerOf(parser.getParsingContext());
      String pointer = JsonPointers.child(objectPointer, duplicate.group(1));
      findings.add(Rule.JSON_DUPLICATE_KEY, pointer, location, Rule.JSON_DUPLICATE_KEY.id(), duplicate.group(1));
      return;
    }
    findings.addAt(Rule.JSON_MALFORMED, location, Rule.JSON_MALFORMED.id(), FEATURE_HINT.matcher(detail).replaceAll(""));
  }

  // The pointer of the object whose context this is (the parent's current entry names it).
  private static String pointerOf(JsonStreamContext context) {
    JsonStreamContext parent = context.getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }
}

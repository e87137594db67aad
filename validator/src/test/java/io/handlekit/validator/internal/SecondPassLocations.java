package io.handlekit.validator.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.handlekit.validator.Location;
import io.handlekit.validator.Violation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference for the positions the validator records while parsing ({@code ValuePositions}): the way it placed
 * violations before, a second, streaming pass over text already known to parse, recording where the values at the
 * violations' pointers start. The pointers are held as a tree of their segments, walked beside the parser, and
 * columns are counted on from the previous placed value of the same line.
 */
final class SecondPassLocations {
  private final JsonFactory factory;

  SecondPassLocations(JsonFactory factory) {
    this.factory = factory;
  }

  /** The wanted pointers as a tree: one node per pointer prefix. */
  private static final class Wanted {
    Map<String, Wanted> children;
    boolean wanted;
    Location location;

    Wanted child(String segment) {
      if (children == null) {
        children = new HashMap<>();
      }
      return children.computeIfAbsent(segment, s -> new Wanted());
    }
  }

  /** A container the walk is inside: its node, and for an array the index of its next element (else -1). */
  private static final class Frame {
    final Wanted node;
    int nextIndex;

    Frame(Wanted node, int nextIndex) {
      this.node = node;
      this.nextIndex = nextIndex;
    }
  }

  List<Violation> place(List<Violation> violations, byte[] bytes, int start) {
    try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
      return place(violations, parser, new Columns.Cursor(bytes, null, start));
    } catch (IOException e) {
      return violations;
    }
  }

  List<Violation> place(List<Violation> violations, String text, int start) {
    try (JsonParser parser = factory.createParser(text.substring(start))) {
      return place(violations, parser, new Columns.Cursor(null, text, start));
    } catch (IOException e) {
      return violations;
    }
  }

  private static List<Violation> place(List<Violation> violations, JsonParser parser, Columns.Cursor columns)
      throws IOException {
    Wanted root = new Wanted();
    Map<String, Wanted> byPointer = new HashMap<>();
    for (Violation violation : violations) {
      if (violation.location().isEmpty() && violation.pointer().isPresent()) {
        String pointer = violation.pointer().get();
        Wanted node = byPointer.computeIfAbsent(pointer, p -> node(root, p));
        if (node != null) {
          node.wanted = true;
        }
      }
    }
    walk(parser, root, (int) byPointer.values().stream().filter(w -> w != null).count(), columns);
    List<Violation> placed = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      Wanted node = violation.location().isPresent() ? null : violation.pointer().map(byPointer::get).orElse(null);
      placed.add(node == null || node.location == null ? violation : violation.at(node.location));
    }
    return placed;
  }

  /** The node of {@code pointer} (RFC 6901), made on the way; {@code null} when it is no pointer. */
  private static Wanted node(Wanted root, String pointer) {
    if (pointer.isEmpty()) {
      return root;
    }
    if (pointer.charAt(0) != '/') {
      return null;
    }
    Wanted node = root;
    int from = 1;
    while (true) {
      int slash = pointer.indexOf('/', from);
      String segment = pointer.substring(from, slash < 0 ? pointer.length() : slash);
      if (segment.indexOf('~') >= 0) {
        segment = segment.replace("~1", "/").replace("~0", "~");
      }
      node = node.child(segment);
      if (slash < 0) {
        return node;
      }
      from = slash + 1;
    }
  }

  /** Records where each wanted value starts; stops once all {@code remaining} are found. */
  private static void walk(JsonParser parser, Wanted root, int remaining, Columns.Cursor columns) throws IOException {
    Deque<Frame> frames = new ArrayDeque<>();
    JsonToken token;
    while (remaining > 0 && (token = parser.nextToken()) != null) {
      if (token == JsonToken.FIELD_NAME) {
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        frames.pop();
        continue;
      }
      Wanted node;
      if (frames.isEmpty()) {
        node = root;
      } else {
        Frame frame = frames.peek();
        String segment = frame.nextIndex >= 0 ? Integer.toString(frame.nextIndex++) : parser.currentName();
        node = frame.node.children == null ? null : frame.node.children.get(segment);
      }
      if (node != null && node.wanted && node.location == null) {
        node.location = at(parser, columns);
        remaining--;
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        if (node != null && node.children != null) {
          frames.push(new Frame(node, token == JsonToken.START_ARRAY ? 0 : -1));
        } else {
          parser.skipChildren(); // nothing wanted inside: skip it, end token included
        }
      }
    }
  }

  private static Location at(JsonParser parser, Columns.Cursor columns) {
    JsonLocation location = parser.currentTokenLocation();
    long offset = location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    return columns.locate(location.getLineNr(), location.getColumnNr(), offset);
  }
}

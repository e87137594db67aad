package io.handlekit.validator.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.Location;
import io.handlekit.validator.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a parsed body starts, recorded while it is parsed: the one pass over the text that builds the
 * tree also keeps, per value in document order, the parser's offset, line and column of its first character, and
 * for a container the index just past its last descendant. A violation's pointer is then found by walking the tree
 * (whose members keep the document's order) and skipping whole subtrees by that index, so placing the findings of a
 * body costs no second pass over its text, and a valid body pays only for the recording: four ints per value, read
 * from the parser's fields without allocation.
 */
final class ValuePositions {
  private static final int OFFSET = 0;
  private static final int LINE = 1;
  private static final int COLUMN = 2;
  private static final int END = 3;
  private static final int SLOTS = 4;

  // Sixteen values to begin with: a real body has about as many (an activity 7, an invite 15).
  private int[] values = new int[SLOTS * 16];
  private int count;

  /** Records the value the parser is at (its first token); returns its index. */
  int record(JsonParser parser) {
    if (parser instanceof ParserBase base) {
      // The parser's token fields point one past the token's first character, in its own unit (bytes or chars).
      return record((int) (base.getTokenCharacterOffset() - 1), base.getTokenLineNr(), base.getTokenColumnNr() - 1);
    }
    JsonLocation location = parser.currentTokenLocation();
    return record((int) (location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset()),
        location.getLineNr(), location.getColumnNr());
  }

  /**
   * Records a value that starts at {@code offset} (from the start of the JSON text), on {@code line}, at the 1-based
   * {@code column} counted in the input's own unit; returns its index.
   */
  int record(int offset, int line, int column) {
    if ((count + 1) * SLOTS > values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    int at = count * SLOTS;
    values[at + OFFSET] = offset;
    values[at + LINE] = line;
    values[at + COLUMN] = column;
    values[at + END] = count + 1;
    return count++;
  }

  /** Forgets every value recorded, for a second reading of the same text. */
  void clear() {
    count = 0;
  }

  /** The container recorded at {@code index} has ended: everything recorded since lies inside it. */
  void close(int index) {
    values[index * SLOTS + END] = count;
  }

  /**
   * {@code violations} placed at the values their pointers name in {@code root} (the tree these positions were
   * recorded for), columns counted by {@code columns}; a violation already located, without a pointer, or whose
   * pointer names no value keeps what it has.
   */
  List<Violation> place(List<Violation> violations, JsonNode root, Columns.Cursor columns) {
    int size = violations.size();
    int[] indices = new int[size];
    for (int i = 0; i < size; i++) {
      Violation violation = violations.get(i);
      indices[i] = violation.location().isPresent() || violation.pointer().isEmpty() ? -1
          : index(root, violation.pointer().get());
    }
    // The cursor counts columns on from the previous position: visit the values in the order of the text.
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(offsetOf(indices[a]), offsetOf(indices[b])));
    Location[] locations = new Location[size];
    for (int i : order) {
      int at = indices[i] * SLOTS;
      if (at >= 0) {
        locations[i] = columns.locate(values[at + LINE], values[at + COLUMN], values[at + OFFSET]);
      }
    }
    List<Violation> placed = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      placed.add(locations[i] == null ? violations.get(i) : violations.get(i).at(locations[i]));
    }
    return placed;
  }

  /**
   * The location of the value at {@code pointer} in {@code root} (the tree these positions were recorded for), as
   * recorded (by a reader that counted columns in code points itself), or {@code null} when it names no value.
   */
  Location locate(JsonNode root, String pointer) {
    int at = index(root, pointer) * SLOTS;
    return at < 0 ? null : new Location(values[at + LINE], values[at + COLUMN], values[at + OFFSET]);
  }

  private int offsetOf(int index) {
    return index < 0 ? Integer.MAX_VALUE : values[index * SLOTS + OFFSET];
  }

  /** The index of the value at {@code pointer} (RFC 6901) in {@code root}, or -1 when there is none. */
  private int index(JsonNode root, String pointer) {
    if (pointer.isEmpty()) {
      return 0;
    }
    if (pointer.charAt(0) != '/') {
      return -1;
    }
    JsonNode node = root;
    int index = 0;
    int from = 1;
    while (true) {
      int slash = pointer.indexOf('/', from);
      int end = slash < 0 ? pointer.length() : slash;
      int next = index + 1;
      JsonNode child = null;
      if (node.isObject()) {
        // Most segments hold no escape: compared in place, without a substring.
        int tilde = pointer.indexOf('~', from);
        String wanted = tilde >= 0 && tilde < end
            ? pointer.substring(from, end).replace("~1", "/").replace("~0", "~") : null;
        for (Map.Entry<String, JsonNode> member : node.properties()) {
          String name = member.getKey();
          if (wanted != null ? name.equals(wanted) : name.length() == end - from && pointer.startsWith(name, from)) {
            child = member.getValue();
            break;
          }
          next = values[next * SLOTS + END];
        }
      } else if (node.isArray()) {
        String segment = pointer.substring(from, end);
        if (isIndex(segment) && Integer.parseInt(segment) < node.size()) {
          int wanted = Integer.parseInt(segment);
          for (int i = 0; i < wanted; i++) {
            next = values[next * SLOTS + END];
          }
          child = node.get(wanted);
        }
      }
      if (child == null || next >= count) {
        return -1;
      }
      if (slash < 0) {
        return next;
      }
      node = child;
      index = next;
      from = slash + 1;
    }
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}

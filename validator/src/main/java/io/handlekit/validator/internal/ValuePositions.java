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
    if ((count + 1) * SLOTS > values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    int at = count * SLOTS;
    if (parser instanceof ParserBase base) {
      // The parser's token fields point one past the token's first character, in its own unit (bytes or chars).
      values[at + OFFSET] = (int) (base.getTokenCharacterOffset() - 1);
      values[at + LINE] = base.getTokenLineNr();
      values[at + COLUMN] = base.getTokenColumnNr() - 1;
    } else {
      JsonLocation location = parser.currentTokenLocation();
      values[at + OFFSET] = (int) (location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset());
      values[at + LINE] = location.getLineNr();
      values[at + COLUMN] = location.getColumnNr();
    }
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
    int[] indices = new int[violations.size()];
    Integer[] order = new Integer[violations.size()];
    for (int i = 0; i < violations.size(); i++) {
      Violation violation = violations.get(i);
      indices[i] = violation.location().isPresent() ? -1 : violation.pointer().map(p -> index(root, p)).orElse(-1);
      order[i] = i;
    }
    // The cursor counts columns on from the previous position: visit the values in the order of the text.
    if (order.length > 1) {
      Arrays.sort(order, (a, b) -> Integer.compare(offsetOf(indices[a]), offsetOf(indices[b])));
    }
    Location[] locations = new Location[violations.size()];
    for (int i : order) {
      int index = indices[i];
      if (index >= 0) {
        int at = index * SLOTS;
        locations[i] = columns.locate(values[at + LINE], values[at + COLUMN], values[at + OFFSET]);
      }
    }
    List<Violation> placed = new ArrayList<>(violations.size());
    for (int i = 0; i < violations.size(); i++) {
      placed.add(locations[i] == null ? violations.get(i) : violations.get(i).at(locations[i]));
    }
    return placed;
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
      String segment = pointer.substring(from, slash < 0 ? pointer.length() : slash);
      if (segment.indexOf('~') >= 0) {
        segment = segment.replace("~1", "/").replace("~0", "~");
      }
      index = child(node, index, segment);
      if (index < 0 || index >= count) {
        return -1;
      }
      node = node.isObject() ? node.get(segment) : node.get(Integer.parseInt(segment));
      if (slash < 0) {
        return index;
      }
      from = slash + 1;
    }
  }

  /** The index of the member {@code segment} of the container at {@code index}, or -1. */
  private int child(JsonNode container, int index, String segment) {
    int next = index + 1;
    if (container.isObject()) {
      for (Map.Entry<String, JsonNode> member : container.properties()) {
        if (member.getKey().equals(segment)) {
          return next;
        }
        next = values[next * SLOTS + END];
      }
      return -1;
    }
    if (!container.isArray() || !isIndex(segment)) {
      return -1;
    }
    int wanted = Integer.parseInt(segment);
    if (wanted >= container.size()) {
      return -1;
    }
    for (int i = 0; i < wanted; i++) {
      next = values[next * SLOTS + END];
    }
    return next;
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

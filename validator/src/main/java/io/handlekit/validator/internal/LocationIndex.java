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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places violations in the input text: a second, streaming pass over text already known to parse, recording
 * where each value starts. Run only for inputs that have violations, so valid bodies never pay for it.
 */
final class LocationIndex {
  private final JsonFactory factory;

  LocationIndex(JsonFactory factory) {
    this.factory = factory;
  }

  List<Violation> place(List<Violation> violations, byte[] bytes, int start) {
    try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
      return place(violations, index(parser, bytes, null, start, wanted(violations)));
    } catch (IOException e) {
      return violations;
    }
  }

  List<Violation> place(List<Violation> violations, String text, int start) {
    try (JsonParser parser = factory.createParser(text.substring(start))) {
      return place(violations, index(parser, null, text, start, wanted(violations)));
    } catch (IOException e) {
      return violations;
    }
  }

  private static List<Violation> place(List<Violation> violations, Map<String, Location> index) {
    List<Violation> placed = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      Location location = violation.location().isPresent() ? null
          : violation.pointer().map(index::get).orElse(null);
      placed.add(location == null ? violation : violation.at(location));
    }
    return placed;
  }

  /** The pointers of the violations that have no location yet. */
  private static Set<String> wanted(List<Violation> violations) {
    Set<String> wanted = new HashSet<>();
    for (Violation violation : violations) {
      if (violation.location().isEmpty()) {
        violation.pointer().ifPresent(wanted::add);
      }
    }
    return wanted;
  }

  /**
   * Where the values at the {@code wanted} pointers of {@code bytes} or, when they are {@code null}, of
   * {@code text} start. Only those are placed (a column costs a scan of its line), and the pass stops once
   * all are found.
   */
  private static Map<String, Location> index(JsonParser parser, byte[] bytes, String text, int start, Set<String> wanted)
      throws IOException {
    Map<String, Location> index = new HashMap<>();
    // One frame per open container: its pointer, and the next array index or the current property name.
    Deque<String> pointers = new ArrayDeque<>();
    Deque<int[]> arrayIndexes = new ArrayDeque<>();
    String fieldName = null;
    JsonToken token;
    while (!wanted.isEmpty() && (token = parser.nextToken()) != null) {
      if (token == JsonToken.FIELD_NAME) {
        fieldName = parser.currentName();
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        pointers.pop();
        arrayIndexes.pop();
        continue;
      }
      String pointer;
      if (pointers.isEmpty()) {
        pointer = "";
      } else if (arrayIndexes.peek()[0] >= 0) {
        pointer = JsonPointers.child(pointers.peek(), arrayIndexes.peek()[0]++);
      } else {
        pointer = JsonPointers.child(pointers.peek(), fieldName);
      }
      if (wanted.remove(pointer)) {
        index.put(pointer, at(parser, bytes, text, start));
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        if (holdsAny(pointer, wanted)) {
          pointers.push(pointer);
          arrayIndexes.push(new int[] {token == JsonToken.START_ARRAY ? 0 : -1});
        } else {
          parser.skipChildren(); // nothing wanted inside: skip it, end token included
        }
      }
    }
    return index;
  }

  private static boolean holdsAny(String container, Set<String> wanted) {
    for (String pointer : wanted) {
      if (pointer.startsWith(container + "/")) {
        return true;
      }
    }
    return false;
  }

  private static Location at(JsonParser parser, byte[] bytes, String text, int start) {
    JsonLocation location = parser.currentTokenLocation();
    if (bytes != null) {
      long offset = location.getByteOffset() + start;
      return new Location(location.getLineNr(), Columns.column(bytes, start, offset, location.getColumnNr()), offset);
    }
    long offset = location.getCharOffset() + start;
    return new Location(location.getLineNr(), Columns.column(text, start, offset), offset);
  }
}

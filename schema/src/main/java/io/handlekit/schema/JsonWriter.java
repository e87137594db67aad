package io.handlekit.schema;

import java.util.List;
import java.util.Map;

/** Writes the values {@link JsonReader} reads as JSON text, indented by two spaces, members in their order. */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();

  private JsonWriter() {}

  /** {@code value} as JSON text ending with a line break. */
  static String write(Object value) {
    JsonWriter writer = new JsonWriter();
    writer.value(value, 0);
    return writer.out.append('\n').toString();
  }

  private void value(Object value, int depth) {
    if (value instanceof Map<?, ?> members) {
      object(members, depth);
    } else if (value instanceof List<?> elements) {
      array(elements, depth);
    } else if (value instanceof String string) {
      string(string);
    } else if (value instanceof JsonNumber number) {
      out.append(number.literal());
    } else if (value instanceof Boolean || value == null) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private void object(Map<?, ?> members, int depth) {
    if (members.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> member : members.entrySet()) {
      out.append(separator);
      indent(depth + 1);
      string((String) member.getKey());
      out.append(": ");
      value(member.getValue(), depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(depth);
    out.append('}');
  }

  private void array(List<?> elements, int depth) {
    if (elements.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object element : elements) {
      out.append(separator);
      indent(depth + 1);
      value(element, depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(depth);
    out.append(']');
  }

  private void string(String string) {
    out.append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void indent(int depth) {
    out.append("  ".repeat(depth));
  }
}

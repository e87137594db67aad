package io.handlekit.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON text of this module's own resources (the schema files and the OpenAPI skeleton) into plain values:
 * {@code Map} (members in order), {@code List}, {@code String}, {@link JsonNumber}, {@code Boolean} and {@code null}.
 *
 * <p>This module has no dependencies, Jackson included, and the text it reads is its own: strict RFC 8259 JSON,
 * small and shallow. Anything else is a packaging bug, reported as an {@code IllegalStateException} with the offset.
 */
final class JsonReader {
  private final String text;
  private final String source;
  private int at;

  private JsonReader(String text, String source) {
    this.text = text;
    this.source = source;
  }

  /** The value {@code text} holds; {@code source} names it in errors. */
  static Object read(String text, String source) {
    JsonReader reader = new JsonReader(text, source);
    Object value = reader.value();
    reader.skipWhitespace();
    if (reader.at != text.length()) {
      throw reader.error("content after the value");
    }
    return value;
  }

  private Object value() {
    skipWhitespace();
    if (at >= text.length()) {
      throw error("a value");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    skipWhitespace();
    if (peek() == '}') {
      at++;
      return members;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("a member name");
      }
      String name = string();
      skipWhitespace();
      expect(':');
      if (members.put(name, value()) != null) {
        throw error("no second member named \"" + name + "\"");
      }
      skipWhitespace();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return members;
      }
    }
  }

  private List<Object> array() {
    List<Object> elements = new ArrayList<>();
    at++;
    skipWhitespace();
    if (peek() == ']') {
      at++;
      return elements;
    }
    while (true) {
      elements.add(value());
      skipWhitespace();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return elements;
      }
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("the end of the string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("no control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("an escape");
      }
      char escape = text.charAt(at++);
      switch (escape) {
        case '"', '\\', '/' -> out.append(escape);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("four hex digits");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException e) {
            throw error("four hex digits");
          }
          at += 4;
        }
        default -> throw error("a valid escape");
      }
    }
  }

  private JsonNumber number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    int digits = at;
    while (at < text.length() && "0123456789+-.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String literal = text.substring(start, at);
    if (at == digits || !literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      at = start;
      throw error("a value");
    }
    return new JsonNumber(literal);
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("a value");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "'");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipWhitespace() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalStateException error(String expected) {
    return new IllegalStateException(source + ": expected " + expected + " at offset " + at);
  }
}

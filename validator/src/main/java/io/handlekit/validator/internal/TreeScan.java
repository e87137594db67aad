package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.Rule;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * One walk over a whole tree for what can hide anywhere in it: strings (values and property names) holding a lone
 * surrogate, and nesting deeper than the limit. Iterative, so no tree is too deep for it; it goes no deeper than
 * the limit, and builds a value's pointer only when it reports it (a pointer per value would cost the depth times
 * the length of the names above it). A tree handed over directly (not parsed) may share subtrees or even contain
 * itself; the walk counts the values it visits and stops past a budget, so such a tree costs bounded time too.
 */
final class TreeScan {
  private TreeScan() {}

  /** A value being visited: its parent's frame, its name or index there, and the length of its pointer. */
  private record Frame(JsonNode node, Frame parent, String name, int index, int depth, long pointerLength) {
    static Frame child(JsonNode node, Frame parent, String name, int index) {
      long segment = name == null ? digits(index) : escapedLength(name);
      return new Frame(node, parent, name, index, parent.depth + 1, parent.pointerLength + 1 + segment);
    }

    private static int digits(int index) {
      int digits = 1;
      for (int rest = index; rest >= 10; rest /= 10) {
        digits++;
      }
      return digits;
    }

    private static long escapedLength(String name) {
      long length = name.length();
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c == '~' || c == '/') {
          length++;
        }
      }
      return length;
    }

    /** Reports {@code rule} here, building the pointer only when the report will list it. */
    void report(Rule rule, Findings findings, Object... args) {
      if (findings.wouldList(rule, pointerLength)) {
        findings.add(rule, pointer(), args);
      } else {
        findings.countOnly(rule);
      }
    }

    String pointer() {
      Deque<Frame> path = new ArrayDeque<>();
      for (Frame frame = this; frame.parent != null; frame = frame.parent) {
        path.push(frame);
      }
      StringBuilder pointer = new StringBuilder();
      for (Frame frame : path) {
        pointer.append(frame.name == null ? JsonPointers.child("", frame.index) : JsonPointers.child("", frame.name));
      }
      return pointer.toString();
    }
  }

  /**
   * Scans {@code root}; {@code false} (and a violation) when it holds more than {@code maxValues} values, more than
   * a body within the size limit can, and so is not judged further.
   */
  static boolean scan(JsonNode root, int maxDepth, long maxValues, Findings findings) {
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root, null, null, -1, 1, 0));
    long visited = 0;
    while (!stack.isEmpty()) {
      Frame frame = stack.pop();
      if (++visited > maxValues) {
        findings.addKeyed(Rule.INPUT_TOO_LARGE, "", "input.too-large.tree", maxValues);
        return false;
      }
      JsonNode node = frame.node();
      if (node.isTextual()) {
        if (hasLoneSurrogate(node.textValue())) {
          frame.report(Rule.STRING_LONE_SURROGATE, findings);
        }
        continue;
      }
      if (!node.isContainerNode()) {
        continue;
      }
      if (frame.depth() > maxDepth) {
        frame.report(Rule.JSON_TOO_DEEP, findings, maxDepth);
        continue;
      }
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          Frame child = Frame.child(field.getValue(), frame, field.getKey(), -1);
          if (hasLoneSurrogate(field.getKey())) {
            child.report(Rule.STRING_LONE_SURROGATE, findings);
          }
          stack.push(child);
        }
      } else {
        for (int i = node.size() - 1; i >= 0; i--) {
          stack.push(Frame.child(node.get(i), frame, null, i));
        }
      }
    }
    return true;
  }

  static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}

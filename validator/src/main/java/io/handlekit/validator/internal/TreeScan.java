package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.Rule;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * One walk over a whole tree for what can hide anywhere in it: strings (values and property names) holding a lone
 * surrogate, and nesting deeper than the limit. Iterative, so no tree is too deep for it.
 */
final class TreeScan {
  private TreeScan() {}

  private record Frame(JsonNode node, String pointer, int depth) {}

  static void scan(JsonNode root, int maxDepth, Findings findings) {
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root, "", 1));
    while (!stack.isEmpty()) {
      Frame frame = stack.pop();
      JsonNode node = frame.node();
      if (node.isTextual()) {
        if (hasLoneSurrogate(node.textValue())) {
          findings.add(Rule.STRING_LONE_SURROGATE, frame.pointer());
        }
        continue;
      }
      if (!node.isContainerNode()) {
        continue;
      }
      if (frame.depth() > maxDepth) {
        findings.add(Rule.JSON_TOO_DEEP, frame.pointer(), maxDepth);
        continue;
      }
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          String pointer = JsonPointers.child(frame.pointer(), field.getKey());
          if (hasLoneSurrogate(field.getKey())) {
            findings.add(Rule.STRING_LONE_SURROGATE, pointer);
          }
          stack.push(new Frame(field.getValue(), pointer, frame.depth() + 1));
        }
      } else {
        for (int i = node.size() - 1; i >= 0; i--) {
          stack.push(new Frame(node.get(i), JsonPointers.child(frame.pointer(), i), frame.depth() + 1));
        }
      }
    }
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

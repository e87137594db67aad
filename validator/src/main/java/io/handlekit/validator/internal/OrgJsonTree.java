package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Converts a Jackson tree into the org.json tree that everit validates, so the bytes are parsed once (by Jackson,
 * which also gives locations). Numbers with a zero fractional part become integers, as JSON Schema counts them
 * ({@code 1.0} is the integer 1; org.json alone would keep it a decimal).
 *
 * <p>Iterative, and no deeper than the nesting limit: a container below it becomes an empty one of its kind. The
 * schemas constrain nothing below the third level, so what everit says is unchanged, and neither the conversion
 * nor everit recurses over a tree deeper than the limit (which is reported on its own). Numbers are converted
 * without overflow: an integer of more than {@value #MAX_INTEGER_DIGITS} digits becomes one that is as far beyond
 * every bound of the contract, and a value that is no JSON number (NaN, an infinity, in a tree handed over
 * directly) becomes null, which the contract allows nowhere.
 */
final class OrgJsonTree {
  static final int MAX_INTEGER_DIGITS = 1100;
  private static final BigInteger BEYOND_EVERY_BOUND = BigInteger.TEN.pow(MAX_INTEGER_DIGITS);

  private OrgJsonTree() {}

  private record Task(JsonNode source, Object target, int depth) {}

  static Object convert(JsonNode root, int maxDepth) {
    Object converted = shell(root);
    Deque<Task> tasks = new ArrayDeque<>();
    if (root.isContainerNode()) {
      tasks.push(new Task(root, converted, 1));
    }
    while (!tasks.isEmpty()) {
      Task task = tasks.pop();
      if (task.target() instanceof JSONObject object) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = task.source().fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          Object child = shell(field.getValue());
          object.put(field.getKey(), child);
          descend(field.getValue(), child, task.depth() + 1, maxDepth, tasks);
        }
      } else {
        JSONArray array = (JSONArray) task.target();
        for (JsonNode element : task.source()) {
          Object child = shell(element);
          array.put(child);
          descend(element, child, task.depth() + 1, maxDepth, tasks);
        }
      }
    }
    return converted;
  }

  private static void descend(JsonNode source, Object target, int depth, int maxDepth, Deque<Task> tasks) {
    if (source.isContainerNode() && depth <= maxDepth) {
      tasks.push(new Task(source, target, depth));
    }
  }

  // A scalar converted, or an empty container to be filled.
  private static Object shell(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return new JSONObject();
      case ARRAY:
        return new JSONArray();
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NUMBER:
        return number(node);
      default:
        return JSONObject.NULL;
    }
  }

  private static Object number(JsonNode node) {
    if (node.isInt()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return node.longValue();
    }
    if (node.isBigInteger()) {
      return node.bigIntegerValue();
    }
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      return JSONObject.NULL; // no JSON number; null is allowed nowhere in the contract, as such a value should not be
    }
    BigDecimal value = node.decimalValue();
    try {
      BigDecimal stripped = value.stripTrailingZeros();
      if (stripped.scale() <= 0) {
        if ((long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
          // An integer too long to compute (1e2147483647 in a tree handed over): one beyond every bound stands in.
          return stripped.signum() < 0 ? BEYOND_EVERY_BOUND.negate() : BEYOND_EVERY_BOUND;
        }
        BigInteger integer = stripped.toBigIntegerExact();
        return integer.bitLength() < 32 ? (Object) integer.intValue()
            : integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
      }
    } catch (ArithmeticException scaleOverflow) {
      // a scale beyond int range (only in a tree handed over directly): keep the decimal as it is
    }
    return value;
  }
}

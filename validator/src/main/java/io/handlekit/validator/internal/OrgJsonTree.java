package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Converts a Jackson tree into the org.json tree that everit validates, so the bytes are parsed once (by Jackson,
 * which also gives locations). Numbers with a zero fractional part become integers, as JSON Schema counts them
 * ({@code 1.0} is the integer 1; org.json alone would keep it a decimal).
 */
final class OrgJsonTree {
  private OrgJsonTree() {}

  static Object convert(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT: {
        JSONObject object = new JSONObject();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          object.put(field.getKey(), convert(field.getValue()));
        }
        return object;
      }
      case ARRAY: {
        JSONArray array = new JSONArray();
        for (JsonNode element : node) {
          array.put(convert(element));
        }
        return array;
      }
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NULL:
        return JSONObject.NULL;
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
    BigDecimal value = node.decimalValue();
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 400) {
      BigInteger integer = stripped.toBigIntegerExact();
      return integer.bitLength() < 32 ? (Object) integer.intValue()
          : integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
    }
    return value;
  }
}

package baoku.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the reference scorer (Python) sees JSON values: truthiness, {@code ==} and {@code str()}. The
 * evaluator compares through these so that its numbers equal the scorer's also on odd input (a page
 * number given as a string, a missing key, an empty list).
 */
final class PythonValues {
  private PythonValues() {}

  static boolean isNone(JsonNode v) {
    return v == null || v.isMissingNode() || v.isNull();
  }

  /** {@code dict.get(key)}: {@code null} for a missing key or a non-object. */
  static JsonNode get(JsonNode object, String key) {
    if (object == null || !object.isObject()) {
      return null;
    }
    JsonNode v = object.get(key);
    return isNone(v) ? null : v;
  }

  /** Python truthiness: None, false, 0, "" and empty containers are false. */
  static boolean truthy(JsonNode v) {
    if (isNone(v)) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.decimalValue().signum() != 0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    return v.size() > 0;
  }

  /** The elements of {@code v or []}: a string yields its characters, as iterating it does. */
  static List<JsonNode> elements(JsonNode v) {
    List<JsonNode> out = new ArrayList<>();
    if (!truthy(v)) {
      return out;
    }
    if (v.isTextual()) {
      v.textValue()
          .codePoints()
          .forEach(c -> out.add(com.fasterxml.jackson.databind.node.TextNode.valueOf(str(c))));
    } else if (v.isArray() || v.isObject()) {
      Iterator<JsonNode> it = v.isArray() ? v.elements() : keysOf(v);
      it.forEachRemaining(out::add);
    }
    return out;
  }

  private static Iterator<JsonNode> keysOf(JsonNode object) {
    List<JsonNode> keys = new ArrayList<>();
    object
        .fieldNames()
        .forEachRemaining(k -> keys.add(com.fasterxml.jackson.databind.node.TextNode.valueOf(k)));
    return keys.iterator();
  }

  private static String str(int codePoint) {
    return new String(Character.toChars(codePoint));
  }

  /** Text of a value the scorer joins or normalises; {@code null} and non-text become "". */
  static String text(JsonNode v) {
    return v != null && v.isTextual() ? v.textValue() : isNone(v) ? "" : str(v);
  }

  /** Python {@code ==} on JSON values: numbers by value (true == 1), None equals a missing key. */
  static boolean equal(JsonNode a, JsonNode b) {
    if (isNone(a) || isNone(b)) {
      return isNone(a) && isNone(b);
    }
    if (isNumeric(a) && isNumeric(b)) {
      return number(a).compareTo(number(b)) == 0;
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().equals(b.textValue());
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!b.has(e.getKey()) || !equal(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean isNumeric(JsonNode v) {
    return v.isNumber() || v.isBoolean();
  }

  private static BigDecimal number(JsonNode v) {
    return v.isBoolean() ? (v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO) : v.decimalValue();
  }

  /** Python {@code str()}: None, True, 4, 4.0, 1e-05, 'text' inside containers. */
  static String str(JsonNode v) {
    if (isNone(v)) {
      return "None";
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "True" : "False";
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isNumber()) {
      return floatRepr(v.doubleValue());
    }
    return repr(v);
  }

  private static String repr(JsonNode v) {
    if (v.isTextual()) {
      String s = v.textValue();
      boolean useDouble = s.contains("'") && !s.contains("\"");
      char q = useDouble ? '"' : '\'';
      String body = s.replace("\\", "\\\\");
      body = useDouble ? body : body.replace("'", "\\'");
      return q + body.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + q;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.elements().forEachRemaining(e -> parts.add(repr(e)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (v.isObject()) {
      List<String> parts = new ArrayList<>();
      v.fields()
          .forEachRemaining(
              e ->
                  parts.add(
                      repr(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()))
                          + ": "
                          + repr(e.getValue())));
      return "{" + String.join(", ", parts) + "}";
    }
    return str(v);
  }

  /** Python's repr of a float: shortest digits, positional for exponents -4 to 15. */
  static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    // Double.toString gives the shortest digits that read back to d (JDK 19 and later).
    BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    String sign = d < 0 ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
      String plain = shortest.toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign
        + mantissa
        + "e"
        + (exponent < 0 ? "-" : "+")
        + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
  }
}

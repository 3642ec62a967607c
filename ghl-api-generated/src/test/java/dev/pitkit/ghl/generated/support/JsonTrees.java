package dev.pitkit.ghl.generated.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Compares JSON trees the way a round trip must preserve them. */
public final class JsonTrees {

  private JsonTrees() {}

  /**
   * What of {@code expected} is missing or different in {@code actual}: every field of the expected
   * tree must be present with an equal value (numbers compared numerically, arrays element by
   * element with the same length). Fields {@code actual} has in addition are allowed. An expected
   * {@code null} is satisfied by an absent field (the client's mapper writes no nulls).
   *
   * @return one {@code <pointer>: <problem>} per difference
   */
  public static List<String> lostOrChanged(JsonNode expected, JsonNode actual) {
    List<String> problems = new ArrayList<>();
    compare("", expected, actual, problems);
    return problems;
  }

  private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> problems) {
    String where = pointer.isEmpty() ? "/" : pointer;
    if (expected.isNull()) {
      if (actual != null && !actual.isNull() && !actual.isMissingNode()) {
        problems.add(where + ": expected null, got " + actual);
      }
      return;
    }
    if (actual == null || actual.isMissingNode() || actual.isNull()) {
      problems.add(where + ": lost (expected " + abbreviate(expected) + ")");
      return;
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        problems.add(where + ": expected an object, got " + abbreviate(actual));
        return;
      }
      expected.properties().forEach(e -> compare(pointer + "/" + SpecFile.escape(e.getKey()), e.getValue(),
          actual.get(e.getKey()), problems));
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        problems.add(where + ": expected " + abbreviate(expected) + ", got " + abbreviate(actual));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(pointer + "/" + i, expected.get(i), actual.get(i), problems);
      }
    } else if (expected.isNumber()) {
      if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        problems.add(where + ": expected " + expected + ", got " + actual);
      }
    } else if (!expected.equals(actual)) {
      problems.add(where + ": expected " + expected + ", got " + actual);
    }
  }

  private static String abbreviate(JsonNode node) {
    String s = node.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}

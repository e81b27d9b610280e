package io.seedscope.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column it came from, so that validation errors can point at the
 * exact place. Jackson's own tree ({@code JsonNode}) drops locations, hence this small one.
 */
public sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {

  /** 1-based line of the value's first character. */
  int line();

  /** 1-based column of the value's first character. */
  int column();

  /** A word for error messages: "a string", "a list", "a mapping". */
  String kind();

  /** A scalar: text as written, plus whether YAML typed it as a number/boolean/null (unquoted). */
  record Scalar(String text, Type type, int line, int column) implements Node {
    public enum Type {
      STRING,
      INTEGER,
      FLOAT,
      BOOLEAN,
      NULL
    }

    @Override
    public String kind() {
      switch (type) {
        case INTEGER:
          return "an integer";
        case FLOAT:
          return "a number";
        case BOOLEAN:
          return "a boolean";
        case NULL:
          return "null";
        default:
          return "a string";
      }
    }

    public boolean isNumber() {
      return type == Type.INTEGER || type == Type.FLOAT;
    }
  }

  /** A list. */
  record Sequence(List<Node> items, int line, int column) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A mapping; keys keep the order of the file and their own locations. */
  record Mapping(
      LinkedHashMap<String, Node> entries, Map<String, Scalar> keys, int line, int column)
      implements Node {
    @Override
    public String kind() {
      return "a mapping";
    }
  }
}

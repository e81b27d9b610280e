package io.seedscope.spec;

import io.seedscope.model.InputException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, validating access to a {@link Node} tree: every failure is one line naming the file, line
 * and column of the offending value.
 */
final class Located {
  private final String file;

  Located(String file) {
    this.file = file;
  }

  InputException error(Node at, String message) {
    return InputException.at(file, at.line(), at.column(), message);
  }

  /** {@code file:line:column} of a node. */
  String where(Node node) {
    return file + ":" + node.line() + ":" + node.column();
  }

  Node.Mapping mapping(Node node, String what) {
    if (node instanceof Node.Mapping m) {
      return m;
    }
    throw error(node, what + " must be a mapping, not " + node.kind());
  }

  /** Rejects keys other than the allowed ones, naming the first unknown key where it stands. */
  void allowOnly(Node.Mapping map, String what, String... allowed) {
    Set<String> ok = new TreeSet<>(Arrays.asList(allowed));
    for (String key : map.entries().keySet()) {
      if (!ok.contains(key)) {
        throw error(
            map.keys().get(key),
            "unknown key '" + key + "' in " + what + " (allowed: " + String.join(", ", ok) + ")");
      }
    }
  }

  Node require(Node.Mapping map, String key, String what) {
    Node n = map.entries().get(key);
    if (n == null) {
      throw error(map, what + " is missing the required key '" + key + "'");
    }
    return n;
  }

  String string(Node node, String what) {
    if (node instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
      return s.text();
    }
    throw error(node, what + " must be a string, not " + node.kind());
  }

  String nonEmptyString(Node node, String what) {
    String s = string(node, what);
    if (s.isBlank()) {
      throw error(node, what + " must not be empty");
    }
    return s;
  }

  long integer(Node node, String what) {
    if (node instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
      try {
        return Long.parseLong(s.text().trim());
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw error(node, what + " must be an integer, not " + describe(node));
  }

  double number(Node node, String what) {
    if (node instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
      try {
        return Double.parseDouble(s.text().trim());
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw error(node, what + " must be a number, not " + describe(node));
  }

  List<Node> sequence(Node node, String what) {
    if (node instanceof Node.Sequence s) {
      return s.items();
    }
    throw error(node, what + " must be a list, not " + node.kind());
  }

  /** A scalar value as text (numbers as written), for hyperparameter values and arguments. */
  String scalarText(Node node, String what) {
    if (node instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
      return s.text();
    }
    throw error(node, what + " must be a single value, not " + node.kind());
  }

  private static String describe(Node node) {
    if (node instanceof Node.Scalar s) {
      return "'" + s.text() + "'";
    }
    return node.kind();
  }
}

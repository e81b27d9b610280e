package io.seedscope.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.seedscope.model.InputException;
import io.seedscope.spec.Node;
import io.seedscope.spec.YamlReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML (or JSON) document as a tree whose every node remembers its file, line and column, with
 * accessors that report a wrong type or an unknown key as {@code file:line:column: message}. The
 * tree is read by the spec's {@link YamlReader}, the one located parser of user files; this class
 * adds the accessors the gate, baseline and claims readers use. Scalars keep their text: YAML 1.1
 * reads {@code 1e-9} as a string, so numbers are parsed on demand with {@link #asDouble}.
 */
public final class YamlNode {

  /** What a node holds. */
  public enum Kind {
    SCALAR,
    NULL,
    MAP,
    LIST
  }

  private final String file;
  private final long line;
  private final long column;
  private final Kind kind;
  private final String text;
  private final Map<String, YamlNode> entries;
  private final Map<String, YamlNode> keys;
  private final List<YamlNode> items;

  private YamlNode(
      String file,
      Node at,
      Kind kind,
      String text,
      Map<String, YamlNode> entries,
      Map<String, YamlNode> keys,
      List<YamlNode> items) {
    this.file = file;
    this.line = at.line();
    this.column = at.column();
    this.kind = kind;
    this.text = text;
    this.entries = entries;
    this.keys = keys;
    this.items = items;
  }

  /** Reads a YAML file. */
  public static YamlNode readYaml(Path path) {
    return read(path, new YAMLFactory());
  }

  /** Reads a file with the given Jackson factory (YAML or JSON). */
  public static YamlNode read(Path path, JsonFactory factory) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(path + ": file not found");
    } catch (IOException e) {
      throw new InputException(path + ": cannot read: " + e.getMessage(), e);
    }
    return parse(path.toString(), text, factory);
  }

  /** Parses text; {@code file} names it in error messages. */
  public static YamlNode parse(String file, String text, JsonFactory factory) {
    return of(file, new YamlReader(file, factory).read(new StringReader(text)));
  }

  /** A view of a located tree read by {@link YamlReader}. */
  static YamlNode of(String file, Node node) {
    if (node instanceof Node.Mapping m) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, YamlNode> keys = new LinkedHashMap<>();
      m.entries()
          .forEach(
              (name, value) -> {
                keys.put(
                    name,
                    new YamlNode(
                        file,
                        m.keys().get(name),
                        Kind.SCALAR,
                        name,
                        Map.of(),
                        Map.of(),
                        List.of()));
                entries.put(name, of(file, value));
              });
      return new YamlNode(
          file,
          m,
          Kind.MAP,
          null,
          Collections.unmodifiableMap(entries),
          Collections.unmodifiableMap(keys),
          List.of());
    }
    if (node instanceof Node.Sequence seq) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : seq.items()) {
        items.add(of(file, item));
      }
      return new YamlNode(
          file, seq, Kind.LIST, null, Map.of(), Map.of(), Collections.unmodifiableList(items));
    }
    Node.Scalar scalar = (Node.Scalar) node;
    if (scalar.type() == Node.Scalar.Type.NULL) {
      return new YamlNode(file, scalar, Kind.NULL, null, Map.of(), Map.of(), List.of());
    }
    return new YamlNode(file, scalar, Kind.SCALAR, scalar.text(), Map.of(), Map.of(), List.of());
  }

  public Kind kind() {
    return kind;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  /** An error located at this node. */
  public InputException error(String message) {
    return InputException.at(file, line, column, message);
  }

  /** The entries of a mapping, in file order; {@code what} names it in the error. */
  public Map<String, YamlNode> asMap(String what) {
    if (kind != Kind.MAP) {
      throw error(what + " must be a mapping (key: value lines), not " + describe());
    }
    return entries;
  }

  /** Fails on the first key not in {@code known}, pointing at that key. */
  public void requireKnownKeys(String what, Set<String> known) {
    for (Map.Entry<String, YamlNode> k : asMap(what).entrySet()) {
      if (!known.contains(k.getKey())) {
        throw keys.get(k.getKey())
            .error(
                "unknown key '"
                    + k.getKey()
                    + "' in "
                    + what
                    + " (known: "
                    + String.join(", ", new java.util.TreeSet<>(known))
                    + ")");
      }
    }
  }

  public List<YamlNode> asList(String what) {
    if (kind != Kind.LIST) {
      throw error(what + " must be a list, not " + describe());
    }
    return items;
  }

  public String asString(String what) {
    if (kind != Kind.SCALAR) {
      throw error(what + " must be a text value, not " + describe());
    }
    return text;
  }

  public double asDouble(String what) {
    if (kind == Kind.SCALAR) {
      try {
        double v = Double.parseDouble(text.trim().replace("_", ""));
        if (Double.isFinite(v)) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw error(what + " must be a finite number, not " + describe());
  }

  public int asInt(String what) {
    if (kind == Kind.SCALAR) {
      try {
        return Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw error(what + " must be a whole number, not " + describe());
  }

  public boolean asBoolean(String what) {
    if (kind == Kind.SCALAR) {
      switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "true":
        case "yes":
        case "on":
          return true;
        case "false":
        case "no":
        case "off":
          return false;
        default:
          break;
      }
    }
    throw error(what + " must be true or false, not " + describe());
  }

  private String describe() {
    switch (kind) {
      case MAP:
        return "a mapping";
      case LIST:
        return "a list";
      case NULL:
        return "an empty value";
      default:
        return "'" + text + "'";
    }
  }
}

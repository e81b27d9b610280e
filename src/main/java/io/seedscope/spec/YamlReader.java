package io.seedscope.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.seedscope.model.InputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one YAML (or JSON) document into a {@link Node} tree that remembers where every value
 * stands. Every reader of a user's file (specs, gate rules, claims, baselines) goes through this
 * one parser, so they report syntax errors, duplicate keys, empty files and trailing documents
 * alike.
 */
public final class YamlReader {

  private final String file;
  private final JsonFactory factory;

  /** A YAML reader; {@code file} names the input in error messages. */
  public YamlReader(String file) {
    this(file, new YAMLFactory());
  }

  /** A reader of the given Jackson format (YAML or JSON). */
  public YamlReader(String file, JsonFactory factory) {
    this.file = file;
    this.factory = factory;
  }

  /** Parses one document; syntax errors and duplicate keys become one-line errors. */
  public Node read(Reader reader) {
    try (JsonParser parser = factory.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw InputException.at(file, 1, 1, "the file is empty");
      }
      Node root = readValue(parser, first);
      JsonToken next = parser.nextToken();
      while (next == JsonToken.VALUE_NULL) {
        next = parser.nextToken(); // an empty trailing document ("---" at the end) holds nothing
      }
      if (next != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw InputException.at(
            file, at.getLineNr(), at.getColumnNr(), "unexpected content after the document");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String msg = e.getOriginalMessage().lines().findFirst().orElse("invalid syntax");
      if (loc == null) {
        throw new InputException(file + ": syntax error: " + msg, e);
      }
      throw InputException.at(file, loc.getLineNr(), loc.getColumnNr(), "syntax error: " + msg);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private Node readValue(JsonParser p, JsonToken token) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      // Jackson's streaming parser hands an alias over as the text of its anchor's name, not the
      // anchored value: '*a' would silently become the string "a".
      throw InputException.at(
          file,
          line,
          col,
          "YAML aliases ('*" + p.getText() + "') are not supported: write the value out");
    }
    switch (token) {
      case START_OBJECT:
        {
          LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
          Map<String, Node.Scalar> keys = new HashMap<>();
          JsonToken t;
          while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            JsonLocation kloc = p.currentTokenLocation();
            String key = p.currentName();
            if (entries.containsKey(key)) {
              throw InputException.at(
                  file, kloc.getLineNr(), kloc.getColumnNr(), "duplicate key '" + key + "'");
            }
            Node value = readValue(p, p.nextToken());
            keys.put(
                key,
                new Node.Scalar(
                    key, Node.Scalar.Type.STRING, kloc.getLineNr(), kloc.getColumnNr()));
            entries.put(key, value);
          }
          return new Node.Mapping(entries, keys, line, col);
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          JsonToken t;
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(readValue(p, t));
          }
          return new Node.Sequence(items, line, col);
        }
      case VALUE_STRING:
        return new Node.Scalar(p.getText(), Node.Scalar.Type.STRING, line, col);
      case VALUE_NUMBER_INT:
        return new Node.Scalar(p.getText(), Node.Scalar.Type.INTEGER, line, col);
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(p.getText(), Node.Scalar.Type.FLOAT, line, col);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(p.getText(), Node.Scalar.Type.BOOLEAN, line, col);
      case VALUE_NULL:
        return new Node.Scalar("", Node.Scalar.Type.NULL, line, col);
      default:
        throw InputException.at(file, line, col, "unexpected YAML token " + token);
    }
  }
}

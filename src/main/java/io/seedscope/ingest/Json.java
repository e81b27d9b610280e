package io.seedscope.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Streaming JSON helpers: Jackson's parser (not its tree model) so that every error can name the
 * line and column of the offending value. {@code NaN} and {@code Infinity} literals, as Python's
 * {@code json} module writes them, are accepted.
 */
final class Json {
  private Json() {}

  static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  static InputException error(String file, JsonLocation loc, String message) {
    return InputException.at(file, loc.getLineNr(), loc.getColumnNr(), message);
  }

  static InputException error(String file, JsonParser p, String message) {
    return error(file, p.currentTokenLocation(), message);
  }

  /** Jackson's syntax error as a one-line message at its location. */
  static InputException syntax(String file, JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    int nl = msg.indexOf('\n');
    if (nl >= 0) {
      msg = msg.substring(0, nl);
    }
    JsonLocation loc = e.getLocation();
    return loc == null
        ? InputException.at(file, 0, 0, "invalid JSON: " + msg)
        : error(file, loc, "invalid JSON: " + msg);
  }

  static InputException io(String file, IOException e) {
    return InputException.at(file, 0, 0, "cannot read: " + e.getMessage());
  }

  /**
   * The number at the current token: a double, NaN/Infinity literal, or {@link ResultSet#MISSING}
   * for {@code null}; anything else is an error naming {@code what}.
   */
  static double number(String file, JsonParser p, String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return ResultSet.MISSING;
    }
    if (t == JsonToken.VALUE_STRING) {
      double v = Numbers.parse(p.getText());
      if (!Numbers.isNotANumber(v)) {
        return v;
      }
    }
    throw error(file, p, what + ": " + describe(p) + " is not a number");
  }

  /** An integer at the current token ({@code 3} or {@code 3.0}), else an error. */
  static long integer(String file, JsonParser p, String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      // The same rule as a CSV cell: every long exactly, "3.0" too.
      byte[] b = p.getText().strip().getBytes(StandardCharsets.UTF_8);
      long v = Numbers.parseInteger(b, 0, b.length);
      if (Numbers.isInteger(v, b, 0, b.length)) {
        return v;
      }
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      long v = Numbers.exactLong(p.getDoubleValue());
      if (v != Numbers.NOT_AN_INTEGER) {
        return v;
      }
    }
    throw error(file, p, what + ": " + describe(p) + " is not an integer");
  }

  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return "an object";
    }
    if (t == JsonToken.START_ARRAY) {
      return "a list";
    }
    if (t == JsonToken.VALUE_STRING) {
      return "'" + p.getText() + "'";
    }
    return p.getText();
  }
}

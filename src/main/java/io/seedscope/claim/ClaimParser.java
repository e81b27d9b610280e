package io.seedscope.claim;

import io.seedscope.model.InputException;

/**
 * Parses the {@code --claim} text: comma-separated {@code key=value} pairs such as {@code
 * mean=1500,std=200,n=5,metric=return,implementation=ppo,task=Hopper}. Commas inside {@code [...]}
 * do not separate pairs, so {@code ci=[1400;1600]} and {@code ci=[1400,1600]} both work. Errors
 * read {@code --claim:1:COLUMN: message}.
 */
public final class ClaimParser {

  /** The name errors give for the flag. */
  public static final String FLAG = "--claim";

  private ClaimParser() {}

  public static Claim parse(String text) {
    ClaimFields fields = new ClaimFields(FLAG, msg -> InputException.at(FLAG, 1, 1, msg));
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : ',';
      if (ch == '[') {
        depth++;
      } else if (ch == ']') {
        depth--;
      } else if (ch == ',' && depth <= 0) {
        pair(fields, text.substring(start, i), start);
        start = i + 1;
        depth = 0;
      }
    }
    return fields.toClaim(null);
  }

  private static void pair(ClaimFields fields, String pair, int offset) {
    int lead = 0;
    while (lead < pair.length() && Character.isWhitespace(pair.charAt(lead))) {
      lead++;
    }
    int col = offset + lead + 1;
    if (pair.isBlank()) {
      throw InputException.at(FLAG, 1, col, "empty key=value pair");
    }
    int eq = pair.indexOf('=');
    if (eq < 0) {
      throw InputException.at(FLAG, 1, col, "expected key=value, not '" + pair.trim() + "'");
    }
    String key = pair.substring(0, eq).trim();
    int valueCol = offset + eq + 2;
    fields.put(
        key,
        pair.substring(eq + 1),
        msg -> InputException.at(FLAG, 1, col, msg),
        msg -> InputException.at(FLAG, 1, valueCol, msg));
  }
}

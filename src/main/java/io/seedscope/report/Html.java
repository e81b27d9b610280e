package io.seedscope.report;

/**
 * Escapes user-supplied strings for HTML. One escaper serves both text content and double- or
 * single-quoted attribute values: it replaces the five characters that can end or open markup in
 * either context ({@code & < > " '}) by character references, as the OWASP XSS prevention cheat
 * sheet recommends for those contexts. It also replaces characters that HTML forbids or that can
 * confuse a reader (C0/C1 controls other than tab, newline and carriage return, and unpaired
 * surrogates) by U+FFFD. It is not safe for unquoted attributes, URLs, CSS or script contexts, none
 * of which the report writes user text into.
 */
public final class Html {
  private Html() {}

  /** Escaped text for element content; {@code null} becomes the empty string. */
  public static String text(String s) {
    return escape(s);
  }

  /** Escaped text for a quoted attribute value; {@code null} becomes the empty string. */
  public static String attr(String s) {
    return escape(s);
  }

  private static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep = replacement(s, i, c);
      if (rep == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n + 16).append(s, 0, i);
      }
      if (rep.isEmpty()) {
        // A valid surrogate pair: copy both halves.
        out.append(c).append(s.charAt(++i));
      } else {
        out.append(rep);
      }
    }
    return out == null ? s : out.toString();
  }

  /** null: keep the char; "": keep it and the next (a valid pair); otherwise the replacement. */
  private static String replacement(String s, int i, char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      case '\t':
      case '\n':
      case '\r':
        return null;
      default:
        break;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return "\uFFFD";
    }
    if (Character.isHighSurrogate(c)) {
      boolean paired = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      return paired ? "" : "\uFFFD";
    }
    if (Character.isLowSurrogate(c)) {
      return "\uFFFD";
    }
    return null;
  }
}

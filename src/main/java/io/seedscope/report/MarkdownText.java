package io.seedscope.report;

/**
 * Escapes user strings for GitHub-flavoured Markdown, inline text and table cells alike. Markup
 * characters get a backslash (CommonMark §2.4 allows one before any ASCII punctuation); {@code <},
 * {@code >} and {@code &} become character references because GitHub passes raw HTML through; line
 * breaks become spaces because a table row is one line.
 */
public final class MarkdownText {
  private MarkdownText() {}

  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '\r':
        case '\n':
        case '\t':
          out.append(' ');
          break;
        case '\\':
        case '|':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '(':
        case ')':
        case '#':
        case '~':
        case '!':
          out.append('\\').append(c);
          break;
        default:
          out.append(c < 0x20 || (c >= 0x7f && c <= 0x9f) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}

package io.seedscope.report.chart;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns VectorGraphics2D's SVG of an XChart chart into a compact fragment that can be inlined in
 * HTML. VectorGraphics2D writes an XML prolog and a DOCTYPE (invalid inside HTML), one {@code
 * <line>} element per polyline segment with the full style repeated, and coordinates with up to 17
 * digits; XChart draws all text as glyph outlines. This class
 *
 * <ol>
 *   <li>drops the prolog and the DOCTYPE and the root's fixed width and height (the viewBox stays,
 *       so the chart scales with the page);
 *   <li>joins runs of consecutive {@code <line>} elements with the same style, each starting where
 *       the previous one ended, into one {@code <path>};
 *   <li>rounds path coordinates to 1/10 px and other decimals to two places, far below what a
 *       screen shows;
 *   <li>prefixes every {@code id} and {@code url(#...)} reference so several charts can share one
 *       HTML document without clip-path clashes.
 * </ol>
 *
 * <p>{@link #unsafe} then rejects anything that could load or run something.
 */
final class SvgCompactor {
  private static final Pattern LINE =
      Pattern.compile(
          "\\s*<line style=\"([^\"]*)\" x1=\"([^\"]*)\" x2=\"([^\"]*)\" y1=\"([^\"]*)\""
              + " y2=\"([^\"]*)\"/>");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+(?:E-?\\d+)?");
  private static final Pattern ID = Pattern.compile("(id=\"|url\\(#)([A-Za-z][\\w-]*)");
  private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([^\"]*)\"");
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "<\\s*(script|foreignobject|image|iframe|object|embed|a|use|text|style)\\b"
              + "|\\son[a-z]+\\s*=|href\\s*=|javascript:|url\\((?!#)|@import",
          Pattern.CASE_INSENSITIVE);

  private SvgCompactor() {}

  /**
   * The compact fragment, starting at {@code <svg}. {@code rootAttributes} (already escaped) are
   * added to the root element.
   */
  static String compact(String svg, String idPrefix, String rootAttributes) {
    int start = svg.indexOf("<svg");
    if (start < 0) {
      throw new IllegalStateException("no <svg> element in VectorGraphics2D output");
    }
    String body = joinLines(svg.substring(start));
    body = roundNumbers(body);
    body = ID.matcher(body).replaceAll(m -> m.group(1) + idPrefix + "-" + m.group(2));
    Matcher root = ROOT.matcher(body);
    if (!root.find()) {
      throw new IllegalStateException("no <svg> root element");
    }
    Matcher vb = VIEW_BOX.matcher(root.group());
    String viewBox = vb.find() ? vb.group(1) : "";
    String newRoot =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\""
            + viewBox
            + "\" "
            + rootAttributes
            + ">";
    return newRoot + body.substring(root.end());
  }

  /** Whether the fragment contains an element or attribute that could load or run anything. */
  static boolean unsafe(String fragment) {
    // The root's xmlns is the one allowed URL-like text.
    String rest = fragment.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    return FORBIDDEN.matcher(rest).find() || rest.contains("http:") || rest.contains("https:");
  }

  private static String joinLines(String svg) {
    String[] lines = svg.split("\n", -1);
    StringBuilder out = new StringBuilder(svg.length() / 3);
    String style = null;
    String endX = null;
    String endY = null;
    StringBuilder path = new StringBuilder();
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        String s = m.group(1);
        if (s.equals(style) && m.group(2).equals(endX) && m.group(4).equals(endY)) {
          path.append('L').append(m.group(3)).append(',').append(m.group(5));
        } else {
          flush(out, style, path);
          style = s;
          path.append('M').append(m.group(2)).append(',').append(m.group(4));
          path.append('L').append(m.group(3)).append(',').append(m.group(5));
        }
        endX = m.group(3);
        endY = m.group(5);
        continue;
      }
      flush(out, style, path);
      style = null;
      endX = null;
      endY = null;
      String t = line.strip();
      if (!t.isEmpty()) {
        out.append(t).append('\n');
      }
    }
    flush(out, style, path);
    return out.toString();
  }

  private static void flush(StringBuilder out, String style, StringBuilder path) {
    if (path.length() > 0) {
      out.append("<path style=\"").append(style).append("\" d=\"").append(path).append("\"/>\n");
      path.setLength(0);
    }
  }

  /**
   * Path data (glyph outlines and joined lines, in pixels) to one decimal, with the optional space
   * before a command letter dropped; everything else (opacities, clip rectangles) to two.
   */
  private static String roundNumbers(String s) {
    StringBuilder out = new StringBuilder(s.length() / 2);
    int pos = 0;
    while (true) {
      int d = s.indexOf(" d=\"", pos);
      int end = d < 0 ? s.length() : d + 4;
      roundRange(out, s, pos, end, 2, false);
      if (d < 0) {
        return out.toString();
      }
      int close = s.indexOf('"', end);
      roundRange(out, s, end, close, 1, true);
      pos = close;
    }
  }

  private static void roundRange(
      StringBuilder out, String s, int from, int to, int decimals, boolean pathData) {
    Matcher m = NUMBER.matcher(s).region(from, to);
    int last = from;
    while (m.find()) {
      append(out, s, last, m.start(), pathData);
      appendRounded(out, Double.parseDouble(m.group()), decimals);
      last = m.end();
    }
    append(out, s, last, to, pathData);
  }

  private static void append(StringBuilder out, String s, int from, int to, boolean pathData) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (pathData && c == ' ' && i + 1 < to && Character.isLetter(s.charAt(i + 1))) {
        continue;
      }
      out.append(c);
    }
  }

  /** Appends {@code v} rounded to 1 or 2 decimals without trailing zeros, never "-0". */
  static void appendRounded(StringBuilder out, double v, int decimals) {
    long scale = decimals == 1 ? 10 : 100;
    long r = Math.round(v * scale);
    if (r == 0) {
      out.append('0');
      return;
    }
    if (r < 0) {
      out.append('-');
      r = -r;
    }
    out.append(r / scale);
    long frac = r % scale;
    if (frac != 0) {
      out.append('.');
      if (decimals == 1) {
        out.append(frac);
      } else if (frac % 10 == 0) {
        out.append(frac / 10);
      } else {
        out.append(String.format(Locale.ROOT, "%02d", frac));
      }
    }
  }
}

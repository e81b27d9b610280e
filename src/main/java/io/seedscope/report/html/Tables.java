package io.seedscope.report.html;

import io.seedscope.report.Html;
import java.util.List;

/** Small helpers for writing tables of escaped text. */
final class Tables {
  private Tables() {}

  /** Opens a table with escaped headers; numeric columns are right-aligned. */
  static void open(Page p, String caption, List<String> headers, List<Boolean> numeric) {
    p.raw("<div class=\"scroll\"><table>");
    if (caption != null && !caption.isBlank()) {
      p.element("caption", caption);
    }
    p.raw("<thead><tr>");
    for (int i = 0; i < headers.size(); i++) {
      boolean num = numeric != null && i < numeric.size() && numeric.get(i);
      p.raw(num ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">");
      p.text(headers.get(i)).raw("</th>");
    }
    p.raw("</tr></thead><tbody>\n");
  }

  static void close(Page p) {
    p.raw("</tbody></table></div>\n");
  }

  /** One row of escaped cells. */
  static void row(Page p, List<String> cells, List<Boolean> numeric) {
    p.raw("<tr>");
    for (int i = 0; i < cells.size(); i++) {
      boolean num = numeric != null && i < numeric.size() && numeric.get(i);
      p.raw(num ? "<td class=\"num\">" : "<td>").text(cells.get(i)).raw("</td>");
    }
    p.raw("</tr>\n");
  }

  /** A cell with a CSS class (class is trusted, text escaped). */
  static String cell(String cls, String text) {
    return "<td class=\"" + Html.attr(cls) + "\">" + Html.text(text) + "</td>";
  }
}

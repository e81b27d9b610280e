package io.seedscope.report.html;

import io.seedscope.report.Html;
import io.seedscope.report.chart.ChartEncoder;
import io.seedscope.report.chart.ChartImage;
import io.seedscope.report.chart.ChartKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The HTML being written. Text goes through {@link Html}; charts are registered as jobs and drawn
 * in parallel when the page is finished (each chart is independent, so the output does not depend
 * on the number of threads), then spliced in at their places in order.
 */
public final class Page {
  /** Marks a chart's place; cannot occur in escaped text (escaping turns U+0000 into U+FFFD). */
  private static final char MARK = '\u0000';

  private final StringBuilder out = new StringBuilder(1 << 16);
  private final List<Job> jobs = new ArrayList<>();

  private record Job(ChartKind kind, String id, String label, Supplier<Chart<?, ?>> chart) {}

  /** Appends trusted markup (tags written by this package, never user text). */
  public Page raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends escaped text. */
  public Page text(String s) {
    out.append(Html.text(s));
    return this;
  }

  /** Appends {@code <tag>escaped text</tag>}. */
  public Page element(String tag, String text) {
    out.append('<').append(tag).append('>').append(Html.text(text));
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Appends {@code <tag class="cls">escaped text</tag>}. */
  public Page element(String tag, String cls, String text) {
    out.append('<').append(tag).append(" class=\"").append(Html.attr(cls)).append("\">");
    out.append(Html.text(text)).append("</").append(tag).append('>');
    return this;
  }

  /**
   * A figure with a chart and its caption.
   *
   * @param label accessible text of the chart (user text allowed)
   * @param caption the visible caption (user text allowed)
   */
  public Page figure(ChartKind kind, String label, String caption, Supplier<Chart<?, ?>> chart) {
    String id = "chart-" + (jobs.size() + 1);
    jobs.add(new Job(kind, id, label, chart));
    out.append("<figure class=\"").append(kind.name().toLowerCase(java.util.Locale.ROOT));
    out.append("\">").append(MARK).append(jobs.size() - 1).append(MARK);
    out.append("<figcaption>").append(Html.text(caption)).append("</figcaption></figure>\n");
    return this;
  }

  /** The report's style sheet. */
  public static String css() {
    return Css.STYLE;
  }

  /** Number of charts registered so far. */
  public int charts() {
    return jobs.size();
  }

  /** Draws all charts and returns the finished page. */
  public String finish() {
    List<ChartImage> images =
        IntStream.range(0, jobs.size()).parallel().mapToObj(i -> encode(jobs.get(i))).toList();
    StringBuilder page = new StringBuilder(out.length() + 64 * 1024 * (jobs.size() + 1));
    int last = 0;
    for (int i = out.indexOf(String.valueOf(MARK)); i >= 0; ) {
      int end = out.indexOf(String.valueOf(MARK), i + 1);
      page.append(out, last, i);
      page.append(images.get(Integer.parseInt(out.substring(i + 1, end))).markup());
      last = end + 1;
      i = out.indexOf(String.valueOf(MARK), last);
    }
    page.append(out, last, out.length());
    return page.toString();
  }

  /**
   * A chart that cannot be drawn (XChart rejects, e.g., a heat map without a single finite cell)
   * becomes a short note instead of failing the whole report.
   */
  private static ChartImage encode(Job job) {
    try {
      return ChartEncoder.encode(job.chart().get(), job.kind().format(), job.id(), job.label());
    } catch (RuntimeException e) {
      String note =
          "<p class=\"nochart\" id=\""
              + job.id()
              + "\">Chart not drawn: "
              + Html.text(String.valueOf(e.getMessage()))
              + "</p>";
      return new ChartImage("none", note, 0, 0);
    }
  }
}

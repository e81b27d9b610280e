package io.seedscope.report.chart;

import io.seedscope.report.SyntheticAccess;
import io.seedscope.report.model.ReportModel;
import java.util.Map;
import java.util.function.Supplier;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Re-measures the table in {@link ChartKind}: raw and compact SVG against base64 PNG for each chart
 * kind of the benchmark report. Not a test (slow: the raw learning-curve SVG is 16 MB). Run with
 * {@code mvn -o -q test-compile exec:java} or from an IDE: main class
 * io.seedscope.report.chart.ChartSizes on the test class path.
 */
public final class ChartSizes {
  private ChartSizes() {}

  public static void main(String[] args) {
    ReportModel m = SyntheticAccess.model();
    Map<String, Supplier<Chart<?, ?>>> charts = ChartsTest.allCharts(m);
    System.out.printf("%-14s %12s %12s %12s%n", "kind", "raw SVG", "compact SVG", "PNG base64");
    for (var e : charts.entrySet()) {
      String raw = ChartEncoder.rawSvg(e.getValue().get());
      String svg = SvgCompactor.compact(raw, "c", "class=\"chart\"");
      int png = (ChartEncoder.png(e.getValue().get()).length + 2) / 3 * 4;
      System.out.printf(
          "%-14s %12d %12d %12d%s%n",
          e.getKey(),
          raw.length(),
          svg.length(),
          png,
          SvgCompactor.unsafe(svg) ? "  (SVG embeds bitmaps)" : "");
    }
  }
}

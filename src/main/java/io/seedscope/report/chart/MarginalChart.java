package io.seedscope.report.chart;

import io.seedscope.report.model.SensitivitySection.Marginal;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Marginal plot of one parameter: mean ± 1 std of the metric. Numeric parameters: a line over a
 * band, log x axis when asked (and all x &gt; 0); categorical parameters: a point with error bars
 * per category.
 */
public final class MarginalChart {
  static final int WIDTH = 420;
  static final int HEIGHT = 320;

  private MarginalChart() {}

  public static XYChart build(Marginal m, String metric) {
    XYChart c = Theme.xy(WIDTH, HEIGHT, m.parameter(), metric);
    Color color = Palette.BLUE;
    if (m.categorical()) {
      int n = m.categories().size();
      Categories.onX(c, m.categories(), WIDTH - 90);
      double[] x = new double[n];
      double[] y = new double[n];
      double[] e = new double[n];
      int k = 0;
      for (int i = 0; i < n; i++) {
        double mean = Data.get(m.mean(), i);
        double sd = Data.get(m.std(), i);
        if (Double.isFinite(mean)) {
          x[k] = i + 1;
          y[k] = mean;
          e[k] = Double.isFinite(sd) ? sd : 0;
          k++;
        }
      }
      if (k > 0) {
        XYSeries s =
            c.addSeries(
                "m",
                java.util.Arrays.copyOf(x, k),
                java.util.Arrays.copyOf(y, k),
                java.util.Arrays.copyOf(e, k));
        s.setLabel("mean \u00b1 1 std");
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
        c.getStyler().setErrorBarsColorSeriesColor(true);
      }
      return c;
    }
    int[] idx = Downsample.indices(m.x().size(), 400);
    boolean log = m.logScale() && m.x().stream().allMatch(v -> v != null && v > 0);
    c.getStyler().setXAxisLogarithmic(log);
    if (!log) {
      // XChart puts ticks at the data when x is evenly spaced; keep those labels short.
      c.setCustomXAxisTickLabelsFormatter(Theme::short3);
    }
    double[][] band = Data.band(m.x(), lower(m), upper(m), idx);
    if (band[0].length >= 4) {
      Theme.polygon(c, "band", "\u00b1 1 std", band[0], band[1], Palette.alpha(color, 0.22));
    }
    double[][] xy = Data.finitePairs(m.x(), m.mean(), idx);
    if (xy[0].length >= 1) {
      XYSeries s = Theme.line(c, "mean", "mean", xy[0], xy[1], color, 2f);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(color);
    }
    return c;
  }

  private static java.util.List<Double> lower(Marginal m) {
    java.util.List<Double> out = new java.util.ArrayList<>();
    for (int i = 0; i < m.mean().size(); i++) {
      out.add(Data.get(m.mean(), i) - Data.get(m.std(), i));
    }
    return out;
  }

  private static java.util.List<Double> upper(Marginal m) {
    java.util.List<Double> out = new java.util.ArrayList<>();
    for (int i = 0; i < m.mean().size(); i++) {
      out.add(Data.get(m.mean(), i) + Data.get(m.std(), i));
    }
    return out;
  }
}

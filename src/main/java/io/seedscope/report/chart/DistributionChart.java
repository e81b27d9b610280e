package io.seedscope.report.chart;

import io.seedscope.report.model.DistributionPanel;
import io.seedscope.report.model.DistributionPanel.Samples;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;
import org.knowm.xchart.XYChart;

/**
 * Final-score distribution of one task: one horizontal box plot per implementation with every seed
 * drawn as a point, jittered vertically by a fixed-seed generator so the picture is reproducible.
 * Box: quartiles by Hyndman and Fan's definition 7 (linear interpolation, the default of R and
 * NumPy); whiskers: the most extreme values within 1.5 IQR of the box (Tukey 1977).
 */
public final class DistributionChart {
  static final int WIDTH = 860;
  private static final double BOX_HALF = 0.28;
  private static final double JITTER = 0.18;
  private static final long JITTER_SEED = 0x5eed5c09eL;

  private DistributionChart() {}

  /** Box-plot numbers of one sample. */
  record BoxStats(double q1, double median, double q3, double whiskerLow, double whiskerHigh) {
    static BoxStats of(double[] v) {
      double[] q =
          Quantile.withDefaults().with(Quantile.EstimationMethod.HF7).evaluate(v, 0.25, 0.5, 0.75);
      double iqr = q[2] - q[0];
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double x : v) {
        if (x >= q[0] - 1.5 * iqr) {
          lo = Math.min(lo, x);
        }
        if (x <= q[2] + 1.5 * iqr) {
          hi = Math.max(hi, x);
        }
      }
      return new BoxStats(q[0], q[1], q[2], lo, hi);
    }
  }

  static int height(int groups) {
    return 120 + 70 * Math.max(1, groups);
  }

  public static XYChart build(DistributionPanel panel, String metric, Palette palette) {
    List<Samples> groups = panel.groups();
    int n = groups.size();
    int height = height(n);
    XYChart c = Theme.xy(WIDTH, height, metric, "implementation");
    c.getStyler().setYAxisTitleVisible(false);
    List<String> names = new ArrayList<>();
    groups.forEach(g -> names.add(g.implementation()));
    Categories.onY(c, names, height - 110);
    int key = 0;
    for (int i = 0; i < n; i++) {
      Samples g = groups.get(i);
      double[] v = finite(g.values());
      if (v.length == 0) {
        continue;
      }
      double y = Categories.yPosition(i, n);
      Color color = palette.color(g.implementation());
      BoxStats b = BoxStats.of(v);
      double[] bx = {b.q1(), b.q3(), b.q3(), b.q1()};
      double[] by = {y - BOX_HALF, y - BOX_HALF, y + BOX_HALF, y + BOX_HALF};
      Theme.polygon(c, "box" + key++, g.implementation(), bx, by, Palette.alpha(color, 0.3));
      Color ink = color.darker();
      segment(c, "m" + key++, b.median(), y - BOX_HALF, b.median(), y + BOX_HALF, ink, 2.5f);
      segment(c, "wl" + key++, b.whiskerLow(), y, b.q1(), y, ink, 1.2f);
      segment(c, "wh" + key++, b.q3(), y, b.whiskerHigh(), y, ink, 1.2f);
      double cap = BOX_HALF / 2;
      segment(c, "cl" + key++, b.whiskerLow(), y - cap, b.whiskerLow(), y + cap, ink, 1.2f);
      segment(c, "ch" + key++, b.whiskerHigh(), y - cap, b.whiskerHigh(), y + cap, ink, 1.2f);
      // A generator per group keeps one group's jitter independent of the others.
      UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(JITTER_SEED + i);
      double[] py = new double[v.length];
      for (int k = 0; k < v.length; k++) {
        py[k] = y + (rng.nextDouble() * 2 - 1) * JITTER;
      }
      Theme.points(c, "p" + key++, " ", v, py, Palette.alpha(ink, 0.65)).setShowInLegend(false);
    }
    return c;
  }

  private static void segment(
      XYChart c, String key, double x0, double y0, double x1, double y1, Color color, float width) {
    Theme.line(c, key, " ", new double[] {x0, x1}, new double[] {y0, y1}, color, width)
        .setShowInLegend(false);
  }

  private static double[] finite(List<Double> values) {
    return values.stream()
        .filter(v -> v != null && Double.isFinite(v))
        .mapToDouble(Double::doubleValue)
        .toArray();
  }
}

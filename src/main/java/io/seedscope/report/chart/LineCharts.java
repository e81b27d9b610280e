package io.seedscope.report.chart;

import io.seedscope.report.model.IntervalSection.ProfileCurve;
import io.seedscope.report.model.IntervalSection.Profiles;
import io.seedscope.report.model.SeedsSection.CiWidthCurve;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Performance profiles (step lines with bands) and CI width against the number of seeds. */
public final class LineCharts {
  static final int WIDTH = 860;
  static final int HEIGHT = 420;

  private LineCharts() {}

  /**
   * Performance profiles: a right-continuous step function per implementation, the fraction of runs
   * scoring above τ, with its band (Agarwal et al. 2021, Fig. 4).
   */
  public static XYChart profiles(Profiles profiles, Palette palette) {
    XYChart c =
        Theme.xy(WIDTH, HEIGHT, profiles.thresholdLabel(), "fraction of runs with score > \u03c4");
    c.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
    int key = 0;
    for (ProfileCurve p : profiles.curves()) {
      Color color = palette.color(p.implementation());
      int n = p.thresholds().size();
      if (!p.low().isEmpty() && !p.high().isEmpty()) {
        double[][] lo = stairs(p.thresholds(), p.low(), n);
        double[][] hi = stairs(p.thresholds(), p.high(), n);
        int m = lo[0].length;
        if (m >= 2 && hi[0].length == m) {
          double[] bx = new double[2 * m];
          double[] by = new double[2 * m];
          for (int k = 0; k < m; k++) {
            bx[k] = hi[0][k];
            by[k] = hi[1][k];
            bx[m + k] = lo[0][m - 1 - k];
            by[m + k] = lo[1][m - 1 - k];
          }
          Theme.polygon(c, "b" + key++, " ", bx, by, Palette.alpha(color, 0.22))
              .setShowInLegend(false);
        }
      }
      double[][] st = stairs(p.thresholds(), p.fraction(), n);
      if (st[0].length >= 1) {
        Theme.line(c, "p" + key++, p.implementation(), st[0], st[1], color, 2f);
      }
    }
    return c;
  }

  /** Explicit stair points of a right-continuous step function, downsampled, finite points only. */
  static double[][] stairs(List<Double> x, List<Double> y, int n) {
    int[] idx = Downsample.indices(n, 400);
    double[][] xy = Data.finitePairs(x, y, idx);
    int m = xy[0].length;
    if (m == 0) {
      return xy;
    }
    double[] sx = new double[2 * m - 1];
    double[] sy = new double[2 * m - 1];
    for (int k = 0; k < m; k++) {
      sx[2 * k] = xy[0][k];
      sy[2 * k] = xy[1][k];
      if (k + 1 < m) {
        sx[2 * k + 1] = xy[0][k + 1];
        sy[2 * k + 1] = xy[1][k];
      }
    }
    return new double[][] {sx, sy};
  }

  /** Width of the confidence interval against the number of seeds, one line per implementation. */
  public static XYChart ciWidth(List<CiWidthCurve> curves, String metric, Palette palette) {
    String y = "CI width" + (metric == null || metric.isBlank() ? "" : " (" + metric + ")");
    XYChart c = Theme.xy(WIDTH, HEIGHT, "number of seeds n", y);
    c.getStyler().setYAxisMin(0.0);
    int key = 0;
    for (CiWidthCurve w : curves) {
      int[] idx = Downsample.indices(w.seeds().size(), 400);
      double[][] xy = Data.finitePairs(w.seeds(), w.width(), idx);
      if (xy[0].length >= 1) {
        XYSeries s =
            Theme.line(
                c,
                "w" + key++,
                w.implementation(),
                xy[0],
                xy[1],
                palette.color(w.implementation()),
                2f);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(palette.color(w.implementation()));
      }
    }
    return c;
  }
}

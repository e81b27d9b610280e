package io.seedscope.report.chart;

import io.seedscope.report.model.IntervalSection.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * One panel of rliable-style interval estimates (Agarwal et al. 2021, Fig. 1): for one statistic,
 * each implementation's interval as a translucent bar with its point estimate as a dark tick.
 */
public final class IntervalChart {
  static final int WIDTH = 420;
  private static final double HALF = 0.3;

  private IntervalChart() {}

  static int height(int rows) {
    return 110 + 42 * Math.max(1, rows);
  }

  /**
   * @param rows the estimates of one statistic, in display order
   */
  public static XYChart build(
      String statistic, String scoreLabel, List<Estimate> rows, Palette palette) {
    int n = rows.size();
    int height = height(n);
    String xTitle =
        scoreLabel == null || scoreLabel.isBlank() ? statistic : statistic + " of " + scoreLabel;
    XYChart c = Theme.xy(WIDTH, height, xTitle, "implementation");
    c.getStyler().setYAxisTitleVisible(false);
    List<String> names = new ArrayList<>();
    rows.forEach(r -> names.add(r.implementation()));
    Categories.onY(c, names, height - 100);
    int key = 0;
    for (int i = 0; i < n; i++) {
      Estimate e = rows.get(i);
      double y = Categories.yPosition(i, n);
      Color color = palette.color(e.implementation());
      if (Data.finite(e.low(), e.high())) {
        double[] bx = {e.low(), e.high(), e.high(), e.low()};
        double[] by = {y - HALF, y - HALF, y + HALF, y + HALF};
        Theme.polygon(c, "ci" + key++, e.implementation(), bx, by, Palette.alpha(color, 0.55));
      }
      if (Double.isFinite(e.point())) {
        Theme.line(
                c,
                "pt" + key++,
                " ",
                new double[] {e.point(), e.point()},
                new double[] {y - HALF * 1.15, y + HALF * 1.15},
                Color.BLACK,
                2.5f)
            .setShowInLegend(false);
      }
    }
    c.getStyler().setLegendVisible(false);
    return c;
  }
}

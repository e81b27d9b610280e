package io.seedscope.report.chart;

import io.seedscope.report.Rounding;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;

/**
 * Heat maps with the cell value written in each cell: the probability-of-improvement matrix and the
 * two-parameter interaction grids. Colour ramps are ColorBrewer schemes marked colour-blind safe
 * (Harrower and Brewer 2003), light enough for black numbers: RdBu (diverging around 0.5) for
 * probabilities and YlGnBu (sequential) for metric means. Empty cells are left out.
 */
public final class HeatMaps {
  /** ColorBrewer RdBu, 5 classes, reversed so that blue is low and red is high. */
  static final Color[] DIVERGING = {
    new Color(0x67, 0xA9, 0xCF),
    new Color(0xD1, 0xE5, 0xF0),
    new Color(0xF7, 0xF7, 0xF7),
    new Color(0xFD, 0xDB, 0xC7),
    new Color(0xEF, 0x8A, 0x62)
  };

  /** The light four-fifths of ColorBrewer YlGnBu. */
  static final Color[] SEQUENTIAL = {
    new Color(0xFF, 0xFF, 0xD9),
    new Color(0xED, 0xF8, 0xB1),
    new Color(0xC7, 0xE9, 0xB4),
    new Color(0x7F, 0xCD, 0xBB),
    new Color(0x41, 0xB6, 0xC4)
  };

  private HeatMaps() {}

  /**
   * Probability of improvement: row implementation X beats column implementation Y with probability
   * {@code p.get(i).get(j)}.
   */
  public static HeatMapChart poi(List<String> names, List<List<Double>> p) {
    int n = names.size();
    int size = 170 + 70 * n;
    HeatMapChart c = Theme.heatMap(size + 120, size, "Y (compared against)", "X");
    c.getStyler().setMin(0).setMax(1);
    c.getStyler().setXAxisLabelRotation(n > 3 ? 30 : 0);
    c.getStyler().setRangeColors(DIVERGING);
    c.getStyler().setHeatMapValueDecimalPattern("0.00");
    List<Number[]> cells = new ArrayList<>();
    // Rows bottom-up in XChart; put the first implementation at the top.
    // XChart 4.0.3 hangs on category labels over 20 characters; see Categories.
    List<String> xNames = Categories.fit(names);
    List<String> yNames = new ArrayList<>(xNames);
    java.util.Collections.reverse(yNames);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = Data.get(p.size() > i ? p.get(i) : null, j);
        if (i != j && Double.isFinite(v)) {
          cells.add(new Number[] {j, n - 1 - i, v});
        }
      }
    }
    c.addSeries("P(X > Y)", xNames, yNames, cells);
    return c;
  }

  /** Mean metric on a two-parameter grid; {@code mean.get(iy).get(ix)}. */
  public static HeatMapChart grid(
      String paramX,
      String paramY,
      List<String> xLevels,
      List<String> yLevels,
      List<List<Double>> mean,
      String metric) {
    int nx = xLevels.size();
    int ny = yLevels.size();
    HeatMapChart c =
        Theme.heatMap(Math.min(860, 230 + 64 * nx), Math.min(700, 130 + 36 * ny), paramX, paramY);
    c.getStyler().setXAxisLabelRotation(nx > 6 ? 30 : 0);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    List<Number[]> cells = new ArrayList<>();
    for (int iy = 0; iy < ny; iy++) {
      for (int ix = 0; ix < nx; ix++) {
        double v = Data.get(mean.size() > iy ? mean.get(iy) : null, ix);
        if (Double.isFinite(v)) {
          cells.add(new Number[] {ix, iy, v});
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (cells.isEmpty()) {
      min = 0;
      max = 1;
    } else if (min == max) {
      max = min + 1;
    }
    double halfRange = (max - min) / 2;
    // Cell labels: three significant digits of the range's scale keep them short.
    int d = Math.max(0, Rounding.decimalsFor(halfRange / 10));
    // The colour scale's ends are printed as they are: rounded outwards to the cells' digits, so
    // that they read like the cells (374.1, not 374.12170333331295) and still span every cell.
    c.getStyler().setMin(outward(min, d, java.math.RoundingMode.FLOOR));
    c.getStyler().setMax(outward(max, d, java.math.RoundingMode.CEILING));
    c.getStyler().setRangeColors(SEQUENTIAL);
    c.getStyler().setHeatMapValueDecimalPattern(d == 0 ? "0" : "0." + "0".repeat(d));
    c.addSeries(
        metric == null || metric.isBlank() ? "mean" : metric,
        Categories.fit(xLevels),
        Categories.fit(yLevels),
        cells);
    return c;
  }

  private static double outward(double v, int decimals, java.math.RoundingMode mode) {
    return new java.math.BigDecimal(v).setScale(decimals, mode).doubleValue();
  }
}

package io.seedscope.report.chart;

import io.seedscope.report.model.CurvePanel;
import io.seedscope.report.model.CurvePanel.CurveGroup;
import io.seedscope.report.model.CurvePanel.SeedCurve;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Learning curves of one task: per implementation the centre line (mean or IQM) over its confidence
 * band, above thin translucent per-seed lines. Each curve is downsampled to at most {@link
 * #MAX_POINTS} points for drawing.
 */
public final class LearningCurveChart {
  /** Drawn points per curve (the brief's bound; statistics use all points). */
  static final int MAX_POINTS = 200;

  /**
   * Drawn points per seed line: 100 halves the PNG time of 200 and looks the same for a cloud of
   * translucent lines.
   */
  static final int SEED_POINTS = 100;

  static final int WIDTH = 860;
  static final int HEIGHT = 460;

  private LearningCurveChart() {}

  public static XYChart build(CurvePanel panel, String metric, Palette palette) {
    return build(panel, metric, palette, MAX_POINTS, SEED_POINTS);
  }

  static XYChart build(
      CurvePanel panel, String metric, Palette palette, int maxPoints, int seedPoints) {
    XYChart c = Theme.xy(WIDTH, HEIGHT, panel.xLabel(), metric);
    c.setCustomXAxisTickLabelsFormatter(Theme::compact);
    int key = 0;
    // Seeds first so they lie underneath; then bands; centre lines on top.
    for (CurveGroup g : panel.groups()) {
      Color seedColor = Palette.alpha(palette.color(g.implementation()), 0.18);
      for (SeedCurve s : g.seeds()) {
        int[] idx = Downsample.indices(s.steps().size(), seedPoints);
        double[][] xy = Data.finitePairs(s.steps(), s.values(), idx);
        if (xy[0].length >= 2) {
          XYSeries line = Theme.line(c, "s" + key++, " ", xy[0], xy[1], seedColor, 0.6f);
          line.setShowInLegend(false);
        }
      }
    }
    for (CurveGroup g : panel.groups()) {
      int[] idx = Downsample.indices(g.steps().size(), maxPoints);
      double[][] band = Data.band(g.steps(), g.low(), g.high(), idx);
      if (band[0].length >= 4) {
        Color fill = Palette.alpha(palette.color(g.implementation()), 0.25);
        Theme.polygon(c, "b" + key++, " ", band[0], band[1], fill).setShowInLegend(false);
      }
    }
    for (CurveGroup g : panel.groups()) {
      int[] idx = Downsample.indices(g.steps().size(), maxPoints);
      double[][] xy = Data.finitePairs(g.steps(), g.center(), idx);
      if (xy[0].length >= 1) {
        Theme.line(
            c,
            "c" + key++,
            g.implementation(),
            xy[0],
            xy[1],
            palette.color(g.implementation()),
            2.2f);
      }
    }
    return c;
  }
}

package io.seedscope.report.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * Puts category names on a numeric axis. XChart 4.0.3 has no category axis for XY charts, so
 * category i sits at an integer position and the tick formatter prints its name there.
 *
 * <p>XChart 4.0.3's tick calculator shapes this. It picks the step from the spacing hint as 1, 2 or
 * 5 times a power of ten (a significand of span/space*hint up to 1.5 gives 1), so the hint aims at
 * a step of exactly 1. It widens the step until all tick labels are distinct (XChart issue #792),
 * so a blank label must still be unique. And it never accepts a label longer than 20 characters: it
 * widens the step forever (the chart never finishes). Hence every label goes through {@link #fit}:
 * at most {@value #MAX_LABEL} characters, distinct, blanks made of distinct runs of zero-width
 * characters. The full names are in the page's text next to the chart.
 */
final class Categories {
  /** XChart 4.0.3 loops forever on a tick label longer than 20 characters. */
  static final int MAX_LABEL = 20;

  /** Zero-width characters used as invisible digits (all have zero advance in DejaVu Sans). */
  private static final char[] INVISIBLE = {'\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'};

  private Categories() {}

  /** Position of category {@code i} of {@code n} on the y axis: the first category at the top. */
  static double yPosition(int i, int n) {
    return n - i;
  }

  /** Categories along the y axis, first at the top. */
  static void onY(XYChart c, List<String> names, int plotHeightPx) {
    int n = names.size();
    AxesChartStyler s = c.getStyler();
    s.setYAxisMin(0.4);
    s.setYAxisMax(n + 0.6);
    s.setYAxisTickMarkSpacingHint(hint(plotHeightPx, n + 0.2));
    s.setPlotGridHorizontalLinesVisible(false);
    List<String> labels = fit(names);
    c.setCustomYAxisTickLabelsFormatter(v -> label(labels, n - (int) Math.round(v), v));
  }

  /** Categories along the x axis, first at the left (position i + 1). */
  static void onX(XYChart c, List<String> names, int plotWidthPx) {
    int n = names.size();
    AxesChartStyler s = c.getStyler();
    s.setXAxisMin(0.4);
    s.setXAxisMax(n + 0.6);
    s.setXAxisTickMarkSpacingHint(hint(plotWidthPx, n + 0.2));
    s.setPlotGridVerticalLinesVisible(false);
    List<String> labels = fit(names);
    c.setCustomXAxisTickLabelsFormatter(v -> label(labels, (int) Math.round(v) - 1, v));
  }

  /**
   * Labels XChart accepts: each at most {@value #MAX_LABEL} characters (longer names are cut and
   * end in an ellipsis) and all distinct (repeats get an invisible suffix).
   */
  static List<String> fit(List<String> names) {
    Set<String> used = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String name : names) {
      String base = name == null || name.isBlank() ? "?" : name.strip();
      String label = cut(base, MAX_LABEL);
      for (int k = 1; !used.add(label); k++) {
        String suffix = invisible(k);
        label = cut(base, MAX_LABEL - suffix.length()) + suffix;
      }
      out.add(label);
    }
    return out;
  }

  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "\u2026";
  }

  /** Spacing hint that makes span/space*hint about 1.2, i.e. a tick step of 1. */
  private static int hint(int spacePx, double span) {
    return Math.max(4, (int) Math.round(1.2 * spacePx / span));
  }

  private static String label(List<String> labels, int index, double v) {
    if (Math.abs(v - Math.rint(v)) > 1e-6 || index < 0 || index >= labels.size()) {
      // Ticks lie above -5 (the axis starts at 0.4, XChart starts a step below) and steps are
      // at least 0.05, so this key differs between ticks.
      return invisible(1 + (int) Math.max(0, Math.round((v + 5) * 20)));
    }
    return labels.get(index);
  }

  /** {@code k >= 1} written in base 5 with zero-width characters. */
  static String invisible(int k) {
    StringBuilder sb = new StringBuilder();
    for (int x = k; x > 0; x /= INVISIBLE.length) {
      sb.append(INVISIBLE[x % INVISIBLE.length]);
    }
    return sb.toString();
  }
}

package io.seedscope.report.chart;

import io.seedscope.report.model.SensitivitySection.Importance;
import io.seedscope.report.model.SensitivitySection.ImportanceSet;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;

/**
 * Importance bars of one method: one horizontal bar per term (main effect, interaction or seed
 * noise, told apart by colour) with a ±1 standard-error bar. One chart per method, because shares
 * from different methods are shares of different totals.
 */
public final class ImportanceChart {
  static final int WIDTH = 860;
  private static final double HALF = 0.32;

  private ImportanceChart() {}

  static int height(int rows) {
    return 120 + 30 * Math.max(1, rows);
  }

  public static XYChart build(ImportanceSet set) {
    List<Importance> terms = set.terms();
    int n = terms.size();
    int height = height(n);
    // The basis (what the shares are shares of) is a sentence: it goes in the caption, not on the
    // axis, where it would be cut off at the chart's edge.
    XYChart c = Theme.xy(WIDTH, height, "share", "term");
    c.getStyler().setYAxisTitleVisible(false);
    c.getStyler().setXAxisMin(0.0);
    List<String> names = new ArrayList<>();
    terms.forEach(t -> names.add(t.term()));
    Categories.onY(c, names, height - 100);
    Set<String> kindsInLegend = new HashSet<>();
    int key = 0;
    for (int i = 0; i < n; i++) {
      Importance t = terms.get(i);
      double y = Categories.yPosition(i, n);
      Color color = Palette.forKind(t.kind());
      if (Double.isFinite(t.share())) {
        double[] bx = {0, t.share(), t.share(), 0};
        double[] by = {y - HALF, y - HALF, y + HALF, y + HALF};
        String kind = kindLabel(t.kind());
        Theme.polygon(c, "bar" + key++, kind, bx, by, Palette.alpha(color, 0.85))
            .setShowInLegend(kindsInLegend.add(kind));
        if (Double.isFinite(t.stdErr()) && t.stdErr() > 0) {
          double lo = Math.max(0, t.share() - t.stdErr());
          double hi = t.share() + t.stdErr();
          double cap = HALF / 2;
          seg(c, "e" + key++, lo, y, hi, y);
          seg(c, "e" + key++, lo, y - cap, lo, y + cap);
          seg(c, "e" + key++, hi, y - cap, hi, y + cap);
        }
      }
    }
    return c;
  }

  static String kindLabel(String kind) {
    if ("interaction".equals(kind)) {
      return "interaction";
    }
    if ("seed-noise".equals(kind)) {
      return "seed noise";
    }
    return "main effect";
  }

  private static void seg(XYChart c, String key, double x0, double y0, double x1, double y1) {
    Theme.line(c, key, " ", new double[] {x0, x1}, new double[] {y0, y1}, Color.BLACK, 1.2f)
        .setShowInLegend(false);
  }
}

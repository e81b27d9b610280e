package io.seedscope.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The common look of every chart: white background, light grid, DejaVu Sans (installed with
 * fonts-dejavu-core; Java falls back to its logical sans font elsewhere), legend below the plot,
 * title left to the HTML caption, and locale-independent tick labels so output is identical
 * everywhere.
 */
final class Theme {
  static final String FONT = "DejaVu Sans";
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Color AXIS = new Color(0x55, 0x55, 0x55);

  private Theme() {}

  static XYChart xy(int width, int height, String xTitle, String yTitle) {
    XYChart c = new XYChartBuilder().width(width).height(height).build();
    c.setXAxisTitle(xTitle);
    c.setYAxisTitle(yTitle);
    apply(c.getStyler());
    c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    return c;
  }

  static HeatMapChart heatMap(int width, int height, String xTitle, String yTitle) {
    // The (width, height) constructor leaves the heat-map styler without colours or fonts.
    HeatMapChart c = new HeatMapChartBuilder().width(width).height(height).build();
    c.setXAxisTitle(xTitle);
    c.setYAxisTitle(yTitle);
    apply(c.getStyler());
    c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    c.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
    c.getStyler().setPlotGridLinesVisible(false);
    c.getStyler().setShowValue(true);
    c.getStyler().setValueFont(new Font(FONT, Font.PLAIN, 12));
    c.getStyler().setValueFontColor(Color.BLACK);
    c.getStyler().setDrawBorder(true);
    return c;
  }

  private static void apply(AxesChartStyler s) {
    s.setLocale(Locale.ROOT);
    s.setChartTitleVisible(false);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(AXIS);
    s.setPlotGridLinesColor(GRID);
    s.setPlotGridLinesStroke(new BasicStroke(0.6f));
    s.setChartFontColor(Color.BLACK);
    s.setAxisTickLabelsColor(Color.BLACK);
    s.setAxisTickMarksColor(AXIS);
    s.setChartPadding(8);
    s.setBaseFont(new Font(FONT, Font.PLAIN, 12));
    s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13));
    s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 11));
    s.setLegendFont(new Font(FONT, Font.PLAIN, 12));
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setLegendBorderColor(Color.WHITE);
    s.setLegendBackgroundColor(Color.WHITE);
    s.setAntiAlias(true);
    s.setTextAntiAlias(true);
    s.setMarkerSize(5);
  }

  /**
   * Short tick labels for large counts: 250000 -> "250k", 1500000 -> "1.5M". XChart's default
   * switches to "1E5" notation there.
   */
  static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return trim(v / 1e9) + "G";
    }
    if (a >= 1e6) {
      return trim(v / 1e6) + "M";
    }
    if (a >= 1e4) {
      return trim(v / 1e3) + "k";
    }
    return trim(v);
  }

  /** Three significant digits without trailing zeros, for tick labels: 0.91579 -> "0.916". */
  static String short3(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return v == 0 ? "0" : String.valueOf(v);
    }
    String s =
        new java.math.BigDecimal(v)
            .round(new java.math.MathContext(3, java.math.RoundingMode.HALF_UP))
            .stripTrailingZeros()
            .toPlainString();
    return s.length() > 20 ? String.format(java.util.Locale.ROOT, "%.2e", v) : s;
  }

  private static String trim(double v) {
    String s =
        new java.math.BigDecimal(Double.toString(v))
            .setScale(3, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** A plain line with no markers. */
  static XYSeries line(
      XYChart c, String key, String label, double[] x, double[] y, Color color, float width) {
    XYSeries s = c.addSeries(key, x, y);
    s.setLabel(label);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    // Set the whole stroke: setLineWidth alone keeps the theme's dash pattern for the series.
    s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    return s;
  }

  /** A filled polygon (x, y given around its outline) with no outline stroke. */
  static XYSeries polygon(XYChart c, String key, String label, double[] x, double[] y, Color fill) {
    XYSeries s = c.addSeries(key, x, y);
    s.setLabel(label);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(fill);
    s.setLineColor(Palette.alpha(fill, 0));
    s.setLineStyle(new BasicStroke(0f));
    return s;
  }

  /** Points only. */
  static XYSeries points(XYChart c, String key, String label, double[] x, double[] y, Color color) {
    XYSeries s = c.addSeries(key, x, y);
    s.setLabel(label);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(color);
    return s;
  }
}

package io.seedscope.report.chart;

/**
 * The kinds of chart in the report and the encoding each uses, decided by measuring both for the
 * benchmark report (3 implementations x 100 seeds x 1,000 steps, 200-config sweep; sizes as they
 * end up in the HTML, PNG as base64):
 *
 * <pre>
 * kind              compact SVG   PNG (base64)  raw VectorGraphics2D SVG  choice
 * learning curves      817 KB        432 KB         16.1 MB               PNG
 * distribution          71 KB         47 KB          127 KB               SVG
 * interval panel        16 KB         10 KB           36 KB               SVG
 * PoI heat map          27 KB*        21 KB           52 KB               PNG
 * perf. profiles        94 KB         46 KB          549 KB               PNG
 * CI width vs n         54 KB         41 KB          101 KB               SVG
 * importance bars       50 KB         26 KB          111 KB               SVG
 * marginal (numeric)    37 KB         38 KB           83 KB               SVG
 * marginal (categ.)     23 KB         13 KB           49 KB               SVG
 * interaction grid      73 KB*        42 KB          123 KB               PNG
 * (* XChart paints the heat-map colour bar and cell labels as embedded bitmaps anyway)
 * </pre>
 *
 * SVG is kept where it costs at most about twice the PNG: text stays sharp at any zoom and in
 * print. Dense line charts (hundreds of per-seed lines, stair-step profiles) and heat maps go as
 * PNG. Any SVG larger than {@link ChartEncoder#SVG_LIMIT} (more data than the benchmark) or failing
 * the safety check is sent as PNG instead.
 */
public enum ChartKind {
  LEARNING_CURVES(ChartEncoder.Format.PNG),
  DISTRIBUTION(ChartEncoder.Format.SVG),
  INTERVAL(ChartEncoder.Format.SVG),
  POI(ChartEncoder.Format.PNG),
  PROFILES(ChartEncoder.Format.PNG),
  CI_WIDTH(ChartEncoder.Format.SVG),
  IMPORTANCE(ChartEncoder.Format.SVG),
  MARGINAL(ChartEncoder.Format.SVG),
  INTERACTION(ChartEncoder.Format.PNG);

  private final ChartEncoder.Format format;

  ChartKind(ChartEncoder.Format format) {
    this.format = format;
  }

  public ChartEncoder.Format format() {
    return format;
  }
}

package io.seedscope.report.chart;

import org.junit.jupiter.api.Test;

/** Not an assertion test: prints sizes to decide SVG vs PNG per chart kind. */
class ChartSizesTest {
  @Test
  void printSizes() throws Exception {
    var m = io.seedscope.report.SyntheticAccess.model();
    Palette pal = new Palette(java.util.List.of("ppo", "sac", "td3"));
    java.util.Map<String, org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts =
        new java.util.LinkedHashMap<>();
    charts.put("curves", LearningCurveChart.build(m.curves().get(0), m.metric(), pal));
    charts.put("dist", DistributionChart.build(m.distributions().get(0), m.metric(), pal));
    var est = m.intervals().estimates().stream().filter(e -> e.statistic().equals("IQM")).toList();
    charts.put("interval", IntervalChart.build("IQM", "normalized score", est, pal));
    charts.put("poi", HeatMaps.poi(m.intervals().poi().implementations(),
        m.intervals().poi().probability()));
    charts.put("profiles", LineCharts.profiles(m.intervals().profiles(), pal));
    charts.put("ciwidth", LineCharts.ciWidth(m.seeds().ciWidth(), m.metric(), pal));
    charts.put("importance", ImportanceChart.build(m.sensitivity().importances().get(0)));
    charts.put("marginal-log", MarginalChart.build(m.sensitivity().marginals().get(0), m.metric()));
    charts.put("marginal-cat", MarginalChart.build(m.sensitivity().marginals().get(2), m.metric()));
    var it = m.sensitivity().interactions().get(0);
    charts.put("interaction", HeatMaps.grid(it.parameterX(), it.parameterY(), it.xLevels(),
        it.yLevels(), it.mean(), m.metric()));
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/charts"));
    for (var e : charts.entrySet()) {
      long t0 = System.nanoTime();
      String raw = ChartEncoder.rawSvg(e.getValue());
      long t1 = System.nanoTime();
      String svg = SvgCompactor.compact(raw, e.getKey(), "class=\"chart\"");
      long t2 = System.nanoTime();
      byte[] png = ChartEncoder.png(e.getValue());
      long t3 = System.nanoTime();
      System.out.printf("%-14s rawSvg %9d (%4d ms) compact %8d (%4d ms) unsafe=%s png %7d b64 %7d (%4d ms)%n",
          e.getKey(), raw.length(), (t1 - t0) / 1_000_000, svg.length(), (t2 - t1) / 1_000_000,
          SvgCompactor.unsafe(svg), png.length, (png.length + 2) / 3 * 4, (t3 - t2) / 1_000_000);
      java.nio.file.Files.writeString(java.nio.file.Path.of("target/charts/" + e.getKey() + ".svg"), svg);
      java.nio.file.Files.write(java.nio.file.Path.of("target/charts/" + e.getKey() + ".png"), png);
    }
  }
}

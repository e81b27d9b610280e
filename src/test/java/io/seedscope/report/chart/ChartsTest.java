package io.seedscope.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.report.SyntheticAccess;
import io.seedscope.report.model.ReportModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.internal.chartpart.Chart;

class ChartsTest {
  static final String LONG_EVIL =
      "an-implementation-with-a-very-long-name <script>alert(1)</script> \"quoted\" & more";

  /** One chart of every kind from the small hostile model (long names, markup, quotes). */
  static Map<String, Supplier<Chart<?, ?>>> allCharts(ReportModel m) {
    Palette pal = new Palette(List.of());
    Map<String, Supplier<Chart<?, ?>>> charts = new LinkedHashMap<>();
    charts.put("curves", () -> LearningCurveChart.build(m.curves().get(0), m.metric(), pal));
    charts.put("dist", () -> DistributionChart.build(m.distributions().get(0), m.metric(), pal));
    charts.put(
        "interval",
        () ->
            IntervalChart.build(
                "IQM",
                "score",
                m.intervals().estimates().stream()
                    .filter(e -> e.statistic().equals("IQM"))
                    .toList(),
                pal));
    charts.put(
        "poi",
        () ->
            HeatMaps.poi(m.intervals().poi().implementations(), m.intervals().poi().probability()));
    charts.put("profiles", () -> LineCharts.profiles(m.intervals().profiles(), pal));
    charts.put("ciwidth", () -> LineCharts.ciWidth(m.seeds().ciWidth(), m.metric(), pal));
    charts.put("importance", () -> ImportanceChart.build(m.sensitivity().importances().get(0)));
    charts.put(
        "marginal-log", () -> MarginalChart.build(m.sensitivity().marginals().get(0), m.metric()));
    charts.put(
        "marginal-cat", () -> MarginalChart.build(m.sensitivity().marginals().get(2), m.metric()));
    var it = m.sensitivity().interactions().get(0);
    charts.put(
        "interaction",
        () ->
            HeatMaps.grid(
                it.parameterX(),
                it.parameterY(),
                it.xLevels(),
                it.yLevels(),
                it.mean(),
                m.metric()));
    return charts;
  }

  @Test
  void everyChartKindFinishesWithLongHostileNamesAndLeaksNoText() {
    // XChart 4.0.3 loops forever on a tick label over 20 characters; Categories.fit prevents it.
    ReportModel m = SyntheticAccess.hostile(LONG_EVIL);
    for (Map.Entry<String, Supplier<Chart<?, ?>>> e : allCharts(m).entrySet()) {
      String svg =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30),
              () ->
                  SvgCompactor.compact(ChartEncoder.rawSvg(e.getValue().get()), "c", "class=\"x\""),
              e.getKey() + " did not finish");
      assertFalse(svg.contains("script"), e.getKey());
      assertFalse(svg.contains("alert"), e.getKey());
      assertFalse(svg.contains("<text"), e.getKey() + ": text is drawn as glyph outlines");
    }
  }

  @Test
  void compactSvgIsWellFormedPrefixedAndSafe() throws Exception {
    ReportModel m = SyntheticAccess.hostile(LONG_EVIL);
    for (String kind : List.of("dist", "interval", "ciwidth", "importance", "marginal-log")) {
      String raw = ChartEncoder.rawSvg(allCharts(m).get(kind).get());
      assertTrue(raw.startsWith("<?xml") && raw.contains("<!DOCTYPE"), "prolog to strip");
      String svg = SvgCompactor.compact(raw, "k-" + kind, "role=\"img\"");
      assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox="), kind);
      assertFalse(svg.contains("<!DOCTYPE") || svg.contains("<?xml"), kind);
      assertFalse(SvgCompactor.unsafe(svg), kind);
      assertTrue(svg.length() < raw.length() * 0.7, kind + " shrank");
      // Every id and reference carries the prefix, so charts can share a page.
      assertFalse(svg.matches("(?s).*id=\"(?!k-).*"), kind);
      assertFalse(svg.matches("(?s).*url\\(#(?!k-).*"), kind);
      var f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void safetyCheckRejectsActiveContent() {
    String ok =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">"
            + "<g clip-path=\"url(#a-clip1)\"><path d=\"M0,0L1,1\"/></g></svg>";
    assertFalse(SvgCompactor.unsafe(ok));
    for (String bad :
        List.of(
            "<script>x</script>",
            "<g onload=\"x\"/>",
            "<image href=\"x\"/>",
            "<a xlink:href=\"javascript:x\">",
            "<foreignObject/>",
            "<g style=\"fill:url(http://e/x)\"/>",
            "<text>hi</text>",
            "<use href=\"#x\"/>")) {
      assertTrue(SvgCompactor.unsafe(ok.replace("</svg>", bad + "</svg>")), bad);
    }
  }

  @Test
  void linesAreJoinedAndNumbersRounded() {
    String raw =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n"
            + "<svg height=\"10px\" viewBox=\"0 0 10 10\" width=\"10px\">\n"
            + "<line style=\"s\" x1=\"1.004\" x2=\"2.5\" y1=\"3\" y2=\"4.126\"/>\n"
            + "<line style=\"s\" x1=\"2.5\" x2=\"3.333333\" y1=\"4.126\" y2=\"-0.00001\"/>\n"
            + "<line style=\"t\" x1=\"3.333333\" x2=\"4\" y1=\"-0.00001\" y2=\"5\"/>\n</svg>\n";
    String svg = SvgCompactor.compact(raw, "p", "class=\"c\"");
    assertEquals(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" class=\"c\">\n"
            + "<path style=\"s\" d=\"M1,3L2.5,4.1L3.3,0\"/>\n"
            + "<path style=\"t\" d=\"M3.3,0L4,5\"/>\n</svg>\n",
        svg);
  }

  @Test
  void encodingIsDeterministic() {
    ReportModel m = SyntheticAccess.hostile("x");
    Map<String, Supplier<Chart<?, ?>>> charts = allCharts(m);
    for (String kind : List.of("dist", "poi")) {
      assertEquals(
          ChartEncoder.rawSvg(charts.get(kind).get()),
          ChartEncoder.rawSvg(charts.get(kind).get()),
          kind);
      assertArrayEquals(
          ChartEncoder.png(charts.get(kind).get()), ChartEncoder.png(charts.get(kind).get()), kind);
    }
  }

  @Test
  void svgFallsBackToPngWhenTooLarge() {
    Palette pal = new Palette(List.of());
    ReportModel small = SyntheticAccess.sized(3, 100);
    var c = LearningCurveChart.build(small.curves().get(0), small.metric(), pal);
    ChartImage img = ChartEncoder.encode(c, ChartEncoder.Format.SVG, "c1", "a <b>");
    assertEquals("svg", img.format(), "3 seeds x 100 steps is small enough for SVG");
    assertTrue(img.markup().contains("aria-label=\"a &lt;b&gt;\""));
    // 3 x 60 seed lines of 100 points: the compact SVG passes 150 KB, so PNG is sent.
    ReportModel big = SyntheticAccess.sized(60, 200);
    var b = LearningCurveChart.build(big.curves().get(0), big.metric(), pal);
    ChartImage png = ChartEncoder.encode(b, ChartEncoder.Format.SVG, "c2", "a \"b\"");
    assertEquals("png", png.format());
    assertTrue(png.markup().startsWith("<img id=\"c2\" class=\"chart\" alt=\"a &quot;b&quot;\""));
  }

  @Test
  void categoryLabelsAreShortDistinctAndBlanksInvisible() {
    List<String> names = List.of(LONG_EVIL, LONG_EVIL, "ppo", "ppo", "", "x".repeat(20));
    List<String> labels = Categories.fit(names);
    assertEquals(names.size(), new HashSet<>(labels).size(), "distinct");
    for (String l : labels) {
      assertTrue(l.length() <= Categories.MAX_LABEL, l);
    }
    assertEquals("ppo", labels.get(2));
    assertEquals("x".repeat(20), labels.get(5));
    assertTrue(labels.get(0).contains("\u2026"));
    List<String> keys = new ArrayList<>();
    for (int k = 1; k < 3000; k++) {
      String s = Categories.invisible(k);
      assertTrue(s.length() <= 5 && s.chars().allMatch(ch -> ch >= 0x200b), "invisible");
      keys.add(s);
    }
    assertEquals(keys.size(), new HashSet<>(keys).size());
  }

  @Test
  void boxStatisticsMatchNumpy() {
    // Reference: src/test/resources/report/reference/box_quartiles.py (numpy 1.24.2, linear).
    var a = DistributionChart.BoxStats.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    assertEquals(new DistributionChart.BoxStats(3.25, 5.5, 7.75, 1, 10), a);
    var b = DistributionChart.BoxStats.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100});
    assertEquals(new DistributionChart.BoxStats(3.5, 6.0, 8.5, 1, 10), b);
    var c = DistributionChart.BoxStats.of(new double[] {3.2, -1.5, 7.7, 0.0, 2.2, 9.9, 4.4});
    assertEquals(1.1, c.q1(), 1e-12);
    assertEquals(3.2, c.median(), 1e-12);
    assertEquals(6.050000000000001, c.q3(), 1e-12);
    assertEquals(-1.5, c.whiskerLow());
    assertEquals(9.9, c.whiskerHigh());
  }

  @Test
  void downsampleKeepsEndsAndBound() {
    assertArrayEquals(new int[] {0, 1, 2}, Downsample.indices(3, 200));
    int[] idx = Downsample.indices(1000, 200);
    assertEquals(200, idx.length);
    assertEquals(0, idx[0]);
    assertEquals(999, idx[199]);
    for (int i = 1; i < idx.length; i++) {
      assertTrue(idx[i] > idx[i - 1]);
    }
  }

  @Test
  void bandOutlineGoesAlongHighThenBackAlongLow() {
    double[][] b =
        Data.band(
            List.of(1.0, 2.0, 3.0),
            List.of(0.0, Double.NaN, 1.0),
            List.of(2.0, 3.0, 4.0),
            new int[] {0, 1, 2});
    assertArrayEquals(new double[] {1, 3, 3, 1}, b[0]);
    assertArrayEquals(new double[] {2, 4, 1, 0}, b[1]);
  }

  @Test
  void paletteIsOkabeItoAndStable() {
    Palette p = new Palette(List.of("a", "b"));
    assertEquals(Palette.BLUE, p.color("a"));
    assertEquals(Palette.ORANGE, p.color("b"));
    assertEquals(Palette.BLUISH_GREEN, p.color("c"));
    assertEquals(Palette.BLUE, p.color("a"));
  }
}

package io.seedscope.report.html;

import io.seedscope.report.Rounding;
import io.seedscope.report.chart.ChartKind;
import io.seedscope.report.chart.HeatMaps;
import io.seedscope.report.chart.IntervalChart;
import io.seedscope.report.chart.LineCharts;
import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.IntervalSection;
import io.seedscope.report.model.IntervalSection.Estimate;
import io.seedscope.report.model.IntervalSection.PoiMatrix;
import io.seedscope.report.model.ReportModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Section 5: aggregate interval estimates, probability of improvement, performance profiles. */
public final class IntervalHtml implements Section {
  @Override
  public String id() {
    return "intervals";
  }

  @Override
  public String title() {
    return "Interval estimates";
  }

  @Override
  public boolean present(ReportModel m) {
    IntervalSection s = m.intervals();
    return s != null
        && (!s.estimates().isEmpty()
            || (s.poi() != null && s.poi().implementations().size() >= 2)
            || (s.profiles() != null && !s.profiles().curves().isEmpty()));
  }

  @Override
  public void render(Page p, ReportModel m, Palette palette) {
    IntervalSection s = m.intervals();
    String ci = s.ciLabel() == null ? "CI" : s.ciLabel();
    if (!s.estimates().isEmpty()) {
      Map<String, List<Estimate>> byStat = new LinkedHashMap<>();
      for (Estimate e : s.estimates()) {
        byStat.computeIfAbsent(e.statistic(), k -> new ArrayList<>()).add(e);
      }
      p.raw("<h3>Aggregate metrics</h3>\n<div class=\"panels\">\n");
      for (Map.Entry<String, List<Estimate>> e : byStat.entrySet()) {
        String stat = e.getKey();
        List<Estimate> rows = e.getValue();
        p.figure(
            ChartKind.INTERVAL,
            stat + " with " + ci,
            stat + " with " + ci,
            () -> IntervalChart.build(stat, s.scoreLabel(), rows, palette));
      }
      p.raw("</div>\n");
      Tables.open(
          p,
          "Point estimates and " + ci + ".",
          List.of("statistic", "implementation", "estimate", ci),
          List.of(false, false, true, true));
      for (Estimate e : s.estimates()) {
        Rounding.Interval r = Rounding.interval(e.point(), e.low(), e.high());
        Tables.row(
            p,
            List.of(e.statistic(), e.implementation(), r.point(), r.bracket()),
            List.of(false, false, true, true));
      }
      Tables.close(p);
    }
    PoiMatrix poi = s.poi();
    if (poi != null && poi.implementations().size() >= 2) {
      p.raw("<h3>Probability of improvement</h3>\n");
      p.figure(
          ChartKind.POI,
          "Probability of improvement matrix",
          "P(X > Y): probability that a run of the row implementation X scores better than a run"
              + " of the column implementation Y (ties count half). 0.5 means no difference.",
          () -> HeatMaps.poi(poi.implementations(), poi.probability()));
      poiTable(p, poi, ci);
    }
    if (s.profiles() != null && !s.profiles().curves().isEmpty()) {
      p.raw("<h3>Performance profiles</h3>\n");
      p.figure(
          ChartKind.PROFILES,
          "Performance profiles",
          "Fraction of runs scoring above each threshold \u03c4, with "
              + ci
              + " bands. A curve"
              + " that lies above another everywhere is better at every threshold.",
          () -> LineCharts.profiles(s.profiles(), palette));
    }
  }

  private static void poiTable(Page p, PoiMatrix poi, String ci) {
    List<String> names = poi.implementations();
    boolean intervals = !poi.low().isEmpty() && !poi.high().isEmpty();
    Tables.open(
        p,
        "P(X > Y) for every ordered pair.",
        intervals ? List.of("X", "Y", "P(X > Y)", ci) : List.of("X", "Y", "P(X > Y)"),
        List.of(false, false, true, true));
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j < names.size(); j++) {
        if (i == j) {
          continue;
        }
        double v = get(poi.probability(), i, j);
        if (!Double.isFinite(v)) {
          continue;
        }
        List<String> cells = new ArrayList<>(List.of(names.get(i), names.get(j)));
        if (intervals) {
          Rounding.Interval r = Rounding.interval(v, get(poi.low(), i, j), get(poi.high(), i, j));
          cells.add(r.point());
          cells.add(r.bracket());
        } else {
          cells.add(Rounding.fixed(v, 2));
        }
        Tables.row(p, cells, List.of(false, false, true, true));
      }
    }
    Tables.close(p);
  }

  static double get(List<List<Double>> m, int i, int j) {
    if (i >= m.size() || j >= m.get(i).size() || m.get(i).get(j) == null) {
      return Double.NaN;
    }
    return m.get(i).get(j);
  }
}

package io.seedscope.stats.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.stats.multitask.BootstrapOptions;
import io.seedscope.stats.multitask.ScoreRange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dopamine learning curves (DQN and Rainbow on pong and breakout, 5 runs) logged irregularly,
 * against src/test/resources/multitask/reference/curves_reference.py (numpy 1.24.2, scipy 1.10.1)
 * and its output curves_reference.json; the logging scheme is described in that script.
 */
class DopamineCurvesTest {
  static final long[] OFFSET = {0, 300, 0, 500, 0};
  static final int[] KEEP = {1, 2, 3, 1, 1};
  static JsonNode ref;

  /** "game/agent" -> runs. */
  static Map<String, List<Curve>> curves;

  @BeforeAll
  static void load() throws IOException {
    String json = "/multitask/reference/curves_reference.json";
    try (InputStream in = DopamineCurvesTest.class.getResourceAsStream(json)) {
      ref = new ObjectMapper().readTree(in);
    }
    Map<String, Map<Integer, List<double[]>>> raw = new TreeMap<>();
    try (InputStream in =
            DopamineCurvesTest.class.getResourceAsStream("/multitask/curves_dqn_rainbow.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",");
        int run = Integer.parseInt(f[2]);
        int it = Integer.parseInt(f[3]);
        boolean kept = it % KEEP[run] == 0 && !(run == 3 && it < 10) && !(run == 4 && it > 150);
        if (kept) {
          raw.computeIfAbsent(f[0] + "/" + f[1], k -> new TreeMap<>())
              .computeIfAbsent(run, k -> new ArrayList<>())
              .add(new double[] {1000L * it + OFFSET[run], Double.parseDouble(f[4])});
        }
      }
    }
    curves = new TreeMap<>();
    raw.forEach(
        (group, runs) -> {
          List<Curve> list = new ArrayList<>();
          runs.forEach(
              (run, points) -> {
                long[] s = new long[points.size()];
                double[] v = new double[points.size()];
                for (int i = 0; i < s.length; i++) {
                  s[i] = (long) points.get(i)[0];
                  v[i] = points.get(i)[1];
                }
                list.add(new Curve(s, v));
              });
          curves.put(group, list);
        });
  }

  static long[] grid() {
    List<Curve> all = new ArrayList<>();
    curves.values().forEach(all::addAll);
    return StepGrid.choose(all);
  }

  @Test
  void gridIsTwoHundredEvenlySpacedStepsOverAllRuns() {
    long[] grid = grid();
    long[] expected = new long[ref.get("grid").size()];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = ref.get("grid").get(i).asLong();
    }
    assertArrayEquals(expected, grid);
  }

  @Test
  void meanBandsSeedsAndIqmMatchNumpy() {
    long[] grid = grid();
    for (Map.Entry<String, List<Curve>> e : curves.entrySet()) {
      JsonNode r = ref.get("groups").get(e.getKey());
      AlignedCurves a = CurveAligner.align(e.getValue(), grid);
      CurveBand mean = CurveBands.mean(a, 0.95);
      CurveBand iqm = CurveBands.iqm(a, BootstrapOptions.of(500, 5L));
      for (int g = 0; g < grid.length; g++) {
        String at = e.getKey() + " step " + grid[g];
        assertEquals(r.get("seeds").get(g).asInt(), a.seeds()[g], at);
        assertEquals(r.get("seeds").get(g).asInt(), mean.seeds().get(g), at);
        assertEquals(r.get("mean").get(g).asDouble(), mean.center().get(g), 1e-9, at);
        if (r.get("low").get(g).isNull()) {
          assertNull(mean.low().get(g), at);
        } else {
          assertEquals(r.get("low").get(g).asDouble(), mean.low().get(g), 1e-9, at);
          assertEquals(r.get("high").get(g).asDouble(), mean.high().get(g), 1e-9, at);
        }
        assertEquals(r.get("iqm").get(g).asDouble(), iqm.center().get(g), 1e-9, at);
        assertTrue(iqm.low().get(g) <= iqm.high().get(g), at);
      }
      assertEquals(r.get("value3At12345").asDouble(), e.getValue().get(3).at(12345), 1e-12);
    }
  }

  @Test
  void sampleEfficiencyMatchesNumpy() {
    long[] grid = grid();
    Map<String, Map<String, List<Curve>>> byAgent = new LinkedHashMap<>();
    for (String game : new String[] {"breakout", "pong"}) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (String agent : new String[] {"DQN", "Rainbow"}) {
        for (Curve c : curves.get(game + "/" + agent)) {
          for (double v : c.values()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
      ScoreRange range = new ScoreRange(lo, hi);
      for (String agent : new String[] {"DQN", "Rainbow"}) {
        List<Curve> norm = new ArrayList<>();
        curves.get(game + "/" + agent).forEach(c -> norm.add(c.normalized(range)));
        byAgent.computeIfAbsent(agent, k -> new LinkedHashMap<>()).put(game, norm);
      }
    }
    SampleEfficiency se = SampleEfficiency.iqm(byAgent, grid, BootstrapOptions.of(2000, 99L));
    assertEquals(
        se, SampleEfficiency.iqm(byAgent, grid, BootstrapOptions.of(2000, 99L).withThreads(1)));
    for (String agent : new String[] {"DQN", "Rainbow"}) {
      JsonNode r = ref.get("sampleEfficiency").get(agent);
      CurveBand band = se.algorithms().get(agent);
      for (int g = 0; g < grid.length; g++) {
        String at = agent + " step " + grid[g];
        assertEquals(r.get("iqm").get(g).asDouble(), band.center().get(g), 1e-12, at);
        double lo = r.get("low").get(g).asDouble();
        double hi = r.get("high").get(g).asDouble();
        // 2,000 resamples of 10 runs: lumpy replicate distributions; a loose Monte Carlo check.
        double tol = 0.15 * (hi - lo) + 0.01;
        assertEquals(lo, band.low().get(g), tol, at + " low");
        assertEquals(hi, band.high().get(g), tol, at + " high");
      }
    }
  }
}

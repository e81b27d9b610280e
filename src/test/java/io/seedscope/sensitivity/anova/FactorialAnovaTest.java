package io.seedscope.sensitivity.anova;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactorialAnovaTest {

  private static final double REL = 1e-9;

  static Config cfg(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return Config.of(m);
  }

  static List<String> lines(String resource) throws IOException {
    try (InputStream in = FactorialAnovaTest.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  /** anova/reference/anova_data.csv: batch,lr,opt,seed,value (3 x 2 x 2 grid, 3 seeds). */
  static Map<Config, double[]> referenceData() throws IOException {
    Map<Config, List<Double>> acc = new LinkedHashMap<>();
    for (String line : lines("/anova/reference/anova_data.csv").subList(1, 37)) {
      String[] f = line.split(",");
      acc.computeIfAbsent(
              cfg("batch", f[0], "lr", f[1], "opt", f[2], "steps", "100"), k -> new ArrayList<>())
          .add(Double.parseDouble(f[4]));
    }
    Map<Config, double[]> out = new LinkedHashMap<>();
    acc.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
    return out;
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, Math.abs(expected) * REL, what);
  }

  @Test
  void matchesTheLeastSquaresReference() throws IOException {
    // Reference: anova/reference/anova_reference.py (nested numpy least-squares fits, scipy F).
    AnovaTable t = FactorialAnova.compute(referenceData());
    assertEquals(List.of("batch", "lr", "opt"), t.factors());
    assertEquals(List.of("0.001", "0.01", "0.1"), t.levels().get("lr"));
    assertEquals(3, t.replicates());
    assertEquals(35, t.totalDf());
    int rows = 0;
    for (String line : lines("/anova/reference/anova_reference.txt")) {
      if (line.startsWith("# total SS")) {
        close(Double.parseDouble(line.split(" ")[3]), t.totalSumSq(), "total");
        continue;
      }
      if (line.startsWith("#") || line.startsWith("term,")) {
        continue;
      }
      String[] f = line.split(",", -1);
      AnovaTerm term = t.term(f[0]);
      assertNotNull(term, f[0]);
      close(Double.parseDouble(f[1]), term.sumSq(), f[0] + " SS");
      assertEquals(Integer.parseInt(f[2]), term.df(), f[0] + " df");
      close(Double.parseDouble(f[5]), term.etaSquared(), f[0] + " eta^2");
      if (!f[3].isEmpty()) {
        close(Double.parseDouble(f[3]), term.f(), f[0] + " F");
        close(Double.parseDouble(f[4]), term.p(), f[0] + " p");
      } else {
        assertNull(term.f());
      }
      rows++;
    }
    assertEquals(8, rows);
    double sum = t.residual().sumSq() + t.higherOrder().sumSq();
    for (AnovaTerm e : t.effects()) {
      sum += e.sumSq();
    }
    close(t.totalSumSq(), sum, "terms add up to the total");
    // The residual share is the seed-noise share of the same data.
    close(SeedNoise.of(referenceData().values()).fraction(), t.residual().etaSquared(), "noise");
  }

  @Test
  void twoByTwoByHand() {
    // Cell means 2, 6, 3, 11; grand 5.5; SS_A = 2*2*(1.5^2*2) = 18, SS_B = 2*2*(3^2*2) = 72,
    // SS_AB = 2*1*(4*1^2) = 8, residual = 4 cells * 2 = 8, total 106; MS_res = 8/4 = 2.
    Map<Config, double[]> d = new LinkedHashMap<>();
    d.put(cfg("a", "x", "b", "1"), new double[] {1, 3});
    d.put(cfg("a", "x", "b", "2"), new double[] {5, 7});
    d.put(cfg("a", "y", "b", "1"), new double[] {2, 4});
    d.put(cfg("a", "y", "b", "2"), new double[] {10, 12});
    AnovaTable t = FactorialAnova.compute(d);
    assertNull(t.higherOrder());
    close(18, t.term("a").sumSq(), "A");
    close(72, t.term("b").sumSq(), "B");
    close(8, t.term("a:b").sumSq(), "AB");
    close(8, t.residual().sumSq(), "res");
    close(106, t.totalSumSq(), "total");
    close(9, t.term("a").f(), "F_A");
    // scipy.stats.f.sf(9, 1, 4), f.sf(36, 1, 4), f.sf(4, 1, 4)
    close(0.039941968071718834, t.term("a").p(), "p_A");
    close(0.003882537046960511, t.term("b").p(), "p_B");
    close(0.11611652351681559, t.term("a:b").p(), "p_AB");
    close(18.0 / 106, t.term("a").etaSquared(), "eta A");
  }

  /** A constant metric: every sum of squares is 0, and 0 / 0 is no share (it was written as 0). */
  @Test
  void constantMetricHasUndefinedEtaSquared() {
    Map<Config, double[]> d = new LinkedHashMap<>();
    for (String a : new String[] {"x", "y"}) {
      for (String b : new String[] {"1", "2"}) {
        d.put(cfg("a", a, "b", b), new double[] {4, 4});
      }
    }
    AnovaTable t = FactorialAnova.compute(d);
    assertEquals(0.0, t.totalSumSq());
    for (AnovaTerm term : t.effects()) {
      assertTrue(Double.isNaN(term.etaSquared()), term.toString());
    }
    assertTrue(Double.isNaN(t.residual().etaSquared()));
  }

  @Test
  void rejectsIncompleteAndUnbalancedGridsClearly() throws IOException {
    Map<Config, double[]> d = referenceData();
    Config gone = cfg("batch", "32", "lr", "0.1", "opt", "sgd", "steps", "100");
    double[] full = d.remove(gone);
    InputException e = assertThrows(InputException.class, () -> FactorialAnova.compute(d));
    assertEquals(
        "ANOVA needs a full factorial grid: 1 of 12 level combinations have no runs"
            + " (e.g. batch=32,lr=0.1,opt=sgd)",
        e.getMessage());
    d.put(gone, Arrays.copyOf(full, 2));
    e = assertThrows(InputException.class, () -> FactorialAnova.compute(d));
    assertEquals(
        "ANOVA needs the same number of seeds in every configuration: configurations have 2 to 3"
            + " seeds (batch=32,lr=0.1,opt=sgd has 2); rerun the missing seeds or trim to the"
            + " smallest count",
        e.getMessage());
    AnovaTable trimmed = FactorialAnova.compute(d, true);
    assertEquals(2, trimmed.replicates());
    assertTrue(trimmed.warnings().get(0).contains("each cut to the first 2"));
    Map<Config, double[]> cut = new LinkedHashMap<>();
    d.forEach((k, v) -> cut.put(k, Arrays.copyOf(v, 2)));
    assertEquals(FactorialAnova.compute(cut), trimmed.withoutWarnings());
  }

  @Test
  void oneSeedPerConfigurationGivesNoTests() {
    Map<Config, double[]> d = new LinkedHashMap<>();
    d.put(cfg("a", "1"), new double[] {1});
    d.put(cfg("a", "2"), new double[] {2});
    d.put(cfg("a", "3"), new double[] {6});
    AnovaTable t = FactorialAnova.compute(d);
    close(14, t.term("a").sumSq(), "SS"); // mean 3: 4 + 1 + 9
    assertNull(t.term("a").f());
    assertEquals(0, t.residual().df());
    assertTrue(t.warnings().get(0).startsWith("one seed per configuration"));
    assertThrows(
        InputException.class,
        () -> FactorialAnova.compute(Map.of(cfg("a", "1"), new double[] {1, 2})));
  }

  @Test
  void absentConditionalValuesAreALevel() {
    Map<Config, double[]> d = new LinkedHashMap<>();
    d.put(cfg("opt", "adam"), new double[] {1, 2});
    d.put(cfg("opt", "sgd", "mom", "0.9"), new double[] {3, 4});
    InputException e = assertThrows(InputException.class, () -> FactorialAnova.compute(d));
    assertTrue(
        e.getMessage().contains("2 of 4 level combinations have no runs (e.g. mom=0.9,opt=adam)"),
        e.getMessage());
  }
}

package io.seedscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import io.seedscope.sensitivity.fanova.FanovaMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sweeps the sensitivity section must survive (one seed per configuration, a constant metric,
 * degenerate forests and cutoffs) and the exact ANOVA when it is the method asked for.
 */
class ImportanceSectionTest {
  private static final String[] LR = {"0.1", "0.01", "0.001"};
  private static final String[] OPT = {"adam", "sgd"};

  /** The reviewer's imp.csv: lr x opt, seeds 0..2, {@code VALUES[lr][opt][seed]}. */
  private static final double[][][] VALUES = {
    {{3.288, 3.449, 2.066}, {0.235, -0.092, 1.031}},
    {{0.078, -0.337, 1.299}, {0.233, 0.646, -0.814}},
    {{1.015, 0.945, -0.496}, {0.548, 0.331, 2.399}}
  };

  private final List<String> warnings = new ArrayList<>();

  private static ResultSet sweep(int seeds, boolean constant) {
    return ResultSet.of(
        sweepLogs(seeds, constant), "return", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
  }

  private static List<RunLog> sweepLogs(int seeds, boolean constant) {
    List<RunLog> logs = new ArrayList<>();
    for (int a = 0; a < LR.length; a++) {
      for (int b = 0; b < OPT.length; b++) {
        for (int s = 0; s < seeds; s++) {
          Config c = Config.of(Map.of("lr", LR[a], "opt", OPT[b]));
          logs.add(
              new RunLog(
                  LR[a] + OPT[b] + s,
                  new GroupKey("a", "default", c),
                  s,
                  RunStatus.OK,
                  "",
                  null,
                  Map.of("return", new double[] {constant ? 5 : VALUES[a][b][s]})));
        }
      }
    }
    return logs;
  }

  private static ImportanceSection.Options options(String method, int leaf, Double cutoff) {
    return new ImportanceSection.Options(
        method, 16, 0, null, FanovaMethod.BLEND, leaf, 1.0, true, cutoff);
  }

  private ImportanceSection.GroupImportance analyze(
      ResultSet rs, ImportanceSection.Options options) {
    ImportanceSection.Importance imp =
        (ImportanceSection.Importance)
            new ImportanceSection(options).compute(rs, AnalysisSettings.defaults(), 1, warnings);
    assertNotNull(imp, warnings.toString());
    return imp.groups().get(0);
  }

  private void assertWarned(String part) {
    assertTrue(warnings.stream().anyMatch(w -> w.contains(part)), part + " in " + warnings);
  }

  private static void assertNoNonFiniteStrings(Object g) {
    String json = AnalysisJson.toJson(g);
    assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
  }

  /** It crashed with exit 70: SeedNoise.of rejects a sweep without a replicated configuration. */
  @Test
  void oneSeedPerConfigurationLeavesOutOnlyTheSeedNoiseShare() {
    ImportanceSection.GroupImportance g = analyze(sweep(1, false), options("fanova", 1, null));
    assertNull(g.seedNoiseFraction());
    assertNull(g.seedNoise());
    assertEquals(6, g.configurations());
    g.main().forEach(m -> assertNotNull(m.fraction(), m.toString()));
    assertWarned("every configuration ran one seed");
    assertTrue(AnalysisJson.toJson(g).contains("\"seedNoiseFraction\" : null"));
  }

  /** It crashed unboxing SeedNoise.fraction(), which is null for 0 / 0. */
  @Test
  void constantMetricHasOnlyUndefinedShares() {
    for (String method : List.of("fanova", "anova")) {
      ImportanceSection.GroupImportance g = analyze(sweep(3, true), options(method, 1, null));
      assertNull(g.seedNoiseFraction(), method);
      g.main().forEach(m -> assertNull(m.fraction(), method + " " + m));
      g.interactions().forEach(i -> assertNull(i.fraction(), method + " " + i));
      // The table's eta squared too: 0 / 0 was written as 0.
      g.anova().effects().forEach(t -> assertTrue(Double.isNaN(t.etaSquared()), t.toString()));
      assertTrue(Double.isNaN(g.anova().residual().etaSquared()));
      assertNoNonFiniteStrings(g);
    }
    assertWarned("the metric is 5.0 in every run");
  }

  /**
   * With --method anova, main[] and interactions[] are eta squared = SS_effect / SS_total (Cohen
   * 1973), computed here from the cell and level means of the balanced grid with n = 3 seeds
   * (Montgomery, Design and Analysis of Experiments, 8th ed., eq. 5.6-5.8): SS_lr = 2n sum_i (m_i -
   * m)^2, SS_opt = 3n sum_j (m_j - m)^2, SS_lr:opt = n sum_ij (m_ij - m_i - m_j + m)^2. They were
   * the fANOVA fractions (lr 0.445) under the label "eta squared".
   */
  @Test
  void anovaMethodReportsEtaSquared() {
    double[] mLr = new double[3];
    double[] mOpt = new double[2];
    double[][] mCell = new double[3][2];
    double grand = 0;
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 2; b++) {
        for (double v : VALUES[a][b]) {
          mCell[a][b] += v / 3;
          mLr[a] += v / 6;
          mOpt[b] += v / 9;
          grand += v / 18;
        }
      }
    }
    double total = 0;
    double ssLr = 0;
    double ssOpt = 0;
    double ssPair = 0;
    for (int a = 0; a < 3; a++) {
      ssLr += 6 * (mLr[a] - grand) * (mLr[a] - grand);
      for (int b = 0; b < 2; b++) {
        double r = mCell[a][b] - mLr[a] - mOpt[b] + grand;
        ssPair += 3 * r * r;
        for (double v : VALUES[a][b]) {
          total += (v - grand) * (v - grand);
        }
      }
    }
    for (int b = 0; b < 2; b++) {
      ssOpt += 9 * (mOpt[b] - grand) * (mOpt[b] - grand);
    }
    ImportanceSection.GroupImportance g = analyze(sweep(3, false), options("anova", 1, null));
    assertEquals("anova", g.method());
    assertTrue(g.basis().startsWith("eta squared"), g.basis());
    assertEquals(ssLr / total, g.main().get(0).fraction(), 1e-12);
    assertEquals(0.2604, g.main().get(0).fraction(), 5e-5); // the reviewer's 0.260
    assertEquals("lr", g.main().get(0).param());
    assertNull(g.main().get(0).std());
    assertEquals(ssOpt / total, g.main().get(1).fraction(), 1e-12);
    assertEquals(List.of("lr", "opt"), g.interactions().get(0).params());
    assertEquals(ssPair / total, g.interactions().get(0).fraction(), 1e-12);
    // The fANOVA is still there, under its own name and on its own basis.
    assertNotEquals(g.main().get(0).fraction(), g.fanova().main().get(0).fraction(), 1e-3);
  }

  /** The docs promise a full grid for --method anova: a missing cell is named, not papered over. */
  @Test
  void anovaMethodOnAnIncompleteGridSaysWhichCellIsMissing() {
    ResultSet partial =
        ResultSet.of(
            sweepLogs(3, false).stream()
                .filter(r -> !r.runId().equals("0.001sgd0"))
                .filter(r -> !r.runId().equals("0.001sgd1"))
                .filter(r -> !r.runId().equals("0.001sgd2"))
                .toList(),
            "return",
            Goal.MAXIMIZE,
            CurveAggregate.LAST,
            List.of());
    assertNull(
        new ImportanceSection(options("anova", 1, null))
            .compute(partial, AnalysisSettings.defaults(), 1, warnings));
    assertWarned("skipped: --method anova needs a full grid");
    assertWarned("(e.g. lr=0.001,opt=sgd)");
  }

  /**
   * Leaves of 1000 runs leave every tree one leaf: the shares were 0.444 and -0.111 of a variance
   * of 2.9e-29 (round-off), with "std": "NaN".
   */
  @Test
  void singleLeafForestGivesNullSharesAndSaysWhy() {
    ImportanceSection.GroupImportance g = analyze(sweep(3, false), options("fanova", 1000, null));
    g.main().forEach(m -> assertTrue(m.fraction() == null && m.std() == null, m.toString()));
    g.interactions().forEach(i -> assertTrue(i.fraction() == null && i.std() == null, "" + i));
    assertNotNull(g.seedNoiseFraction());
    assertWarned("--min-samples-leaf 1000 leaves no split in 18 runs");
    assertNoNonFiniteStrings(g);
  }

  /** fanova's 0.99 cutoff keeps the one run above 3.42 (lr 0.1, adam): nothing left to share. */
  @Test
  void cutoffKeepingOneConfigurationGivesNullSharesAndSaysWhy() {
    ImportanceSection.GroupImportance g = analyze(sweep(3, false), options("fanova", 1, 0.99));
    g.main().forEach(m -> assertNull(m.fraction(), m.toString()));
    assertWarned("--cutoff 0.99 keeps 1 configuration;");
    assertNoNonFiniteStrings(g);
  }
}

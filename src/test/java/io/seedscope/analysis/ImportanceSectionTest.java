package io.seedscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
      assertNoNonFiniteStrings(g);
    }
    assertWarned("the metric is 5.0 in every run");
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

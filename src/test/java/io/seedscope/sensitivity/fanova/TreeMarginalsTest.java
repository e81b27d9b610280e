package io.seedscope.sensitivity.fanova;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.sensitivity.forest.RegressionTree;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class TreeMarginalsTest {

  /**
   * Hand-built tree on [0,1]^2 (computed on paper): x0 <= .5 -> 0; else x1 <= .5 -> 2 else 4.
   * Leaves: vol .5 value 0, vol .25 value 2, vol .25 value 4; mean 1.5; V = 2.75. Main x0: 0 on the
   * left half, 3 on the right: V0 = 2.25. Main x1: 1 below .5, 2 above: V1 = .25. The pair marginal
   * is the whole function: V01 = 2.75, pure interaction .25.
   */
  @Test
  void handBuiltNumericTree() {
    RegressionTree tree =
        RegressionTree.fromSklearn(
            new int[] {1, -1, 3, -1, -1},
            new int[] {2, -1, 4, -1, -1},
            new int[] {0, -2, 1, -2, -2},
            new double[] {0.5, -2, 0.5, -2, -2},
            new double[] {1.5, 0, 3, 2, 4});
    TreePartition t =
        TreePartition.of(
            tree,
            new double[] {0, 0},
            new double[] {1, 1},
            new int[] {0, 0},
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY);
    assertEquals(1.5, t.mean, 1e-15);
    assertEquals(2.75, t.variance, 1e-15);
    assertEquals(2.25, TreeMarginals.mainVariance(t, 0), 1e-15);
    assertEquals(0.25, TreeMarginals.mainVariance(t, 1), 1e-15);
    assertEquals(2.75, TreeMarginals.pairVariance(t, 0, 1), 1e-15);
    assertEquals(2.75, TreeMarginals.pairVariance(t, 1, 0), 1e-15);
  }

  /**
   * Categorical c with 3 levels and numeric x on [0,1]: c in {0,2} -> 1; else x <= .25 -> 5 else 1.
   * On paper: mean 4/3, V = 11/9; main c: 1, 2, 1 -> V_c = 2/9; main x: 7/3 below .25, 1 above ->
   * V_x = 1/3; pair V = 11/9, pure interaction 2/3. The left subset {0,2} is not contiguous, so the
   * leaf covers two runs of category cells.
   */
  @Test
  void handBuiltCategoricalTree() {
    long[][] masks = new long[5][];
    masks[0] = new long[] {0b101};
    RegressionTree tree =
        new RegressionTree(
            new int[] {0, -1, 1, -1, -1},
            new double[] {Double.NaN, 0, 0.25, 0, 0},
            masks,
            new int[] {1, -1, 3, -1, -1},
            new int[] {2, -1, 4, -1, -1},
            new double[] {0, 1, 0, 5, 1});
    TreePartition t =
        TreePartition.of(
            tree,
            new double[] {0, 0},
            new double[] {3, 1},
            new int[] {3, 0},
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY);
    assertEquals(4.0 / 3, t.mean, 1e-15);
    assertEquals(11.0 / 9, t.variance, 1e-15);
    assertEquals(2.0 / 9, TreeMarginals.mainVariance(t, 0), 1e-15);
    assertEquals(1.0 / 3, TreeMarginals.mainVariance(t, 1), 1e-15);
    assertEquals(11.0 / 9, TreeMarginals.pairVariance(t, 0, 1), 1e-15);
    double[][] at = TreeMarginals.mainAt(t, 0, new double[] {0, 1, 2});
    assertEquals(1, at[0][0], 1e-15);
    assertEquals(2, at[0][1], 1e-15);
    assertEquals(1, at[0][2], 1e-15);
    double[][] pair = TreeMarginals.pairAt(t, 0, 1, new double[] {0, 1, 2}, new double[] {.1, .9});
    assertEquals(1, pair[0][0], 1e-15);
    assertEquals(5, pair[0][2], 1e-15);
    assertEquals(1, pair[0][3], 1e-15);
    assertEquals(1, pair[0][5], 1e-15);
  }

  /**
   * fanova's cutoffs (pyrfr {@code precompute_marginals}): leaves predicting outside the cutoffs
   * are dropped and marginals are conditional on the kept region. With cutoff [0, 2] the first
   * hand-built tree keeps the leaves 0 (vol .5) and 2 (vol .25): mean 2/3, V = 8/9; main x0: 0 and
   * 2 with weights .5 and .25 -> V0 = 8/9; main x1: (0*.5+2*.5)/1 = 1 below .5 with weight .5, 0
   * above with weight .25 -> mean 2/3, V1 = 2/9.
   */
  @Test
  void cutoffConditionsOnKeptLeaves() {
    RegressionTree tree =
        RegressionTree.fromSklearn(
            new int[] {1, -1, 3, -1, -1},
            new int[] {2, -1, 4, -1, -1},
            new int[] {0, -2, 1, -2, -2},
            new double[] {0.5, -2, 0.5, -2, -2},
            new double[] {1.5, 0, 3, 2, 4});
    TreePartition t =
        TreePartition.of(tree, new double[] {0, 0}, new double[] {1, 1}, new int[] {0, 0}, 0, 2);
    assertEquals(2.0 / 3, t.mean, 1e-15);
    assertEquals(8.0 / 9, t.variance, 1e-15);
    assertEquals(8.0 / 9, TreeMarginals.mainVariance(t, 0), 1e-15);
    assertEquals(2.0 / 9, TreeMarginals.mainVariance(t, 1), 1e-15);
    assertEquals(8.0 / 9, TreeMarginals.pairVariance(t, 0, 1), 1e-15);
  }

  /**
   * Tree 0 of a scikit-learn 1.2.1 forest fitted as Optuna's fANOVA fits it to 256 Ishigami
   * samples; expected variances computed with Optuna 3.1's {@code _FanovaTree}
   * (/work/shared/reference/fanova, copied to src/test/resources/fanova/reference).
   */
  @Test
  void reproducesOptunaTreeOnIshigami() throws IOException {
    JsonNode root;
    try (InputStream in =
        getClass().getResourceAsStream("/fanova/reference/ishigami_n256_seed0_tree0.json")) {
      root = new ObjectMapper().readTree(in);
    }
    JsonNode tr = root.get("trees").get(0);
    RegressionTree tree =
        RegressionTree.fromSklearn(
            ints(tr.get("children_left")),
            ints(tr.get("children_right")),
            ints(tr.get("feature")),
            doubles(tr.get("threshold")),
            doubles(tr.get("value")));
    double[] lo = new double[3];
    double[] hi = new double[3];
    for (int d = 0; d < 3; d++) {
      lo[d] = root.get("bounds").get(d).get(0).asDouble();
      hi[d] = root.get("bounds").get(d).get(1).asDouble();
    }
    TreePartition t =
        TreePartition.of(
            tree, lo, hi, new int[3], Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    JsonNode ex = tr.get("expected");
    double vTree = ex.get("V_tree").asDouble();
    assertEquals(vTree, t.variance, 1e-12 * vTree);
    double[] vMain = new double[3];
    for (int d = 0; d < 3; d++) {
      double e = ex.get("V_main").get(d).asDouble();
      vMain[d] = TreeMarginals.mainVariance(t, d);
      assertEquals(e, vMain[d], 1e-12 * vTree, "V_main " + d);
      assertEquals(ex.get("main_fraction").get(d).asDouble(), vMain[d] / t.variance, 1e-12);
    }
    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        JsonNode pair = ex.get("pairs").get(i + "," + j);
        double total = TreeMarginals.pairVariance(t, i, j);
        assertEquals(pair.get("V_total").asDouble(), total, 1e-12 * vTree, "V_total " + i + j);
        assertEquals(
            pair.get("V_individual").asDouble(),
            total - vMain[i] - vMain[j],
            1e-12 * vTree,
            "V_individual " + i + j);
      }
    }
  }

  private static int[] ints(JsonNode a) {
    int[] r = new int[a.size()];
    for (int k = 0; k < r.length; k++) {
      r[k] = a.get(k).asInt();
    }
    return r;
  }

  private static double[] doubles(JsonNode a) {
    double[] r = new double[a.size()];
    for (int k = 0; k < r.length; k++) {
      r[k] = a.get(k).asDouble();
    }
    return r;
  }
}

package io.seedscope.sensitivity.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import org.junit.jupiter.api.Test;

class RandomForestTest {

  private static ForestOptions single() {
    return new ForestOptions(1, 0, false, 1, 2, 64, 1.0, 1);
  }

  /**
   * scikit-learn: DecisionTreeRegressor().fit([[1],[2],[3],[4]], [0,0,1,1]) splits at the midpoint
   * 2.5 (x <= 2.5 goes left) into two pure leaves.
   */
  @Test
  void splitsAtMidpointsLikeScikitLearn() {
    RandomForest f =
        RandomForest.fit(
            new double[][] {{1}, {2}, {3}, {4}}, new double[] {0, 0, 1, 1}, new int[1], single());
    RegressionTree t = f.trees().get(0);
    assertEquals(3, t.nodeCount());
    assertEquals(2.5, t.threshold(0));
    assertEquals(0.0, t.predict(new double[] {2.5}));
    assertEquals(1.0, t.predict(new double[] {2.5000001}));
  }

  /** Without bootstrap, a fully grown tree reproduces distinct training rows exactly. */
  @Test
  void fullyGrownTreeInterpolates() {
    double[][] x = new double[50][];
    double[] y = new double[50];
    for (int k = 0; k < 50; k++) {
      x[k] = new double[] {Math.sin(k), Math.cos(3 * k)};
      y[k] = k * k;
    }
    RandomForest f = RandomForest.fit(x, y, new int[2], single());
    for (int k = 0; k < 50; k++) {
      assertEquals(y[k], f.predict(x[k]));
    }
  }

  /**
   * A categorical feature is split by a category subset: levels (0, 1, 2, 3) with responses (5, 0,
   * 5, 0) need one split {0, 2} | {1, 3}, which no threshold on the index can do.
   */
  @Test
  void categoricalSplitBySubset() {
    double[][] x = new double[40][];
    double[] y = new double[40];
    for (int k = 0; k < 40; k++) {
      x[k] = new double[] {k % 4};
      y[k] = k % 2 == 0 ? 5 : 0;
    }
    RandomForest f = RandomForest.fit(x, y, new int[] {4}, single());
    RegressionTree t = f.trees().get(0);
    assertEquals(3, t.nodeCount());
    assertTrue(t.isCategoricalSplit(0));
    assertEquals(t.categoryGoesLeft(0, 0), t.categoryGoesLeft(0, 2));
    assertEquals(t.categoryGoesLeft(0, 1), t.categoryGoesLeft(0, 3));
    assertTrue(t.categoryGoesLeft(0, 0) != t.categoryGoesLeft(0, 1));
  }

  @Test
  void sameSeedSameForestWhateverTheThreads() {
    double[][] x = new double[200][];
    double[] y = new double[200];
    for (int k = 0; k < 200; k++) {
      x[k] = new double[] {(k * 37 % 200) / 200.0, (k * 91 % 200) / 200.0};
      y[k] = x[k][0] * x[k][1];
    }
    ForestOptions o = ForestOptions.defaults(42).withTrees(12);
    RandomForest a = RandomForest.fit(x, y, new int[2], o.withThreads(1));
    RandomForest b = RandomForest.fit(x, y, new int[2], o.withThreads(4));
    assertEquals(a.trees(), b.trees());
    RandomForest c = RandomForest.fit(x, y, new int[2], ForestOptions.defaults(43).withTrees(12));
    assertTrue(!a.trees().equals(c.trees()));
  }

  @Test
  void minSamplesLeafIsRespected() {
    double[][] x = new double[30][];
    double[] y = new double[30];
    for (int k = 0; k < 30; k++) {
      x[k] = new double[] {k};
      y[k] = k % 3;
    }
    RandomForest f =
        RandomForest.fit(x, y, new int[1], new ForestOptions(1, 0, false, 5, 2, 64, 1.0, 1));
    // At most 30 / 5 = 6 leaves.
    assertTrue(f.trees().get(0).leafCount() <= 6);
  }

  @Test
  void rejectsBadInput() {
    assertThrows(
        InputException.class,
        () ->
            RandomForest.fit(
                new double[][] {{0}}, new double[] {Double.NaN}, new int[1], single()));
    assertThrows(
        InputException.class,
        () -> RandomForest.fit(new double[][] {{3}}, new double[] {1}, new int[] {3}, single()));
    assertThrows(InputException.class, () -> new ForestOptions(0, 0, true, 1, 2, 64, 1, 0));
  }
}

package io.seedscope.sensitivity.fanova;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.model.InputException;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** End-to-end checks of {@link Fanova#analyze} against analytic Sobol indices. */
class FanovaTest {

  private static FanovaResult run(AnalyticFunction f, int n, long seed, FanovaOptions o) {
    Object[] xy = f.sample(n, seed);
    return Fanova.analyze((double[][]) xy[0], (double[]) xy[1], f.domains(), o);
  }

  /** Ishigami (a=7, b=0.1), 2000 uniform samples: S = .3139 .4424 0, S13 = .2437. */
  @Test
  void ishigamiDefaultMethodWithinBar() {
    AnalyticFunction f = AnalyticFunction.ishigami();
    FanovaResult r = run(f, 2000, 1, FanovaOptions.defaults().withTopInteractionsFor2d(1));
    assertEquals("blend", r.method());
    assertEquals(0.3139, r.main("x1").fraction(), 0.05);
    assertEquals(0.4424, r.main("x2").fraction(), 0.05);
    assertEquals(0.0, r.main("x3").fraction(), 0.05);
    assertEquals(0.2437, r.interaction("x1", "x3").fraction(), 0.03);
    assertEquals(0.0, r.interaction("x1", "x2").fraction(), 0.03);
    assertEquals(f.s()[0], 0.3139, 1e-4); // the closed form itself
    assertEquals(f.s2()[0][2], 0.2437, 1e-4);
    assertEquals(List.of("x1", "x3"), r.marginals2d().get(0).params());
  }

  /** Sobol G-function a = (0, 1, 4.5, 9, 99 x 6), 5000 samples: .716 .179 .024; S12 .060. */
  @Test
  void gFunctionDefaultMethodWithinBar() {
    AnalyticFunction f = AnalyticFunction.gFunction("g", 0, 1, 4.5, 9, 99, 99, 99, 99, 99, 99);
    FanovaResult r = run(f, 5000, 2, FanovaOptions.defaults().withTopInteractionsFor2d(0));
    assertEquals(0.7160, r.main("x1").fraction(), 0.05);
    assertEquals(0.1790, r.main("x2").fraction(), 0.05);
    assertEquals(0.0237, r.main("x3").fraction(), 0.05);
    assertEquals(0.0597, r.interaction("x1", "x2").fraction(), 0.05);
    assertEquals(0.7160, f.s()[0], 1e-4);
    assertEquals(45, r.interactions().size());
  }

  /**
   * A categorical parameter: y = (0, 1, 3)[c] + x, x ~ U[0, 1]. V_c = 14/9 (variance of 0, 1, 3
   * with equal weights), V_x = 1/12, so S_c = (14/9) / (14/9 + 1/12) = 0.9492, S_x = 0.0508.
   */
  @Test
  void categoricalParameterIsDiscreteUniform() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
    int n = 600;
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] level = {0, 1, 3};
    for (int k = 0; k < n; k++) {
      int c = rng.nextInt(3);
      double u = rng.nextDouble();
      x[k] = new double[] {c, u};
      y[k] = level[c] + u;
    }
    List<ParamDomain> d =
        List.of(
            ParamDomain.categorical("opt", List.of("sgd", "adam", "rmsprop")),
            ParamDomain.numeric("x", 0, 1));
    FanovaResult r = Fanova.analyze(x, y, d, FanovaOptions.defaults().withTrees(16));
    assertEquals(0.9492, r.main("opt").fraction(), 0.02);
    assertEquals(0.0508, r.main("x").fraction(), 0.02);
    MarginalCurve m = r.marginals().get(0);
    assertEquals(List.of("sgd", "adam", "rmsprop"), m.labels());
    assertEquals(0.5, m.mean().get(0), 0.1);
    assertEquals(1.5, m.mean().get(1), 0.1);
    assertEquals(3.5, m.mean().get(2), 0.1);
  }

  /** A log-scale parameter is uniform in ln x: y = log10(lr) is linear there, S_lr = 1. */
  @Test
  void logScaleParameterWorksInLogSpace() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(4);
    int n = 400;
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      double lr = Math.exp(Math.log(1e-5) + rng.nextDouble() * Math.log(1e4));
      x[k] = new double[] {lr, rng.nextDouble()};
      y[k] = Math.log10(lr);
    }
    List<ParamDomain> d =
        List.of(ParamDomain.logNumeric("lr", 1e-5, 1e-1), ParamDomain.numeric("noise", 0, 1));
    FanovaResult r = Fanova.analyze(x, y, d, FanovaOptions.defaults().withTrees(16));
    assertEquals(1.0, r.main("lr").fraction(), 0.02);
    MarginalCurve m = r.marginals().get(0);
    assertEquals(1e-5, m.x().get(0), 1e-15);
    assertEquals(1e-1, m.x().get(m.x().size() - 1), 1e-12);
    // The midpoint of the log range is 1e-3 and predicts about log10(1e-3) = -3.
    int mid = (m.x().size() - 1) / 2;
    assertEquals(-3.0, m.mean().get(mid), 0.2);
    assertTrue(m.mean().get(0) < m.mean().get(m.mean().size() - 1));
  }

  @Test
  void resultsDependOnSeedOnlyNotOnThreads() {
    AnalyticFunction f = AnalyticFunction.ishigami();
    FanovaOptions o = FanovaOptions.defaults().withTrees(16).withSeed(11);
    FanovaResult a = run(f, 300, 5, o.withThreads(1));
    FanovaResult b = run(f, 300, 5, o.withThreads(3));
    assertEquals(a, b);
    FanovaResult c = run(f, 300, 5, o.withThreads(1).withMethod(FanovaMethod.PER_TREE));
    FanovaResult d = run(f, 300, 5, o.withThreads(2).withMethod(FanovaMethod.PER_TREE));
    assertEquals(c, d);
    FanovaResult e = run(f, 300, 5, o.withSeed(12));
    assertTrue(e.main("x1").fraction() != a.main("x1").fraction());
  }

  /** fanova's quantile cutoff: the bounds resolve like numpy.percentile (linear). */
  @Test
  void cutoffRestrictsToQuantileRange() {
    double[] y = {5, 1, 4, 2, 3};
    double[] b = Cutoff.below(0.3).resolve(y);
    assertEquals(Double.NEGATIVE_INFINITY, b[0]);
    assertEquals(2.2, b[1], 1e-12); // numpy.percentile([1,2,3,4,5], 30) = 2.2
    AnalyticFunction f = AnalyticFunction.ishigami();
    FanovaResult r =
        run(f, 500, 6, FanovaOptions.defaults().withTrees(16).withCutoff(Cutoff.below(0.5)));
    assertNotNull(r.cutoff());
    assertEquals(0.5, r.cutoff().upperQuantile());
    for (MainEffect m : r.main()) {
      assertTrue(m.fraction() >= 0 && m.fraction() <= 1, m.toString());
    }
    FanovaResult none = run(f, 500, 6, FanovaOptions.defaults().withTrees(16));
    assertNull(none.cutoff());
    assertTrue(r.totalVariance() < none.totalVariance());
  }

  @Test
  void jsonFieldNames() throws Exception {
    FanovaResult r =
        run(AnalyticFunction.product(3), 200, 7, FanovaOptions.defaults().withTrees(8));
    JsonNode j = new ObjectMapper().valueToTree(r);
    assertEquals("blend", j.get("method").asText());
    assertEquals(8, j.get("trees").asInt());
    assertTrue(j.get("main").get(0).has("fraction"));
    assertTrue(j.get("main").get(0).has("std"));
    assertEquals("x1", j.get("main").get(0).get("param").asText());
    assertEquals(2, j.get("interactions").get(0).get("params").size());
    assertEquals(50, j.get("marginals").get(0).get("x").size());
    assertEquals(3, j.get("marginals2d").size());
  }

  /** A constant response has no variance to share out: 0 / 0 is undefined, not 0. */
  @Test
  void constantResponseHasNothingToAttribute() {
    double[][] x = {{0.1}, {0.5}, {0.9}};
    double[] y = {2, 2, 2};
    List<ParamDomain> d = List.of(ParamDomain.numeric("a", 0, 1));
    for (FanovaMethod m : FanovaMethod.values()) {
      FanovaResult r = Fanova.analyze(x, y, d, FanovaOptions.defaults().withTrees(4).withMethod(m));
      assertTrue(Double.isNaN(r.main("a").fraction()), m.label());
      assertTrue(Double.isNaN(r.main("a").std()), m.label());
      assertEquals(0.0, r.totalVariance(), 1e-30, m.label());
    }
  }

  /**
   * Leaves larger than the data make every tree one leaf: the forest predicts one value everywhere
   * and its "variance" is round-off (about 1e-29), whose fractions were 0.44 and -0.11.
   */
  @Test
  void singleLeafTreesGiveUndefinedFractionsNotRoundOff() {
    AnalyticFunction f = AnalyticFunction.ishigami();
    for (FanovaMethod m : FanovaMethod.values()) {
      FanovaResult r =
          run(
              f,
              60,
              3,
              FanovaOptions.defaults().withTrees(8).withMinSamplesLeaf(1000).withMethod(m));
      for (MainEffect e : r.main()) {
        assertTrue(Double.isNaN(e.fraction()) && Double.isNaN(e.std()), m.label() + " " + e);
      }
      for (Interaction i : r.interactions()) {
        assertTrue(Double.isNaN(i.fraction()) && Double.isNaN(i.std()), m.label() + " " + i);
      }
    }
  }

  /**
   * A cutoff above all but the best response keeps one configuration: the fractions of what is left
   * are undefined. numpy.percentile([1..60 distinct], 99) lies between the two best values.
   */
  @Test
  void cutoffKeepingOneConfigurationGivesUndefinedFractions() {
    AnalyticFunction f = AnalyticFunction.ishigami();
    FanovaResult r =
        run(f, 60, 4, FanovaOptions.defaults().withTrees(8).withCutoff(Cutoff.above(0.99)));
    for (MainEffect e : r.main()) {
      assertTrue(Double.isNaN(e.fraction()), e.toString());
    }
    FanovaResult quarter =
        run(f, 60, 4, FanovaOptions.defaults().withTrees(8).withCutoff(Cutoff.above(0.75)));
    for (MainEffect e : quarter.main()) {
      assertTrue(e.fraction() >= 0 && e.fraction() <= 1, e.toString());
    }
  }

  @Test
  void badInputIsReported() {
    List<ParamDomain> d = List.of(ParamDomain.numeric("a", 0, 1));
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Fanova.analyze(
                    new double[][] {{0.5}, {1.5}},
                    new double[] {1, 2},
                    d,
                    FanovaOptions.defaults()));
    assertTrue(e.getMessage().contains("'a' = 1.5 is outside"), e.getMessage());
    assertThrows(InputException.class, () -> ParamDomain.logNumeric("lr", 0, 1));
    assertThrows(InputException.class, () -> FanovaMethod.parse("nope"));
  }
}

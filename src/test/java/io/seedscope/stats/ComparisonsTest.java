package io.seedscope.stats;

import static io.seedscope.stats.Reference.assertRel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.model.Goal;
import io.seedscope.model.InputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

  private static final double[] M = {19, 22, 16, 29, 24};
  private static final double[] F = {20, 11, 17, 12};

  private static TwoSampleComparison run(double[] b, double[] c, Alternative alt, boolean paired) {
    return Comparisons.compare(
        b,
        c,
        Goal.MAXIMIZE,
        ComparisonOptions.defaults(5).withAlternative(alt).withPaired(paired).withResamples(2000));
  }

  /** Section A of the shared reference (scipy docs example): candidate m, baseline f. */
  @Test
  void scipyDocExampleSectionA() {
    TwoSampleComparison r = run(F, M, Alternative.TWO_SIDED, false);
    assertEquals(17.0, r.mannWhitney().u());
    assertRel(0.1111111111111111, r.mannWhitney().p(), 1e-12, "mwu p");
    assertEquals("exact", r.mannWhitney().method());
    assertRel(2.2831482556870477, r.welch().t(), 1e-12, "welch t");
    assertRel(6.928837482846501, r.welch().df(), 1e-12, "welch df");
    assertRel(0.05675092592187574, r.welch().p(), 1e-9, "welch p");
    assertRel(
        0.05555555555555555,
        run(F, M, Alternative.GREATER, false).mannWhitney().p(),
        1e-12,
        "mwu greater");
  }

  /** Section C: ties force the asymptotic MWU with tie and continuity corrections. */
  @Test
  void tiesSectionC() {
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {3, 4, 5, 6, 7};
    TwoSampleComparison r = run(y, x, Alternative.TWO_SIDED, false);
    assertEquals(4.5, r.mannWhitney().u());
    assertEquals("asymptotic", r.mannWhitney().method());
    assertRel(0.11384629800665805, r.mannWhitney().p(), 1e-12, "mwu p");
    assertRel(
        0.9634301001705455,
        run(y, x, Alternative.GREATER, false).mannWhitney().p(),
        1e-12,
        "mwu greater");
    assertRel(-2.0, r.welch().t(), 1e-12, "t");
    assertRel(8.0, r.welch().df(), 1e-12, "df");
    assertRel(0.08051623795726262, r.welch().p(), 1e-9, "p");
  }

  /** Dopamine pong and breakout, DQN (candidate) vs Rainbow (baseline), shared reference. */
  @Test
  void dopamineWelchAndMannWhitney() {
    JsonNode pong = Reference.named("two_sample", "pong_dqn_vs_rainbow");
    TwoSampleComparison p =
        run(
            Reference.array(pong.get("baseline")),
            Reference.array(pong.get("candidate")),
            Alternative.TWO_SIDED,
            false);
    assertRel(-3.5833505721730474, p.welch().t(), 1e-9, "pong t");
    assertRel(4.1385385427238575, p.welch().df(), 1e-9, "pong df");
    assertRel(0.021809152949907058, p.welch().p(), 1e-9, "pong p");
    assertEquals(0.0, p.mannWhitney().u());
    assertRel(0.007936507936507936, p.mannWhitney().p(), 1e-12, "pong mwu");
    JsonNode br = Reference.named("two_sample", "breakout_dqn_vs_rainbow");
    TwoSampleComparison b =
        run(
            Reference.array(br.get("baseline")),
            Reference.array(br.get("candidate")),
            Alternative.TWO_SIDED,
            false);
    assertRel(-2.150501173370029, b.welch().t(), 1e-9, "breakout t");
    assertRel(6.510996795798296, b.welch().df(), 1e-9, "breakout df");
    assertRel(0.0714831217385697, b.welch().p(), 1e-9, "breakout p");
    assertEquals(4.0, b.mannWhitney().u());
    assertRel(0.09523809523809523, b.mannWhitney().p(), 1e-12, "breakout mwu");
  }

  /** Every two-sample case of scipy_reference.json, every alternative. */
  @Test
  void allTwoSampleCasesMatchScipy() {
    for (JsonNode ref : Reference.ROOT.get("two_sample")) {
      String name = ref.get("name").asText();
      double[] b = Reference.array(ref.get("baseline"));
      double[] c = Reference.array(ref.get("candidate"));
      for (Alternative alt : Alternative.values()) {
        TwoSampleComparison r = run(b, c, alt, false);
        String what = name + " " + alt.label();
        JsonNode w = ref.get("welch").get(alt.label());
        assertRel(w.get("t").asDouble(), r.welch().t(), 1e-12, what + " welch t");
        assertRel(w.get("df").asDouble(), r.welch().df(), 1e-12, what + " welch df");
        assertRel(w.get("p").asDouble(), r.welch().p(), 1e-9, what + " welch p");
        JsonNode m = ref.get("mwu").get(alt.label());
        assertEquals(m.get("u").asDouble(), r.mannWhitney().u(), what + " U");
        assertRel(m.get("p").asDouble(), r.mannWhitney().p(), 1e-10, what + " mwu p");
        JsonNode perm = ref.get("permutation").get(alt.label());
        if (perm != null) {
          assertTrue(r.permutation().exact(), what);
          assertRel(perm.asDouble(), r.permutation().p(), 1e-12, what + " permutation p");
          assertEquals(
              (long) PermutationTest.binomial(b.length + c.length, c.length),
              r.permutation().permutations());
        }
      }
      TwoSampleComparison r = run(b, c, Alternative.TWO_SIDED, false);
      assertRel(ref.get("hedges_g").asDouble(), r.hedgesG(), 1e-12, name + " hedges g");
      assertRel(ref.get("cliffs_delta").asDouble(), r.cliffsDelta(), 1e-12, name + " cliff");
      assertRel(
          ref.get("poi_maximize").asDouble(),
          r.probabilityOfImprovement().estimate(),
          1e-12,
          name + " poi");
      TwoSampleComparison min =
          Comparisons.compare(
              b, c, Goal.MINIMIZE, ComparisonOptions.defaults(5).withResamples(500));
      assertRel(
          ref.get("poi_minimize").asDouble(),
          min.probabilityOfImprovement().estimate(),
          1e-12,
          name + " poi min");
    }
  }

  /** Paired t-test, Wilcoxon signed-rank and sign-flip permutation vs scipy. */
  @Test
  void pairedCasesMatchScipy() {
    for (JsonNode ref : Reference.ROOT.get("paired")) {
      String name = ref.get("name").asText();
      double[] b = Reference.array(ref.get("baseline"));
      double[] c = Reference.array(ref.get("candidate"));
      for (Alternative alt : Alternative.values()) {
        TwoSampleComparison r = run(b, c, alt, true);
        String what = name + " " + alt.label();
        assertTrue(r.paired());
        JsonNode t = ref.get("ttest_rel").get(alt.label());
        assertRel(t.get("t").asDouble(), r.pairedT().t(), 1e-12, what + " t");
        assertEquals(t.get("df").asDouble(), r.pairedT().df(), what + " df");
        assertRel(t.get("p").asDouble(), r.pairedT().p(), 1e-9, what + " p");
        JsonNode w = ref.get("wilcoxon").get(alt.label());
        assertEquals(w.get("w").asDouble(), r.wilcoxon().w(), what + " W");
        assertRel(w.get("p").asDouble(), r.wilcoxon().p(), 1e-10, what + " wilcoxon p");
        JsonNode perm = ref.get("permutation").get(alt.label());
        if (perm != null) {
          assertTrue(r.permutation().exact(), what);
          assertEquals("paired", r.permutation().scheme());
          assertRel(perm.asDouble(), r.permutation().p(), 1e-12, what + " permutation p");
        }
        assertEquals(r.pairedT().p(), r.primaryP());
      }
    }
  }

  @Test
  void wilcoxonMethodChoice() {
    JsonNode n10 = Reference.named("paired", "normal_10");
    assertEquals(
        "exact",
        run(
                Reference.array(n10.get("baseline")),
                Reference.array(n10.get("candidate")),
                Alternative.TWO_SIDED,
                true)
            .wilcoxon()
            .method());
    JsonNode zeros = Reference.named("paired", "zeros_and_ties_12");
    assertEquals(
        "asymptotic",
        run(
                Reference.array(zeros.get("baseline")),
                Reference.array(zeros.get("candidate")),
                Alternative.TWO_SIDED,
                true)
            .wilcoxon()
            .method());
  }

  /**
   * Monte Carlo permutation p (C(45, 15) splits, far above the exact limit) agrees with the exact p
   * of a case small enough to enumerate when the limit is raised, within Monte Carlo error.
   */
  @Test
  void monteCarloPermutationAgreesWithExact() {
    JsonNode ref = Reference.named("two_sample", "normal_6_vs_7");
    double[] b = Reference.array(ref.get("baseline"));
    double[] c = Reference.array(ref.get("candidate"));
    double exact = ref.get("permutation").get("two-sided").asDouble();
    ComparisonOptions mc =
        ComparisonOptions.defaults(11).withResamples(200).withPermutations(100, 20_000);
    TwoSampleComparison r = Comparisons.compare(b, c, Goal.MAXIMIZE, mc);
    assertFalse(r.permutation().exact());
    assertEquals(20_000, r.permutation().permutations());
    double se = Math.sqrt(exact * (1 - exact) / 20_000) * 2;
    assertEquals(exact, r.permutation().p(), 4 * se);
    ComparisonOptions mcPaired = mc.withPaired(true);
    JsonNode p = Reference.named("paired", "normal_10");
    double exactPaired = p.get("permutation").get("two-sided").asDouble();
    TwoSampleComparison rp =
        Comparisons.compare(
            Reference.array(p.get("baseline")),
            Reference.array(p.get("candidate")),
            Goal.MAXIMIZE,
            mcPaired);
    assertFalse(rp.permutation().exact());
    assertEquals(
        exactPaired,
        rp.permutation().p(),
        4 * 2 * Math.sqrt(exactPaired * (1 - exactPaired) / 20_000) + 1e-4);
  }

  /** The BCa interval of the mean difference vs scipy.stats.bootstrap (two samples). */
  @Test
  void meanDifferenceIntervalMatchesScipyWithinMonteCarloError() {
    for (String name : new String[] {"pong_dqn_minus_rainbow", "lognormal30_minus_normal30"}) {
      JsonNode ref = Reference.named("bootstrap", name);
      double[] c = Reference.array(ref.get("data").get(0));
      double[] b = Reference.array(ref.get("data").get(1));
      JsonNode bca = ref.get("BCa");
      int seeds = 20;
      double lowSum = 0;
      double highSum = 0;
      for (int s = 0; s < seeds; s++) {
        TwoSampleComparison r =
            Comparisons.compare(b, c, Goal.MAXIMIZE, ComparisonOptions.defaults(s));
        lowSum += r.meanDifferenceCi().low();
        highSum += r.meanDifferenceCi().high();
      }
      int scipyReps = ref.get("random_states").asInt();
      double k = Math.sqrt(1.0 / seeds + 1.0 / scipyReps);
      assertEquals(
          bca.get("low_mean").asDouble(),
          lowSum / seeds,
          4 * k * bca.get("low_sd").asDouble(),
          name + " low");
      assertEquals(
          bca.get("high_mean").asDouble(),
          highSum / seeds,
          4 * k * bca.get("high_sd").asDouble(),
          name + " high");
    }
  }

  @Test
  void sameSeedSameResultAnyThreadCount() {
    JsonNode ref = Reference.named("two_sample", "n8_vs_normal30");
    double[] b = Reference.array(ref.get("baseline"));
    double[] c = Reference.array(ref.get("candidate"));
    ComparisonOptions o = ComparisonOptions.defaults(77);
    TwoSampleComparison one = Comparisons.compare(b, c, Goal.MAXIMIZE, o);
    TwoSampleComparison four = Comparisons.compare(b, c, Goal.MAXIMIZE, o.withThreads(4));
    assertEquals(one, four);
    assertFalse(one.permutation().exact());
    TwoSampleComparison other =
        Comparisons.compare(b, c, Goal.MAXIMIZE, ComparisonOptions.defaults(78));
    assertFalse(one.meanDifferenceCi().equals(other.meanDifferenceCi()));
  }

  @Test
  void probabilityOfImprovementFollowsGoal() {
    // rliable metrics_test: PoI with ties, task 1: T=[0, 0.5, 0.5], U=[0.5, 0.5] -> 1/3.
    assertEquals(
        1.0 / 3,
        EffectSizes.probabilityOfImprovement(
            new double[] {0.5, 0.5}, new double[] {0, 0.5, 0.5}, Goal.MAXIMIZE),
        1e-15);
    // task 2: T=[1, 2, 0], U=[1, 3] -> 1/4.
    assertEquals(
        0.25,
        EffectSizes.probabilityOfImprovement(
            new double[] {1, 3}, new double[] {1, 2, 0}, Goal.MAXIMIZE),
        1e-15);
    TwoSampleComparison r = Comparisons.compare(F, M, Goal.MAXIMIZE, ComparisonOptions.defaults(1));
    TwoSampleComparison min =
        Comparisons.compare(F, M, Goal.MINIMIZE, ComparisonOptions.defaults(1));
    assertEquals(
        1 - r.probabilityOfImprovement().estimate(),
        min.probabilityOfImprovement().estimate(),
        1e-15);
    assertTrue(r.probabilityOfImprovement().low() <= r.probabilityOfImprovement().estimate());
    assertTrue(r.probabilityOfImprovement().high() >= r.probabilityOfImprovement().estimate());
    assertEquals(r.meanDifference(), min.meanDifference());
    assertEquals(r.hedgesG(), min.hedgesG());
  }

  @Test
  void degenerateInputsDoNotCrash() {
    TwoSampleComparison one =
        run(new double[] {1}, new double[] {2, 3}, Alternative.TWO_SIDED, false);
    assertEquals(1.5, one.meanDifference());
    assertFalse(one.meanDifferenceCi().defined());
    assertNull(one.welch().p());
    assertNull(one.primaryP());
    TwoSampleComparison flat =
        run(new double[] {1, 1, 1}, new double[] {2, 2, 2}, Alternative.TWO_SIDED, false);
    assertEquals(1.0, flat.meanDifferenceCi().low());
    assertEquals(1.0, flat.meanDifferenceCi().high());
    assertNull(flat.welch().t());
    assertNull(flat.hedgesG());
    TwoSampleComparison same =
        run(new double[] {1, 2, 3}, new double[] {1, 2, 3}, Alternative.TWO_SIDED, true);
    assertNull(same.pairedT().p());
    assertNull(same.wilcoxon().p());
    assertEquals(0.0, same.meanDifference());
    for (boolean paired : new boolean[] {false, true}) {
      TwoSampleComparison single =
          run(new double[] {1}, new double[] {2}, Alternative.LESS, paired);
      assertEquals(1.0, single.meanDifference());
      assertFalse(single.meanDifferenceCi().defined());
      TwoSampleComparison two =
          run(new double[] {1, 2}, new double[] {2, 4}, Alternative.GREATER, paired);
      assertTrue(two.meanDifferenceCi().defined());
    }
    assertThrows(
        InputException.class,
        () -> run(new double[] {1, 2}, new double[] {1, 2, 3}, Alternative.TWO_SIDED, true));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            run(
                new double[] {1, Double.POSITIVE_INFINITY},
                new double[] {1, 2},
                Alternative.TWO_SIDED,
                false));
  }

  /** Holm vs R's p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02. */
  @Test
  void holmMatchesR() {
    assertArrayEquals(
        new double[] {0.03, 0.06, 0.06, 0.02},
        Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
        1e-15);
    double[] withNan = Holm.adjust(new double[] {0.5, Double.NaN, 0.6});
    assertEquals(1.0, withNan[0]);
    assertTrue(Double.isNaN(withNan[1]));
    assertEquals(1.0, withNan[2]);
    assertArrayEquals(new double[] {0.0, 0.0}, Holm.adjust(new double[] {0.0, 0.0}));
  }

  @Test
  void adjustHolmFillsPHolmFromPrimaryP() {
    TwoSampleComparison a = run(F, M, Alternative.TWO_SIDED, false);
    TwoSampleComparison b =
        run(new double[] {1, 2, 3, 4}, new double[] {2, 3, 4, 5.5}, Alternative.TWO_SIDED, false);
    List<TwoSampleComparison> adj = Comparisons.adjustHolm(List.of(a, b));
    double[] expected = Holm.adjust(new double[] {a.welch().p(), b.welch().p()});
    assertEquals(expected[0], adj.get(0).pHolm());
    assertEquals(expected[1], adj.get(1).pHolm());
  }

  /** The JSON shape the report relies on. */
  @Test
  void jsonShape() throws Exception {
    ObjectMapper om = new ObjectMapper();
    TwoSampleComparison r = run(F, M, Alternative.TWO_SIDED, false).withLabels("f", "m", "t1");
    JsonNode tree = om.readTree(om.writeValueAsString(r));
    Set<String> keys = new HashSet<>();
    tree.fieldNames().forEachRemaining(keys::add);
    assertTrue(
        keys.containsAll(
            Set.of(
                "baseline",
                "candidate",
                "task",
                "paired",
                "meanDifference",
                "meanDifferenceCi",
                "welch",
                "mannWhitney",
                "permutation",
                "probabilityOfImprovement",
                "hedgesG",
                "cliffsDelta",
                "pHolm")),
        keys.toString());
    assertEquals("m", tree.get("candidate").asText());
    assertNotNull(tree.get("welch").get("df"));
    assertNotNull(tree.get("mannWhitney").get("u"));
    assertNotNull(tree.get("permutation").get("permutations"));
    assertNotNull(tree.get("probabilityOfImprovement").get("estimate"));
    assertNotNull(tree.get("meanDifferenceCi").get("low"));
    assertFalse(keys.contains("primaryP"));
    String degenerate =
        om.writeValueAsString(
            run(new double[] {1, 1}, new double[] {1, 1}, Alternative.TWO_SIDED, false));
    assertFalse(degenerate.contains("NaN"), degenerate);
  }
}

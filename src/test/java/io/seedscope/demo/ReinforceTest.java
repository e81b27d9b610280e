package io.seedscope.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ReinforceTest {

  @Test
  void sameSeedAndSettingsGiveIdenticalCurve() {
    for (ReinforceVariant v : ReinforceVariant.values()) {
      ReinforceSettings s = ReinforceSettings.defaults(v).withEpisodes(300);
      List<CurvePoint> a = new Reinforce(v, s, 5).train();
      List<CurvePoint> b = new Reinforce(v, s, 5).train();
      assertEquals(a, b); // record equality compares doubles bit for bit
      assertNotEquals(a, new Reinforce(v, s, 6).train());
    }
  }

  /**
   * One update (batch = episodes = 3) re-derived independently: with zero weights the policy is
   * uniform, so the episodes depend only on the random streams; the expected weights are then lr /
   * B * sum_t G_t (a_t - 1/2) phi_t for row 1 and the negative for row 0, with G_t standardized
   * (population std) for the normalized variant.
   */
  @Test
  void firstUpdateMatchesIndependentDerivation() {
    long seed = 11;
    for (ReinforceVariant v : ReinforceVariant.values()) {
      ReinforceSettings s = new ReinforceSettings(0.05, 0.9, 3, 3);
      UniformRandomProvider envRng;
      UniformRandomProvider polRng;
      if (v == ReinforceVariant.NORMALIZED) {
        SplitMix64 root = new SplitMix64(seed);
        envRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        polRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
      } else {
        envRng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        polRng = envRng;
      }
      List<double[]> phis = new ArrayList<>();
      List<Integer> acts = new ArrayList<>();
      List<Double> gs = new ArrayList<>();
      int totalSteps = 0;
      for (int e = 0; e < 3; e++) {
        CartPole env = new CartPole();
        env.reset(envRng);
        List<Double> rewards = new ArrayList<>();
        while (!env.isDone()) {
          double[] st = env.state();
          phis.add(new double[] {st[0], st[1], st[2], st[3], 1});
          int a = polRng.nextDouble() < 0.5 ? 1 : 0;
          acts.add(a);
          rewards.add(env.step(a));
        }
        totalSteps += rewards.size();
        double[] g = new double[rewards.size()];
        for (int t = g.length - 1; t >= 0; t--) {
          g[t] = rewards.get(t) + (t + 1 < g.length ? 0.9 * g[t + 1] : 0);
        }
        for (double x : g) {
          gs.add(x);
        }
      }
      if (v == ReinforceVariant.NORMALIZED) {
        double mean = gs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var = gs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / gs.size();
        double sd = Math.sqrt(var);
        gs.replaceAll(x -> (x - mean) / (sd + 1e-8));
      }
      double[] row1 = new double[5];
      for (int t = 0; t < gs.size(); t++) {
        for (int i = 0; i < 5; i++) {
          row1[i] += 0.05 / 3 * gs.get(t) * (acts.get(t) - 0.5) * phis.get(t)[i];
        }
      }
      double[] row0 = new double[5];
      for (int i = 0; i < 5; i++) {
        row0[i] = -row1[i];
      }

      Reinforce r = new Reinforce(v, s, seed);
      List<CurvePoint> curve = r.train();
      assertEquals(List.of(new CurvePoint(totalSteps, totalSteps / 3.0)), curve, v.id());
      double[][] w = r.weights();
      assertArrayEquals(row1, w[1], 1e-12, v.id());
      assertArrayEquals(row0, w[0], 1e-12, v.id());
    }
  }

  @Test
  void normalizedLearnsWithDefaults() {
    for (long seed = 0; seed < 3; seed++) {
      List<CurvePoint> c =
          new Reinforce(
                  ReinforceVariant.NORMALIZED,
                  ReinforceSettings.defaults(ReinforceVariant.NORMALIZED),
                  seed)
              .train();
      assertLearns(c, 150, seed);
    }
  }

  @Test
  void textbookLearnsWithDefaults() {
    for (long seed = 0; seed < 3; seed++) {
      List<CurvePoint> c =
          new Reinforce(
                  ReinforceVariant.TEXTBOOK,
                  ReinforceSettings.defaults(ReinforceVariant.TEXTBOOK),
                  seed)
              .train();
      assertLearns(c, 80, seed);
    }
  }

  /** A random uniform policy averages ~22 steps; the last 10 points must be far above that. */
  private static void assertLearns(List<CurvePoint> c, double atLeast, long seed) {
    assertEquals(100, c.size()); // 1000 episodes / batch 10
    assertTrue(c.get(0).meanReturn() < 40, "seed " + seed + " starts at " + c.get(0));
    double last =
        c.subList(90, 100).stream().mapToDouble(CurvePoint::meanReturn).average().orElseThrow();
    assertTrue(last > atLeast, "seed " + seed + " ends at " + last);
  }

  @Test
  void curveHasAtMost200IncreasingPointsEvenWithBatchOne() {
    ReinforceSettings s = new ReinforceSettings(0.1, 0.99, 1, 999);
    List<CurvePoint> c = new Reinforce(ReinforceVariant.NORMALIZED, s, 1).train();
    // 999 updates, 5 per point -> 199 full points and one of 4 updates
    assertEquals(200, c.size());
    for (int i = 1; i < c.size(); i++) {
      assertTrue(c.get(i).step() > c.get(i - 1).step());
    }
    // the point means are per-episode means: weighting back by episode counts gives total steps
    double steps = 0;
    for (int i = 0; i < c.size(); i++) {
      steps += c.get(i).meanReturn() * (i < 199 ? 5 : 4);
    }
    assertEquals(c.get(c.size() - 1).step(), steps, 1e-6);
  }

  @Test
  void lastBatchMayBeSmaller() {
    ReinforceSettings s = new ReinforceSettings(0.1, 0.99, 10, 25);
    assertEquals(3, new Reinforce(ReinforceVariant.NORMALIZED, s, 1).train().size());
  }

  @Test
  void stopsWhenCancelled() {
    AtomicInteger polls = new AtomicInteger();
    List<CurvePoint> logged = new ArrayList<>();
    List<CurvePoint> c =
        new Reinforce(
                ReinforceVariant.TEXTBOOK, ReinforceSettings.defaults(ReinforceVariant.TEXTBOOK), 3)
            .train(() -> polls.incrementAndGet() > 25, logged::add);
    assertEquals(2, c.size()); // two full batches of 10 before the 26th poll
    assertEquals(c, logged);
  }

  @Test
  void settingsAreValidatedAndParsed() {
    assertThrows(InputException.class, () -> new ReinforceSettings(0, 0.99, 10, 100));
    assertThrows(InputException.class, () -> new ReinforceSettings(Double.NaN, 0.99, 10, 100));
    assertThrows(InputException.class, () -> new ReinforceSettings(0.1, 0, 10, 100));
    assertThrows(InputException.class, () -> new ReinforceSettings(0.1, 1.01, 10, 100));
    assertThrows(InputException.class, () -> new ReinforceSettings(0.1, 0.99, 0, 100));
    assertThrows(InputException.class, () -> new ReinforceSettings(0.1, 0.99, 10, 0));
    ReinforceSettings s =
        ReinforceSettings.from(
            ReinforceVariant.TEXTBOOK, Map.of("lr", "1e-3", "batch", "20.0")::get, "config ");
    assertEquals(new ReinforceSettings(0.001, 0.99, 20, 1000), s);
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                ReinforceSettings.from(ReinforceVariant.TEXTBOOK, Map.of("lr", "fast")::get, "--"));
    assertEquals("--lr: not a number: 'fast'", e.getMessage());
    e =
        assertThrows(
            InputException.class,
            () ->
                ReinforceSettings.from(
                    ReinforceVariant.TEXTBOOK, Map.of("batch", "2.5")::get, "config "));
    assertEquals("config batch: not a whole number: '2.5'", e.getMessage());
  }
}

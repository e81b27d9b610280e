package io.seedscope.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Checks the dynamics against values derived by hand and against an independent float64
 * transcription of Gym's CartPole-v1 equations: src/test/resources/demo/reference/
 * cartpole_steps.py, whose output is cartpole_steps.out beside it.
 */
class CartPoleTest {
  private static final double TOL = 1e-12;

  /**
   * From rest, pushing right, sin θ = 0 and cos θ = 1, so everything is rational: temp = F / m = 10
   * / 1.1 = 100/11; thetaAcc = (0 - 100/11) / (0.5 (4/3 - 0.1/1.1)) = -(100/11) / (41/66) =
   * -600/41; xAcc = 100/11 - 0.05 (-600/41) / 1.1 = 400/41. Euler with tau = 1/50: x and θ stay 0
   * (old velocities are 0), xDot = 8/41, thetaDot = -12/41.
   */
  @Test
  void stepFromRestMatchesExactDerivation() {
    CartPole env = new CartPole();
    env.reset(0, 0, 0, 0);
    assertEquals(1.0, env.step(1));
    assertArrayEquals(new double[] {0, 8.0 / 41, 0, -12.0 / 41}, env.state(), 1e-15);
    assertEquals(1, env.steps());
    assertFalse(env.isDone());
  }

  @Test
  void pushingLeftFromRestIsTheMirrorImage() {
    CartPole env = new CartPole();
    env.reset(0, 0, 0, 0);
    env.step(0);
    assertArrayEquals(new double[] {0, -8.0 / 41, 0, 12.0 / 41}, env.state(), 1e-15);
  }

  @Test
  void stepsMatchIndependentReference() {
    assertStep(
        new double[] {0.01, -0.02, 0.03, 0.04},
        0,
        new double[] {
          0.009600000000000001, -0.21553901710278936, 0.030799999999999998, 0.3419952237760392
        });
    assertStep(
        new double[] {-1.0, 0.5, -0.15, 1.2},
        1,
        new double[] {-0.99, 0.6967096752986647, -0.126, 0.8643139325244974});
    assertStep(
        new double[] {2.0, 1.5, 0.2, -0.7},
        0,
        new double[] {2.03, 1.3027502676330294, 0.186, -0.35161441147475553});
  }

  @Test
  void tenAlternatingStepsMatchReference() {
    CartPole env = new CartPole();
    env.reset(0.01, -0.02, 0.03, 0.04);
    for (int t = 0; t < 10; t++) {
      env.step(1 - t % 2);
    }
    assertArrayEquals(
        new double[] {
          0.025170769805637132, -0.023430405247453573, 0.016253613775848174, 0.11566955839653689
        },
        env.state(),
        TOL);
    assertFalse(env.isDone());
  }

  @Test
  void alwaysRightFallsAfterNineSteps() {
    CartPole env = new CartPole();
    env.reset(0, 0, 0, 0);
    int n = 0;
    while (!env.isDone()) {
      env.step(1);
      n++;
    }
    assertEquals(9, n);
    assertEquals(-0.21518604988500967, env.state(2), TOL);
    assertTrue(Math.abs(env.state(2)) > CartPole.THETA_LIMIT);
    assertThrows(IllegalStateException.class, () -> env.step(1));
  }

  @Test
  void thetaLimitIsTwelveDegreesStrict() {
    assertEquals(Math.toRadians(12), CartPole.THETA_LIMIT, 1e-15);
    CartPole env = new CartPole();
    // theta moves by tau * old thetaDot = 0.002: from just below to just above the limit
    env.reset(0, 0, CartPole.THETA_LIMIT - 0.001, 0.1);
    env.step(1);
    assertTrue(env.isDone());
    // thetaDot = 0: theta does not move in this step, so it stays inside
    env.reset(0, 0, CartPole.THETA_LIMIT - 0.001, 0.0);
    env.step(1);
    assertFalse(env.isDone());
  }

  @Test
  void cartLeavingTrackTerminates() {
    CartPole env = new CartPole();
    env.reset(2.39, 1.0, 0, 0); // x -> 2.41
    env.step(1);
    assertTrue(env.isDone());
    env.reset(-2.39, -0.4, 0, 0); // x -> -2.398
    env.step(0);
    assertFalse(env.isDone());
  }

  @Test
  void episodeIsCappedAt500Steps() {
    CartPole env = new CartPole();
    env.reset(0.01, -0.02, 0.03, 0.04);
    double total = 0;
    while (!env.isDone()) {
      // a hand-tuned linear controller that keeps the pole up for the whole episode
      double s = 0.1 * env.state(0) + 0.5 * env.state(1) + 10 * env.state(2) + 2 * env.state(3);
      total += env.step(s > 0 ? 1 : 0);
    }
    assertEquals(500, env.steps());
    assertEquals(500.0, total);
    assertTrue(Math.abs(env.state(2)) < CartPole.THETA_LIMIT);
    assertTrue(Math.abs(env.state(0)) < CartPole.X_LIMIT);
  }

  @Test
  void resetDrawsFourUniformsInBoxFromGivenStream() {
    CartPole env = new CartPole();
    env.reset(RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
    UniformRandomProvider same = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
    for (int i = 0; i < 4; i++) {
      assertEquals(same.nextDouble(-0.05, 0.05), env.state(i));
      assertTrue(Math.abs(env.state(i)) <= CartPole.INIT_RANGE);
    }
    assertEquals(0, env.steps());
    CartPole other = new CartPole();
    other.reset(RandomSource.XO_RO_SHI_RO_128_PP.create(43L));
    assertNotEquals(env.state(0), other.state(0));
  }

  @Test
  void rejectsBadActionAndStepBeforeReset() {
    CartPole env = new CartPole();
    assertThrows(IllegalStateException.class, () -> env.step(0));
    env.reset(0, 0, 0, 0);
    assertThrows(IllegalArgumentException.class, () -> env.step(2));
  }

  private static void assertStep(double[] from, int action, double[] expected) {
    CartPole env = new CartPole();
    env.reset(from[0], from[1], from[2], from[3]);
    env.step(action);
    assertArrayEquals(expected, env.state(), TOL);
  }
}

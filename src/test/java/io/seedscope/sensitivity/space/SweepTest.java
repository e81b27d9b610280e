package io.seedscope.sensitivity.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepTest {

  private static final SearchSpace SPACE =
      new SearchSpace(
          List.of(
              new FloatParam("lr", 1e-4, 1e-1, true, 4, null),
              new CategoricalParam("opt", List.of("adam", "sgd"), null),
              new FloatParam("mom", 0, 0.9, false, 2, new Condition("opt", List.of("sgd")))));

  private static final Config DEFAULT =
      Config.of(Map.of("lr", "1e-3", "opt", "adam", "mom", "0.9", "steps", "1000"));

  @Test
  void defaultComesFirstVerbatimAndFixedEntriesAreCarried() {
    SweepPlan plan = Sweep.plan(SPACE, DEFAULT, new SobolSampler(8, 0));
    Config first = plan.defaultConfig();
    assertEquals("lr=1e-3,opt=adam,steps=1000", first.canonical());
    assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("'mom' is inactive")));
    assertEquals(9, plan.configs().size());
    for (Config c : plan.configs()) {
      assertEquals("1000", c.get("steps"));
      assertEquals("sgd".equals(c.get("opt")), c.get("mom") != null);
    }
    assertEquals(plan, Sweep.plan(SPACE, DEFAULT, new SobolSampler(8, 0)));
  }

  @Test
  void gridDropsTheConfigurationEqualToTheDefault() {
    SweepPlan plan = Sweep.plan(SPACE, DEFAULT, new GridSampler());
    // grid: 4 lr x (adam + 2 sgd momentum) = 12; lr=0.001,opt=adam equals the default (1e-3)
    assertEquals(1 + 11, plan.configs().size());
    assertEquals(12, new HashSet<>(plan.configs()).size());
    assertFalse(
        plan.configs().subList(1, 12).stream()
            .anyMatch(c -> c.canonical().equals("lr=0.001,opt=adam,steps=1000")));
    assertTrue(plan.warnings().stream().anyMatch(w -> w.startsWith("1 drawn configuration")));
  }

  @Test
  void repeatedDrawsAreDropped() {
    SearchSpace small =
        new SearchSpace(List.of(new CategoricalParam("opt", List.of("adam", "sgd"), null)));
    SweepPlan plan = Sweep.plan(small, Config.of(Map.of("opt", "adam")), new RandomSampler(50, 3));
    assertEquals(2, plan.configs().size());
    assertTrue(plan.warnings().get(0).startsWith("49 drawn"), plan.warnings().toString());
  }

  @Test
  void defaultMustGiveValidValuesForActiveParameters() {
    SpaceException e =
        assertThrows(
            SpaceException.class,
            () -> Sweep.plan(SPACE, Config.of(Map.of("opt", "adam")), new GridSampler()));
    assertEquals("default.lr", e.path());
    e =
        assertThrows(
            SpaceException.class,
            () ->
                Sweep.plan(
                    SPACE, Config.of(Map.of("lr", "0.01", "opt", "rmsprop")), new GridSampler()));
    assertEquals("default.opt: 'rmsprop' is not one of [adam, sgd]", e.getMessage());
    e =
        assertThrows(
            SpaceException.class,
            () ->
                Sweep.plan(
                    SPACE, Config.of(Map.of("lr", "fast", "opt", "adam")), new GridSampler()));
    assertEquals("default.lr: 'fast' is not a finite number", e.getMessage());
    SweepPlan outside =
        Sweep.plan(SPACE, Config.of(Map.of("lr", "0.5", "opt", "adam")), new RandomSampler(2, 0));
    assertTrue(outside.warnings().get(0).contains("lr=0.5 lies outside"));
  }

  @Test
  void sobolWithoutPowerOfTwoWarns() {
    SweepPlan plan = Sweep.plan(SPACE, DEFAULT, new SobolSampler(10, 0));
    assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("not a power of two")));
  }

  @Test
  void sampledTextIsPinnedBecauseItBecomesRunIds() {
    // Golden output: a change here changes users' run ids; only update it deliberately.
    SearchSpace s =
        new SearchSpace(
            List.of(
                new FloatParam("lr", 1e-4, 1e-1, true, 4, null),
                new IntParam("batch", 1, 8, false, null, null),
                new CategoricalParam("opt", List.of("adam", "sgd"), null),
                new FloatParam("mom", 0, 0.9, false, 2, new Condition("opt", List.of("sgd")))));
    Config d = Config.of(Map.of("lr", "1e-3", "batch", "4", "opt", "adam"));
    assertEquals(
        List.of(
            "batch=4,lr=1e-3,opt=adam",
            "batch=7,lr=0.002128,mom=0.0557167,opt=sgd",
            "batch=1,lr=0.024694,opt=adam",
            "batch=3,lr=0.000328389,mom=0.238396,opt=sgd",
            "batch=5,lr=0.00646543,opt=adam"),
        Sweep.plan(s, d, new SobolSampler(4, 0)).configs().stream()
            .map(Config::canonical)
            .toList());
    assertEquals(
        List.of(
            "batch=4,lr=1e-3,opt=adam",
            "batch=4,lr=0.0175873,opt=adam",
            "batch=4,lr=0.000987788,mom=0.62492,opt=sgd",
            "batch=7,lr=0.000887272,mom=0.672992,opt=sgd"),
        Sweep.plan(s, d, new RandomSampler(3, 0)).configs().stream()
            .map(Config::canonical)
            .toList());
  }
}

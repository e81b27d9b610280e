package io.seedscope.sensitivity.tunability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.Goal;
import io.seedscope.sensitivity.space.CategoricalParam;
import io.seedscope.sensitivity.space.Condition;
import io.seedscope.sensitivity.space.FloatParam;
import io.seedscope.sensitivity.space.ParamEncoding;
import io.seedscope.sensitivity.space.SearchSpace;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TunabilityTest {

  private static final double EPS = 1e-12;

  private static Config cfg(String... kv) {
    TreeMap<String, String> m = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return Config.of(m);
  }

  private static final SearchSpace UNIT2 =
      new SearchSpace(
          List.of(
              new FloatParam("x1", 0, 1, false, null, null),
              new FloatParam("x2", 0, 1, false, null, null)));

  private static final TunabilityOptions OPTS = new TunabilityOptions(11, 200, 3, 0.95, 1);

  @Test
  void additiveQuadraticHasKnownGains() {
    // f = -(x1-0.3)^2 - 0.1(x2-0.5)^2, default (0,0): d1 = 0.09, d2 = 0.1 * 0.25 = 0.025,
    // joint d = 0.115 at (0.3, 0.5).
    Predictor f = x -> -Math.pow(x[0] - 0.3, 2) - 0.1 * Math.pow(x[1] - 0.5, 2);
    Config def = cfg("x1", "0", "x2", "0", "steps", "100");
    ParamEncoding enc = ParamEncoding.of(UNIT2, def);
    TunabilityResult r = Tunability.compute(f, enc, def, Goal.MAXIMIZE, List.of(), OPTS);
    assertEquals(-0.09 - 0.025, r.defaultPrediction(), EPS);
    ParamTunability t1 = r.tunability().get(0);
    assertEquals("x1", t1.param());
    assertEquals(0.09, t1.gain(), EPS);
    assertEquals(0.09, t1.low(), EPS);
    assertEquals(0.09, t1.high(), EPS);
    assertEquals("0.3", t1.bestValue());
    assertEquals(0.025, r.tunability().get(1).gain(), EPS);
    assertEquals("0.5", r.tunability().get(1).bestValue());
    assertEquals(0.115, r.overall().gain(), EPS);
    assertEquals(Map.of("x1", "0.3", "x2", "0.5"), r.overall().bestConfig());
    assertEquals(1, r.members());
    assertEquals(r, Tunability.compute(f, enc, def, Goal.MAXIMIZE, List.of(), OPTS));

    // The same problem as a minimization of -f gives the same gains.
    Predictor g = x -> -f.predict(x);
    TunabilityResult m = Tunability.compute(g, enc, def, Goal.MINIMIZE, List.of(), OPTS);
    assertEquals(0.09, m.tunability().get(0).gain(), EPS);
    assertEquals(0.115, m.overall().gain(), EPS);
    assertEquals("minimize", m.goal());
  }

  @Test
  void intervalIsThePercentileOfMemberGainsAtTheEnsembleOptimum() {
    // Members f_a = -(x1 - a)^2, a in {0.2, 0.3, 0.4}: the mean peaks at x1 = 0.3, where
    // member gains are 0.6a - 0.09 = {0.03, 0.09, 0.15}. Type-7 percentiles of 3 values:
    // 2.5% -> 0.03 + 0.05 * 0.06 = 0.033; 97.5% -> 0.09 + 0.95 * 0.06 = 0.147.
    List<Predictor> members =
        List.of(
            x -> -Math.pow(x[0] - 0.2, 2),
            x -> -Math.pow(x[0] - 0.3, 2),
            x -> -Math.pow(x[0] - 0.4, 2));
    Config def = cfg("x1", "0", "x2", "0");
    TunabilityResult r =
        Tunability.compute(
            members, ParamEncoding.of(UNIT2, def), def, Goal.MAXIMIZE, List.of(), OPTS);
    ParamTunability t = r.tunability().get(0);
    assertEquals(0.09, t.gain(), EPS);
    assertEquals(0.033, t.low(), EPS);
    assertEquals(0.147, t.high(), EPS);
    assertEquals(0, r.tunability().get(1).gain(), EPS);
    assertEquals(0.09, r.overall().gain(), EPS);
    assertEquals(3, r.members());
    assertTrue(r.interval().startsWith("95% percentile interval over 3 member(s)"));
  }

  @Test
  void jointSearchFindsInteractionsThatOneParameterSearchesMiss() {
    // f = x1 * x2 from (0,0): no single parameter helps, jointly the gain is 1 at (1,1).
    Predictor f = x -> x[0] * x[1];
    Config def = cfg("x1", "0", "x2", "0");
    TunabilityResult r =
        Tunability.compute(f, ParamEncoding.of(UNIT2, def), def, Goal.MAXIMIZE, List.of(), OPTS);
    assertEquals(0, r.tunability().get(0).gain(), EPS);
    assertEquals(0, r.tunability().get(1).gain(), EPS);
    assertEquals("0", r.tunability().get(0).bestValue());
    assertEquals(1.0, r.overall().gain(), EPS);
    // Without random candidates the observed configurations seed the ascent instead.
    TunabilityResult obs =
        Tunability.compute(
            f,
            ParamEncoding.of(UNIT2, def),
            def,
            Goal.MAXIMIZE,
            List.of(cfg("x1", "0.5", "x2", "0.5")),
            new TunabilityOptions(11, 0, 3, 0.9, 0));
    assertEquals(1.0, obs.overall().gain(), EPS);
    TunabilityResult none =
        Tunability.compute(
            f,
            ParamEncoding.of(UNIT2, def),
            def,
            Goal.MAXIMIZE,
            List.of(),
            new TunabilityOptions(11, 0, 3, 0.9, 0));
    assertEquals(0.0, none.overall().gain(), EPS);
  }

  @Test
  void conditionalChildrenFollowTheirParent() {
    // opt in {adam, sgd}; mom in [0, 0.9] only with sgd. f = 0 with adam,
    // 0.5 - (mom - 0.9)^2 with sgd. Default adam (mom inactive, fill = mid-range 0.45):
    // tuning opt alone -> sgd with mom 0.45: 0.5 - 0.2025 = 0.2975; mom alone: inactive, 0;
    // jointly sgd with mom 0.9: 0.5.
    SearchSpace s =
        new SearchSpace(
            List.of(
                new CategoricalParam("opt", List.of("adam", "sgd"), null),
                new FloatParam("mom", 0, 0.9, false, null, new Condition("opt", List.of("sgd")))));
    Config def = cfg("opt", "adam");
    ParamEncoding enc = ParamEncoding.of(s, def);
    assertEquals(List.of("opt", "mom"), enc.columns().stream().map(c -> c.name()).toList());
    Predictor f = x -> x[0] == 1 ? 0.5 - Math.pow(x[1] - 0.9, 2) : 0;
    TunabilityResult r = Tunability.compute(f, enc, def, Goal.MAXIMIZE, List.of(), OPTS);
    assertEquals(0.2975, r.tunability().get(0).gain(), EPS);
    assertEquals("sgd", r.tunability().get(0).bestValue());
    ParamTunability mom = r.tunability().get(1);
    assertEquals(0, mom.gain());
    assertNull(mom.bestValue());
    assertEquals("inactive at the default configuration", mom.note());
    assertEquals(0.5, r.overall().gain(), EPS);
    assertEquals(Map.of("opt", "sgd", "mom", "0.9"), r.overall().bestConfig());
  }

  @Test
  void logScaledParametersAreSearchedOnTheLogScale() {
    SearchSpace s = new SearchSpace(List.of(new FloatParam("lr", 1e-4, 1e-1, true, null, null)));
    Config def = cfg("lr", "1e-4");
    Predictor f = x -> -Math.pow(x[0] + 2, 2); // peak at lr = 0.01 in encoded (log10) units
    TunabilityResult r =
        Tunability.compute(
            f,
            ParamEncoding.of(s, def),
            def,
            Goal.MAXIMIZE,
            List.of(),
            new TunabilityOptions(7, 0, 0, 0.95, 0));
    assertEquals(4.0, r.tunability().get(0).gain(), EPS);
    assertEquals("0.01", r.tunability().get(0).bestValue());
  }

  @Test
  void worksOnAnInferredEncodingWithoutASpace() {
    List<Config> runs =
        List.of(cfg("a", "1", "b", "p"), cfg("a", "4", "b", "q"), cfg("a", "10", "b", "p"));
    ParamEncoding enc = ParamEncoding.infer(runs, null);
    Predictor f = x -> x[0] / 10 + (x[1] == 1 ? 1 : 0); // a is INTEGER 1..10, b index
    Config def = cfg("a", "1", "b", "p");
    TunabilityResult r = Tunability.compute(f, enc, def, Goal.MAXIMIZE, runs, OPTS);
    assertEquals(0.9, r.tunability().get(0).gain(), EPS);
    assertEquals("10", r.tunability().get(0).bestValue());
    assertEquals(1.0, r.tunability().get(1).gain(), EPS);
    assertEquals(1.9, r.overall().gain(), EPS);
    assertThrows(
        IllegalArgumentException.class,
        () -> Tunability.compute(List.of(), enc, def, Goal.MAXIMIZE, runs, OPTS));
  }
}

package io.seedscope.sensitivity.tunability;

import io.seedscope.model.Config;
import io.seedscope.model.Goal;
import io.seedscope.sensitivity.space.EncodedColumn;
import io.seedscope.sensitivity.space.ParamEncoding;
import io.seedscope.sensitivity.space.SearchSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Tunability after Probst, Boulesteix and Bischl (2019), "Tunability: Importance of Hyperparameters
 * of Machine Learning Algorithms", JMLR 20(53): the gain of a parameter is d_j = f(best x with only
 * parameter j changed from the default) - f(default), the overall gain d = f(best x) - f(default),
 * measured on a surrogate f of the metric (sign flipped for a minimized metric, so gains are >= 0).
 *
 * <p><b>Search.</b> One-parameter gains try {@link CandidateValues#oneDimensional} values of that
 * parameter with every other parameter at the default (a child activated by its parent takes the
 * default's value for it, else the encoding's fill). A parameter inactive at the default has gain
 * 0. The joint search takes the best of: the default, all one-parameter candidates, the combination
 * of every parameter's best value, the observed configurations, {@code randomCandidates} random
 * configurations (seeded), and then {@code coordinateRounds} rounds of coordinate ascent over the
 * one-parameter grids from the best of those. The joint gain is thus at least the largest
 * one-parameter gain. Everything is evaluated through the {@link ParamEncoding}, so conditions and
 * log scales hold.
 *
 * <p><b>Members and interval.</b> The argmax is taken on the ensemble mean F = mean_m f_m (the
 * forest's prediction). The reported gain is mean_m [f_m(x*) - f_m(x0)] = F(x*) - F(x0), and {@code
 * low}/{@code high} are the (1 -/+ level)/2 percentiles (Hyndman-Fan type 7, linear interpolation
 * as numpy's default) of the members' gains at that same x*. This describes how much the members
 * (trees) disagree about the gain of the chosen configuration; it is not a calibrated confidence
 * interval. Taking each member's own maximum instead would be biased upwards, since a maximum over
 * candidates picks up each tree's noise.
 */
public final class Tunability {
  private Tunability() {}

  /** A single model: the interval collapses to the gain. */
  public static TunabilityResult compute(
      Predictor model,
      ParamEncoding encoding,
      Config defaults,
      Goal goal,
      List<Config> observed,
      TunabilityOptions options) {
    return compute(List.of(model), encoding, defaults, goal, observed, options);
  }

  /**
   * @param members the ensemble's members (e.g. a forest's trees); their mean is the surrogate
   * @param encoding the column layout the members predict on
   * @param defaults the default configuration (the spec's fixed configuration)
   * @param observed configurations that were run (joint-search candidates; may be empty)
   */
  public static TunabilityResult compute(
      List<? extends Predictor> members,
      ParamEncoding encoding,
      Config defaults,
      Goal goal,
      List<Config> observed,
      TunabilityOptions options) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("tunability needs at least one surrogate model");
    }
    Evaluator ev = new Evaluator(members, encoding, goal);
    SearchSpace space = encoding.space().orElse(null);
    Evaluator.Candidate base = ev.eval(defaults);
    List<ParamTunability> perParam = new ArrayList<>();
    Map<String, List<String>> grids = new TreeMap<>();
    Map<String, String> combined = new TreeMap<>(defaults.values());
    for (EncodedColumn c : encoding.columns()) {
      List<String> grid = CandidateValues.oneDimensional(c, options.gridPoints(), observed);
      grids.put(c.name(), grid);
      if (space != null && !space.isActive(space.get(c.name()), defaults.values())) {
        perParam.add(
            new ParamTunability(c.name(), 0, 0, 0, null, "inactive at the default configuration"));
        continue;
      }
      Evaluator.Candidate best = base;
      String bestValue = defaults.get(c.name());
      for (String v : grid) {
        Evaluator.Candidate cand = ev.eval(defaults.with(c.name(), v));
        if (cand.score() > best.score()) {
          best = cand;
          bestValue = v;
        }
      }
      if (best != base) {
        combined.put(c.name(), bestValue);
      }
      double[] g = ev.memberGains(best, base);
      perParam.add(
          new ParamTunability(
              c.name(),
              mean(g),
              quantile(g, (1 - options.level()) / 2),
              quantile(g, (1 + options.level()) / 2),
              bestValue == null ? c.decode(base.x()[encoding.index(c.name())]) : bestValue,
              null));
    }
    ev.eval(Config.of(combined));
    for (Config o : observed) {
      ev.eval(o);
    }
    for (Map<String, String> r :
        CandidateValues.random(encoding, options.randomCandidates(), options.seed())) {
      Map<String, String> m = new TreeMap<>(defaults.values());
      m.putAll(r);
      ev.eval(Config.of(m));
    }
    coordinateAscent(ev, space, grids, options.coordinateRounds());
    Evaluator.Candidate best = ev.best();
    double[] g = ev.memberGains(best, base);
    Map<String, String> bestConfig = new TreeMap<>();
    for (EncodedColumn c : encoding.columns()) {
      String v = best.config().get(c.name());
      boolean active = space == null || space.isActive(space.get(c.name()), best.config().values());
      if (v != null && active) {
        bestConfig.put(c.name(), v);
      }
    }
    OverallTunability overall =
        new OverallTunability(
            mean(g),
            quantile(g, (1 - options.level()) / 2),
            quantile(g, (1 + options.level()) / 2),
            bestConfig);
    String interval =
        String.format(
            Locale.ROOT,
            "%s%% percentile interval over %d member(s) at the ensemble's best",
            trim(options.level() * 100),
            members.size());
    return new TunabilityResult(
        goal.label(), base.prediction(), perParam, overall, members.size(), ev.size(), interval);
  }

  private static void coordinateAscent(
      Evaluator ev, SearchSpace space, Map<String, List<String>> grids, int rounds) {
    for (int r = 0; r < rounds; r++) {
      Evaluator.Candidate start = ev.best();
      for (Map.Entry<String, List<String>> e : grids.entrySet()) {
        Config current = ev.best().config();
        if (space != null && !space.isActive(space.get(e.getKey()), current.values())) {
          continue;
        }
        for (String v : e.getValue()) {
          ev.eval(current.with(e.getKey(), v));
        }
      }
      if (ev.best() == start) {
        return;
      }
    }
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double quantile(double[] v, double p) {
    return Quantile.withDefaults().with(Quantile.EstimationMethod.HF7).evaluate(v, p);
  }

  private static String trim(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }

  /** Evaluates configurations once each and remembers the best. */
  static final class Evaluator {
    record Candidate(Config config, double[] x, double prediction, double score) {}

    private final List<? extends Predictor> members;
    private final ParamEncoding encoding;
    private final double sign;
    private final Map<String, Candidate> cache = new HashMap<>();
    private Candidate best;

    Evaluator(List<? extends Predictor> members, ParamEncoding encoding, Goal goal) {
      this.members = members;
      this.encoding = encoding;
      this.sign = goal.sign();
    }

    Candidate eval(Config config) {
      double[] x = encoding.encode(config);
      String key = java.util.Arrays.toString(x);
      Candidate c = cache.get(key);
      if (c == null) {
        double s = 0;
        for (Predictor m : members) {
          s += m.predict(x);
        }
        double prediction = s / members.size();
        c = new Candidate(config, x, prediction, sign * prediction);
        cache.put(key, c);
        if (best == null || c.score() > best.score()) {
          best = c;
        }
      }
      return c;
    }

    Candidate best() {
      return best;
    }

    int size() {
      return cache.size();
    }

    /** Each member's improvement, in the goal's direction, of {@code to} over {@code from}. */
    double[] memberGains(Candidate to, Candidate from) {
      double[] g = new double[members.size()];
      for (int i = 0; i < g.length; i++) {
        Predictor m = members.get(i);
        g[i] = to == from ? 0 : sign * (m.predict(to.x()) - m.predict(from.x()));
      }
      return g;
    }
  }
}

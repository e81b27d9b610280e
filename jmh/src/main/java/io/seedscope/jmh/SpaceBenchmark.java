package io.seedscope.jmh;

import io.seedscope.model.Config;
import io.seedscope.model.Goal;
import io.seedscope.sensitivity.anova.AnovaTable;
import io.seedscope.sensitivity.anova.FactorialAnova;
import io.seedscope.sensitivity.space.CategoricalParam;
import io.seedscope.sensitivity.space.Condition;
import io.seedscope.sensitivity.space.FloatParam;
import io.seedscope.sensitivity.space.IntParam;
import io.seedscope.sensitivity.space.Param;
import io.seedscope.sensitivity.space.ParamEncoding;
import io.seedscope.sensitivity.space.SearchSpace;
import io.seedscope.sensitivity.space.SobolSampler;
import io.seedscope.sensitivity.space.Sweep;
import io.seedscope.sensitivity.space.SweepPlan;
import io.seedscope.sensitivity.tunability.Predictor;
import io.seedscope.sensitivity.tunability.Tunability;
import io.seedscope.sensitivity.tunability.TunabilityOptions;
import io.seedscope.sensitivity.tunability.TunabilityResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Sweep planning (Sobol), exact factorial ANOVA and tunability search. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpaceBenchmark {

  private SearchSpace space;
  private Config defaults;
  private Map<Config, double[]> grid;
  private ParamEncoding encoding;
  private List<Predictor> trees;

  @Setup
  public void setup() {
    List<Param> ps = new ArrayList<>();
    Map<String, String> def = new TreeMap<>();
    for (int i = 0; i < 8; i++) {
      ps.add(new FloatParam("f" + i, 1e-4, 1, i % 2 == 0, 5, null));
      def.put("f" + i, "0.01");
    }
    ps.add(new IntParam("batch", 1, 64, true, 4, null));
    ps.add(new CategoricalParam("opt", List.of("adam", "sgd", "rmsprop"), null));
    ps.add(new FloatParam("mom", 0, 0.99, false, 3, new Condition("opt", List.of("sgd"))));
    def.put("batch", "8");
    def.put("opt", "adam");
    space = new SearchSpace(ps);
    defaults = Config.of(def);
    encoding = ParamEncoding.of(space, defaults);

    // 3^4 = 81 cells x 5 seeds.
    grid = new LinkedHashMap<>();
    SplittableRandom rng = new SplittableRandom(1);
    for (int c = 0; c < 81; c++) {
      Map<String, String> cfg = new TreeMap<>();
      int k = c;
      for (int f = 0; f < 4; f++) {
        cfg.put("p" + f, Integer.toString(k % 3));
        k /= 3;
      }
      double[] v = new double[5];
      for (int s = 0; s < 5; s++) {
        v[s] = (c % 7) + rng.nextDouble();
      }
      grid.put(Config.of(cfg), v);
    }

    // 100 "trees": piecewise-constant functions with random thresholds, like forest members.
    trees = new ArrayList<>();
    int d = encoding.dimension();
    for (int t = 0; t < 100; t++) {
      int[] feat = new int[8];
      double[] thr = new double[8];
      double[] w = new double[8];
      for (int j = 0; j < 8; j++) {
        feat[j] = rng.nextInt(d);
        var col = encoding.columns().get(feat[j]);
        thr[j] = col.low() + rng.nextDouble() * (col.high() - col.low());
        w[j] = rng.nextGaussian();
      }
      trees.add(
          x -> {
            double s = 0;
            for (int j = 0; j < 8; j++) {
              s += x[feat[j]] <= thr[j] ? w[j] : -w[j];
            }
            return s;
          });
    }
  }

  @Benchmark
  public SweepPlan sobolPlan1024() {
    return Sweep.plan(space, defaults, new SobolSampler(1024, 7));
  }

  @Benchmark
  public AnovaTable anova81CellsX5Seeds() {
    return FactorialAnova.compute(grid);
  }

  @Benchmark
  public TunabilityResult tunability100Trees11Params() {
    return Tunability.compute(
        trees, encoding, defaults, Goal.MAXIMIZE, List.of(), TunabilityOptions.defaults());
  }
}

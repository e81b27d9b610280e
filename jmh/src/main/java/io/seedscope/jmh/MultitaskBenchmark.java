package io.seedscope.jmh;

import io.seedscope.stats.multitask.AggregateMetric;
import io.seedscope.stats.multitask.BootstrapOptions;
import io.seedscope.stats.multitask.IntervalEstimates;
import io.seedscope.stats.multitask.PerformanceProfile;
import io.seedscope.stats.multitask.ProbabilityOfImprovement;
import io.seedscope.stats.multitask.ProfileKind;
import io.seedscope.stats.multitask.ScoreMatrix;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * rliable's toolbox at the size of the speed bar: 26 tasks x 100 runs, 50,000 stratified
 * bootstrap resamples of the IQM (rliable: 9.4 s). bench/multitask_numpy.py does the same work
 * with numpy/scipy. Run: java -jar jmh/target/benchmarks.jar Multitask -f 1 -wi 3 -i 5
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MultitaskBenchmark {
  @Param({"1", "2"})
  public int threads;

  private ScoreMatrix scores;

  @Setup
  public void setUp() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    Map<String, Map<String, double[]>> m = new LinkedHashMap<>();
    for (String algorithm : new String[] {"A", "B"}) {
      Map<String, double[]> tasks = new LinkedHashMap<>();
      for (int t = 0; t < 26; t++) {
        double[] runs = new double[100];
        for (int i = 0; i < runs.length; i++) {
          runs[i] = 0.05 * t + (algorithm.equals("B") ? 0.1 : 0) + 0.3 * g.sample();
        }
        tasks.put("task" + t, runs);
      }
      m.put(algorithm, tasks);
    }
    scores = ScoreMatrix.of(m).select("A", "B");
  }

  private BootstrapOptions options(int resamples) {
    return new BootstrapOptions(resamples, 0.95, 7L, threads);
  }

  /** The speed bar: IQM interval of one algorithm, 50,000 resamples. */
  @Benchmark
  public IntervalEstimates iqm50k() {
    return IntervalEstimates.compute(
        scores.select("A"), EnumSet.of(AggregateMetric.IQM), options(50_000));
  }

  /** All four metrics of one algorithm on the same 50,000 resamples. */
  @Benchmark
  public IntervalEstimates allMetrics50k() {
    return IntervalEstimates.compute(
        scores.select("A"), EnumSet.allOf(AggregateMetric.class), options(50_000));
  }

  /** Score-distribution bands over 101 taus for two algorithms, 2,000 resamples. */
  @Benchmark
  public PerformanceProfile profile2k() {
    return PerformanceProfile.compute(
        scores,
        PerformanceProfile.linspace(-1, 2.5, 101),
        ProfileKind.SCORE_DISTRIBUTION,
        options(2_000));
  }

  /** Probability of improvement B over A, 2,000 resamples. */
  @Benchmark
  public ProbabilityOfImprovement poi2k() {
    return ProbabilityOfImprovement.compute(scores, "B", "A", options(2_000));
  }
}

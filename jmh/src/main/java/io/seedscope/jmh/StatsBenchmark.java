package io.seedscope.jmh;

import io.seedscope.model.Goal;
import io.seedscope.stats.BootstrapIntervals;
import io.seedscope.stats.ComparisonOptions;
import io.seedscope.stats.Comparisons;
import io.seedscope.stats.GroupStatistics;
import io.seedscope.stats.Interval;
import io.seedscope.stats.MeanBootstrap;
import io.seedscope.stats.StatsOptions;
import io.seedscope.stats.TwoSampleComparison;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of the statistics engine on the data bench/stats_scipy.py times with scipy: a sample of
 * 30 values (lognormal, seed 0 of numpy's default_rng, written out below) and 10,000 resamples.
 * Run: java -jar jmh/target/benchmarks.jar StatsBenchmark -f 1 -wi 3 -i 5
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StatsBenchmark {

  /** np.round(np.random.default_rng(0).lognormal(0, 1, 30), 6), as in bench/stats_scipy.py. */
  static final double[] X30 = {
    1.133976, 0.876249, 1.897283, 1.1106, 0.585277, 1.435617, 3.684003, 2.578173,
    0.494734, 0.28212, 0.536186, 1.042192, 0.09778, 0.803489, 0.287679, 0.480818,
    0.580272, 0.728841, 1.509277, 2.836337, 0.879383, 3.921458, 0.514173, 1.421212,
    2.468153, 1.098573, 0.475447, 0.397832, 0.632721, 1.24632
  };

  private double[] baseline;
  private StatsOptions opts;
  private long seed;

  @Setup
  public void setup() {
    baseline = new double[30];
    for (int i = 0; i < 30; i++) {
      baseline[i] = X30[i] * 0.9 + 0.05 * (i % 7);
    }
    opts = StatsOptions.defaults(1);
  }

  /** BCa interval of the mean, 10,000 resamples, n = 30 (what scipy does in 12 ms). */
  @Benchmark
  public Interval bcaMeanN30() {
    double[] reps = MeanBootstrap.replicates(X30, 10_000, seed++, 1);
    double mean = 0;
    for (double v : X30) {
      mean += v;
    }
    mean /= X30.length;
    return BootstrapIntervals.bca(reps, mean, BootstrapIntervals.accelerationOfMean(X30), 0.95);
  }

  /** Everything of one group: descriptives, t, percentile and BCa from 10,000 resamples. */
  @Benchmark
  public GroupStatistics groupStatisticsN30() {
    return GroupStatistics.of(X30, opts.withSeed(seed++));
  }

  /** A full two-sample comparison, n = 30 each, 10,000 resamples. */
  @Benchmark
  public TwoSampleComparison compareN30() {
    return Comparisons.compare(baseline, X30, Goal.MAXIMIZE, ComparisonOptions.defaults(seed++));
  }
}

package io.seedscope.jmh;

import io.seedscope.demo.CurvePoint;
import io.seedscope.demo.Reinforce;
import io.seedscope.demo.ReinforceSettings;
import io.seedscope.demo.ReinforceVariant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Wall time of one default demo run (CartPole REINFORCE, 1000 episodes) in the JVM. Runs cycle
 * over seeds 0..9 because a run's cost grows with how well that seed learns.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DemoBenchmark {
  @Param({"textbook", "normalized"})
  public String impl;

  private long seed;

  @Benchmark
  public List<CurvePoint> oneRun() {
    ReinforceVariant v = ReinforceVariant.byId(impl);
    return new Reinforce(v, ReinforceSettings.defaults(v), seed++ % 10).train();
  }
}

package io.seedscope.jmh;

import io.seedscope.sensitivity.fanova.Fanova;
import io.seedscope.sensitivity.fanova.FanovaMethod;
import io.seedscope.sensitivity.fanova.FanovaOptions;
import io.seedscope.sensitivity.fanova.FanovaResult;
import io.seedscope.sensitivity.fanova.MainEffect;
import io.seedscope.sensitivity.fanova.ParamDomain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * fANOVA end to end (forest fit + all 10 main effects + all 45 pairwise interactions + marginal
 * curves, 64 trees, 2 threads) on the 10-parameter Sobol G-function, a = (0, 1, 4.5, 9, 99 x 6),
 * the workload of bench/fanova_optuna.sh. Run:
 *
 * <pre>java -jar jmh/target/benchmarks.jar FanovaBenchmark -f 1 -wi 3 -i 5</pre>
 *
 * <p>{@code main} runs one side-by-side analysis of a CSV written by bench/fanova_optuna.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class FanovaBenchmark {
  private static final double[] A = {0, 1, 4.5, 9, 99, 99, 99, 99, 99, 99};

  @Param({"1000", "10000"})
  public int trials;

  @Param({"blend", "per-tree"})
  public String method;

  private double[][] x;
  private double[] y;
  private List<ParamDomain> domains;
  private FanovaOptions opts;

  @Setup
  public void setup() {
    SplittableRandom rng = new SplittableRandom(2024);
    x = new double[trials][A.length];
    y = new double[trials];
    for (int r = 0; r < trials; r++) {
      for (int d = 0; d < A.length; d++) {
        x[r][d] = rng.nextDouble();
      }
      y[r] = g(x[r]);
    }
    domains = domains(A.length);
    opts = FanovaOptions.defaults().withThreads(2).withMethod(FanovaMethod.parse(method));
  }

  static double g(double[] x) {
    double v = 1;
    for (int d = 0; d < x.length; d++) {
      v *= (Math.abs(4 * x[d] - 2) + A[d]) / (1 + A[d]);
    }
    return v;
  }

  static List<ParamDomain> domains(int p) {
    List<ParamDomain> d = new ArrayList<>();
    for (int i = 0; i < p; i++) {
      d.add(ParamDomain.numeric("x" + (i + 1), 0, 1));
    }
    return d;
  }

  @Benchmark
  public FanovaResult analyze() {
    return Fanova.analyze(x, y, domains, opts);
  }

  /**
   * Side by side with Optuna: {@code java -cp jmh/target/benchmarks.jar
   * io.seedscope.jmh.FanovaBenchmark trials.csv lo hi [method] [reps]} analyzes the CSV
   * (columns x1..xp,y; all parameters uniform on [lo, hi]) reps times and prints the main
   * fractions and the median seconds as JSON.
   */
  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    double lo = Double.parseDouble(args[1]);
    double hi = Double.parseDouble(args[2]);
    FanovaMethod m = FanovaMethod.parse(args.length > 3 ? args[3] : "per-tree");
    int reps = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    int p = lines.get(0).split(",").length - 1;
    double[][] xs = new double[lines.size() - 1][p];
    double[] ys = new double[lines.size() - 1];
    for (int r = 1; r < lines.size(); r++) {
      String[] f = lines.get(r).split(",");
      for (int d = 0; d < p; d++) {
        xs[r - 1][d] = Double.parseDouble(f[d]);
      }
      ys[r - 1] = Double.parseDouble(f[p]);
    }
    List<ParamDomain> doms = new ArrayList<>();
    for (int i = 0; i < p; i++) {
      doms.add(ParamDomain.numeric("x" + (i + 1), lo, hi));
    }
    FanovaOptions o = FanovaOptions.defaults().withThreads(2).withMethod(m);
    double[] secs = new double[reps];
    FanovaResult res = null;
    for (int k = 0; k < reps; k++) {
      long t0 = System.nanoTime();
      res = Fanova.analyze(xs, ys, doms, o);
      secs[k] = (System.nanoTime() - t0) / 1e9;
    }
    java.util.Arrays.sort(secs);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "{\"method\": \"%s\", \"n\": %d, \"medianSeconds\": %.4f, \"main\": [", m.label(),
        ys.length, secs[reps / 2]));
    for (int i = 0; i < p; i++) {
      MainEffect e = res.main().get(i);
      sb.append(String.format(Locale.ROOT, "%s{\"param\": \"%s\", \"fraction\": %.5f,"
          + " \"std\": %.5f}", i == 0 ? "" : ", ", e.param(), e.fraction(), e.std()));
    }
    System.out.println(sb.append("]}"));
  }
}

package io.seedscope.sensitivity.fanova;

import io.seedscope.sensitivity.forest.RandomForest;
import io.seedscope.sensitivity.forest.RegressionTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One run of {@link Surrogate#analyze}: partitions the trees, decomposes, draws marginals. */
final class Analysis {
  private static final int MAX_2D_POINTS = 30;

  /**
   * A total variance at or below (this x the largest |response|)^2 is round-off, not variation: a
   * forest that predicts one value everywhere still shows about 1e-29 of "variance" (the QMC mean
   * subtracted from equal values), and fractions of it are noise over noise (-0.11, 0.44 were
   * seen).
   */
  static final double NEGLIGIBLE_RELATIVE_SPREAD = 1e-10;

  private final RandomForest forest;
  private final List<ParamDomain> domains;
  private final Model model;
  private final double[][] x;
  private final double[] y;
  private final FanovaOptions opts;
  private final double cutLo;
  private final double cutHi;
  private final int threads;
  private List<TreePartition> parts;

  Analysis(
      RandomForest forest,
      List<ParamDomain> domains,
      Model model,
      double[][] x,
      double[] y,
      FanovaOptions opts) {
    this.forest = forest;
    this.domains = domains;
    this.model = model;
    this.x = x;
    this.y = y;
    this.opts = opts;
    double[] cut =
        opts.cutoff() == null
            ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}
            : opts.cutoff().resolve(y);
    this.cutLo = cut[0];
    this.cutHi = cut[1];
    this.threads = opts.effectiveThreads();
  }

  private List<TreePartition> parts() {
    if (parts == null) {
      List<RegressionTree> trees = forest.trees();
      parts =
          Parallel.map(
              trees.size(),
              threads,
              t ->
                  TreePartition.of(
                      trees.get(t), model.lo(), model.hi(), model.categories(), cutLo, cutHi));
    }
    return parts;
  }

  Decomposition decompose() {
    int p = model.p();
    List<TreePartition> ps = parts();
    switch (opts.method()) {
      case PER_TREE:
        return PerTreeDecomposition.combine(
            Parallel.map(
                ps.size(),
                threads,
                t -> PerTreeDecomposition.variances(ps.get(t), opts.interactions())),
            p);
      case FOREST:
        return raw().mix(0);
      case BLEND:
      default:
        return raw().mix(FanovaMethod.BLEND_WEIGHT);
    }
  }

  ForestDecomposition.Raw raw() {
    return ForestDecomposition.compute(
        parts(), forest.trees(), model, cutLo, cutHi, opts.interactions(), threads, opts.seed());
  }

  FanovaResult run() {
    Decomposition computed = decompose();
    int p = model.p();
    Decomposition d =
        attributable(computed.totalVariance()) ? computed : undefined(p, computed.totalVariance());
    List<MainEffect> main = new ArrayList<>();
    for (int i = 0; i < p; i++) {
      main.add(new MainEffect(domains.get(i).name(), d.main()[i], d.mainStd()[i]));
    }
    List<Interaction> inter = new ArrayList<>();
    List<int[]> order = new ArrayList<>();
    if (opts.interactions()) {
      for (int[] ij : ForestDecomposition.pairs(p)) {
        inter.add(
            new Interaction(
                List.of(domains.get(ij[0]).name(), domains.get(ij[1]).name()),
                d.pair()[ij[0]][ij[1]],
                d.pairStd()[ij[0]][ij[1]]));
        order.add(ij);
      }
    }
    order.sort(
        Comparator.comparingDouble((int[] ij) -> -d.pair()[ij[0]][ij[1]])
            .thenComparingInt(ij -> ij[0])
            .thenComparingInt(ij -> ij[1]));
    List<MarginalCurve> curves = Parallel.map(p, threads, this::curve);
    int k = Math.min(opts.topInteractionsFor2d(), order.size());
    List<Marginal2d> grids = Parallel.map(k, threads, q -> grid(order.get(q)[0], order.get(q)[1]));
    FanovaResult.AppliedCutoff applied =
        opts.cutoff() == null
            ? null
            : new FanovaResult.AppliedCutoff(
                opts.cutoff().lowerQuantile(),
                opts.cutoff().upperQuantile(),
                cutLo,
                cutHi,
                keptConfigurations());
    return new FanovaResult(
        opts.method().label(),
        forest.trees().size(),
        d.totalVariance(),
        main,
        inter,
        curves,
        grids,
        applied);
  }

  /**
   * Whether fractions of the surrogate's variance mean anything: the variance is more than
   * round-off, and at least two distinct configurations have a response inside the cutoff (with
   * one, any variance left is the trees' smoothing around it, not an effect of the parameters).
   */
  private boolean attributable(double total) {
    double scale = 0;
    for (double v : y) {
      scale = Math.max(scale, Math.abs(v));
    }
    double negligible = NEGLIGIBLE_RELATIVE_SPREAD * scale;
    return total > negligible * negligible && keptConfigurations() >= 2;
  }

  /** Distinct configurations with a response inside the cutoff (all of them without one). */
  private int keptConfigurations() {
    Set<List<Double>> kept = new HashSet<>();
    for (int r = 0; r < y.length; r++) {
      if (y[r] >= cutLo && y[r] <= cutHi) {
        kept.add(Arrays.stream(x[r]).boxed().toList());
      }
    }
    return kept.size();
  }

  private static Decomposition undefined(int p, double total) {
    Decomposition d = Decomposition.empty(p, total);
    Arrays.fill(d.main(), Double.NaN);
    Arrays.fill(d.mainStd(), Double.NaN);
    for (int i = 0; i < p; i++) {
      Arrays.fill(d.pair()[i], Double.NaN);
      Arrays.fill(d.pairStd()[i], Double.NaN);
    }
    return d;
  }

  private double[] curvePoints(int d, int n) {
    if (model.categories()[d] > 0) {
      return ForestDecomposition.points(0, 0, model.categories()[d], 0);
    }
    double[] x = new double[n];
    for (int a = 0; a < n; a++) {
      x[a] = model.lo()[d] + a * (model.hi()[d] - model.lo()[d]) / (n - 1);
    }
    return x;
  }

  private List<Double> ownScale(int d, double[] pts) {
    List<Double> out = new ArrayList<>(pts.length);
    for (double t : pts) {
      out.add(domains.get(d).isCategorical() ? t : domains.get(d).fromModel(t));
    }
    return out;
  }

  private MarginalCurve curve(int i) {
    double[] pts = curvePoints(i, opts.curvePoints());
    int n = pts.length;
    double[][] vals = new double[parts().size()][];
    for (int t = 0; t < vals.length; t++) {
      vals[t] = TreeMarginals.mainAt(parts().get(t), i, pts)[0];
    }
    List<Double> mean = new ArrayList<>(n);
    List<Double> std = new ArrayList<>(n);
    for (int a = 0; a < n; a++) {
      double[] col = new double[vals.length];
      for (int t = 0; t < vals.length; t++) {
        col[t] = vals[t][a];
      }
      mean.add(meanIgnoringNaN(col));
      std.add(ForestDecomposition.stdIgnoringNaN(col));
    }
    ParamDomain dom = domains.get(i);
    return new MarginalCurve(
        dom.name(), ownScale(i, pts), dom.isCategorical() ? dom.categories() : null, mean, std);
  }

  private Marginal2d grid(int i, int j) {
    double[] x = curvePoints(i, Math.min(MAX_2D_POINTS, opts.curvePoints()));
    double[] y = curvePoints(j, Math.min(MAX_2D_POINTS, opts.curvePoints()));
    double[] a = new double[x.length * y.length];
    double[] w = new double[a.length];
    for (TreePartition tp : parts()) {
      double[][] vw = TreeMarginals.pairAt(tp, i, j, x, y);
      for (int k = 0; k < a.length; k++) {
        if (vw[1][k] > 0) {
          a[k] += vw[0][k] * vw[1][k];
          w[k] += vw[1][k];
        }
      }
    }
    List<List<Double>> rows = new ArrayList<>();
    for (int r = 0; r < x.length; r++) {
      List<Double> row = new ArrayList<>(y.length);
      for (int c = 0; c < y.length; c++) {
        int k = r * y.length + c;
        row.add(w[k] > 0 ? a[k] / w[k] : Double.NaN);
      }
      rows.add(List.copyOf(row));
    }
    ParamDomain di = domains.get(i);
    ParamDomain dj = domains.get(j);
    return new Marginal2d(
        List.of(di.name(), dj.name()),
        ownScale(i, x),
        di.isCategorical() ? di.categories() : null,
        ownScale(j, y),
        dj.isCategorical() ? dj.categories() : null,
        rows);
  }

  private static double meanIgnoringNaN(double[] v) {
    double s = 0;
    int n = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        s += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }
}

package io.seedscope.sensitivity.fanova;

import io.seedscope.sensitivity.forest.RegressionTree;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CPU-time breakdown on one thread (load-independent). Not a test. */
public final class ProfileMain {
  static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  static double cpu() {
    return MX.getCurrentThreadCpuTime() / 1e9;
  }

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int reps = Integer.parseInt(args[1]);
    AnalyticFunction f =
        AnalyticFunction.gFunction("g", 0, 1, 4.5, 9, 99, 99, 99, 99, 99, 99);
    Object[] xy = f.sample(n, 7);
    FanovaOptions o = FanovaOptions.defaults().withThreads(1);
    Model model = Model.of(f.domains());
    for (int r = 0; r < reps; r++) {
      double t0 = cpu();
      Surrogate s = Surrogate.fit((double[][]) xy[0], (double[]) xy[1], f.domains(), o);
      double t1 = cpu();
      List<TreePartition> parts = new ArrayList<>();
      for (RegressionTree t : s.forest().trees()) {
        parts.add(TreePartition.of(t, model.lo(), model.hi(), model.categories(),
            Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
      }
      double t2 = cpu();
      for (TreePartition tp : parts) {
        PerTreeDecomposition.variances(tp, false);
      }
      double t3 = cpu();
      for (TreePartition tp : parts) {
        PerTreeDecomposition.variances(tp, true);
      }
      double t4 = cpu();
      ForestDecomposition.forestVariance(s.forest().trees(), model, -1e300, 1e300, 1, 0);
      double t5 = cpu();
      ForestDecomposition.compute(parts, s.forest().trees(), model, -1e300, 1e300, true, 1, 0);
      double t6 = cpu();
      int leaves = 0;
      int cells = 0;
      for (TreePartition tp : parts) {
        leaves += tp.leaves;
        for (int d = 0; d < tp.p; d++) {
          cells += tp.cells(d);
        }
      }
      System.out.printf(Locale.ROOT,
          "n=%d fit %.3f partitions %.3f mains %.3f mains+pairs %.3f qmc %.3f forestRaw %.3f"
              + " | leaves/tree %d cells/tree %d%n",
          n, t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, leaves / parts.size(),
          cells / parts.size());
    }
  }
}

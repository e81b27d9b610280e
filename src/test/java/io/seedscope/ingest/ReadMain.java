package io.seedscope.ingest;

import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.ResultSet;
import java.nio.file.Paths;
import java.util.List;

/**
 * End-to-end timing of the ingest path of {@code analyze} (bench/ingest_speed.sh): read a long CSV
 * and reduce every run to its last value. Test code: not part of the product.
 */
public final class ReadMain {
  private ReadMain() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    ImportResult r = Importers.read(Paths.get(args[0]));
    long t1 = System.nanoTime();
    ResultSet rs =
        ResultSet.of(r.runs(), r.selectMetric(null), Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
    long t2 = System.nanoTime();
    double mean = rs.runs().stream().mapToDouble(x -> x.value()).average().orElse(Double.NaN);
    System.out.printf(
        "runs=%d mean_last=%.4f read=%.3fs reduce=%.3fs heapUsed=%dMB%n",
        rs.runs().size(),
        mean,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
  }
}

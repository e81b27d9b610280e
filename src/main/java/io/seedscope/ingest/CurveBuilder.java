package io.seedscope.ingest;

import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects (step, metric, value) points of one run, each metric at its own steps, and aligns them
 * on the union of steps ({@link ResultSet#MISSING} where a metric was not logged). Each point
 * remembers where it came from (a line or byte offset) so that a duplicate (step, metric) can be
 * reported at both places.
 */
final class CurveBuilder {

  /** Turns a location and a message into the exception to throw. */
  interface Locator {
    RuntimeException error(long where, String message);

    /** How a location reads inside a message, e.g. {@code line 12}. */
    String describe(long where);
  }

  /** What to do with a second value of a metric at the same step. */
  enum Duplicates {
    ERROR,
    KEEP_LAST
  }

  private static final class Series {
    long[] steps = new long[16];
    double[] values = new double[16];
    long[] where = new long[16];
    int n;
    boolean sorted = true;

    void add(long step, double value, long at) {
      if (n == steps.length) {
        steps = Arrays.copyOf(steps, n * 2);
        values = Arrays.copyOf(values, n * 2);
        where = Arrays.copyOf(where, n * 2);
      }
      if (n > 0 && step < steps[n - 1]) {
        sorted = false;
      }
      steps[n] = step;
      values[n] = value;
      where[n] = at;
      n++;
    }
  }

  private final Map<String, Series> series = new LinkedHashMap<>();
  private int duplicatesDropped;

  void add(long step, String metric, double value, long where) {
    series.computeIfAbsent(metric, k -> new Series()).add(step, value, where);
  }

  /**
   * Metric names in the order first added (deterministic, unlike iterating a {@link RunLog}'s
   * metrics, which {@code Map.copyOf} orders differently in every JVM run).
   */
  java.util.List<String> metricNames() {
    return new java.util.ArrayList<>(series.keySet());
  }

  boolean isEmpty() {
    return series.isEmpty();
  }

  /** Duplicates dropped by the last {@link #build} with {@link Duplicates#KEEP_LAST}. */
  int duplicatesDropped() {
    return duplicatesDropped;
  }

  RunLog build(
      String runId, GroupKey key, long seed, Duplicates policy, String runLabel, Locator loc) {
    duplicatesDropped = 0;
    Map<String, long[]> stepsOf = new LinkedHashMap<>();
    Map<String, double[]> valuesOf = new LinkedHashMap<>();
    long[] union = new long[0];
    for (Map.Entry<String, Series> e : series.entrySet()) {
      Series s = e.getValue();
      int n = s.n;
      Integer[] idx = new Integer[n];
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      if (!s.sorted) {
        // Stable: equal steps keep their arrival order, so "last" means last written.
        Arrays.sort(idx, (a, b) -> Long.compare(s.steps[a], s.steps[b]));
      }
      long[] st = new long[n];
      double[] va = new double[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        int k = idx[i];
        if (m > 0 && st[m - 1] == s.steps[k]) {
          if (policy == Duplicates.ERROR) {
            int prev = idx[i - 1];
            long first = Math.min(s.where[prev], s.where[k]);
            long second = Math.max(s.where[prev], s.where[k]);
            throw loc.error(
                second,
                "duplicate step "
                    + s.steps[k]
                    + " of '"
                    + e.getKey()
                    + "' for "
                    + runLabel
                    + " (also at "
                    + loc.describe(first)
                    + ")");
          }
          va[m - 1] = s.values[k];
          duplicatesDropped++;
          continue;
        }
        st[m] = s.steps[k];
        va[m] = s.values[k];
        m++;
      }
      st = Arrays.copyOf(st, m);
      va = Arrays.copyOf(va, m);
      stepsOf.put(e.getKey(), st);
      valuesOf.put(e.getKey(), va);
      union = merge(union, st);
    }
    Map<String, double[]> metrics = new LinkedHashMap<>();
    for (String name : stepsOf.keySet()) {
      long[] st = stepsOf.get(name);
      double[] va = valuesOf.get(name);
      double[] aligned = new double[union.length];
      Arrays.fill(aligned, ResultSet.MISSING);
      int j = 0;
      for (int i = 0; i < st.length; i++) {
        while (union[j] != st[i]) {
          j++;
        }
        aligned[j] = va[i];
      }
      metrics.put(name, aligned);
    }
    return new RunLog(runId, key, seed, RunStatus.OK, "", union, metrics);
  }

  /** Sorted union of two sorted, duplicate-free arrays. */
  private static long[] merge(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      long v;
      if (j >= b.length || (i < a.length && a[i] < b[j])) {
        v = a[i++];
      } else if (i >= a.length || b[j] < a[i]) {
        v = b[j++];
      } else {
        v = a[i++];
        j++;
      }
      out[n++] = v;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * A point's location: file number (index into the locator's file list) and line or byte offset,
   * packed into one long so that points stay primitive.
   */
  static long at(int file, long position) {
    return ((long) file << 40) | position;
  }

  /** A locator over text files ({@code file:line}) or binary ones ({@code file: byte offset}). */
  static Locator of(java.util.List<String> files, boolean binary) {
    return new Locator() {
      @Override
      public RuntimeException error(long where, String message) {
        String file = files.get((int) (where >>> 40));
        long pos = where & ((1L << 40) - 1);
        if (binary) {
          return new io.seedscope.model.InputException(
              file + ": byte offset " + pos + ": " + message);
        }
        return io.seedscope.model.InputException.at(file, pos, 0, message);
      }

      @Override
      public String describe(long where) {
        String file = files.get((int) (where >>> 40));
        long pos = where & ((1L << 40) - 1);
        String prefix = files.size() > 1 ? file + " " : "";
        return prefix + (binary ? "byte offset " : "line ") + pos;
      }
    };
  }
}

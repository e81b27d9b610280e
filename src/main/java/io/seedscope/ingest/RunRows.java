package io.seedscope.ingest;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of one run of a table-shaped file, collected in growable primitive arrays (one per
 * metric column) and turned into a {@link RunLog}: sorted by step, duplicate steps rejected.
 */
final class RunRows {
  final GroupKey key;
  final long seed;

  /** The user's run id, or null when the file has no run column. */
  final String run;

  /** How the run ended, as the file's status column says ({@link RunStatus#OK} without one). */
  final RunStatus status;

  /** Why it ended so, or empty. */
  final String reason;

  private int n;
  private long[] steps;
  private int[] lines;
  private double[][] values;
  private boolean sorted = true;
  private int firstStepless = -1;

  RunRows(GroupKey key, long seed, String run, RunStatus status, String reason, int metrics) {
    this.key = key;
    this.seed = seed;
    this.run = run;
    this.status = status;
    this.reason = reason;
    int cap = 16;
    steps = new long[cap];
    lines = new int[cap];
    values = new double[metrics][cap];
  }

  /**
   * Appends a row and returns its index; fill its metric values with {@link #set}.
   *
   * @param stepless the row has no step (a final value)
   */
  int add(long step, boolean stepless, long line) {
    if (n == steps.length) {
      int cap = n * 2;
      steps = Arrays.copyOf(steps, cap);
      lines = Arrays.copyOf(lines, cap);
      for (int m = 0; m < values.length; m++) {
        values[m] = Arrays.copyOf(values[m], cap);
      }
    }
    if (stepless && firstStepless < 0) {
      firstStepless = n;
    }
    if (n > 0 && step < steps[n - 1]) {
      sorted = false;
    }
    steps[n] = step;
    lines[n] = (int) Math.min(Integer.MAX_VALUE, line);
    return n++;
  }

  void set(int metric, int row, double value) {
    values[metric][row] = value;
  }

  int size() {
    return n;
  }

  /** Line of the run's first row, for messages. */
  int firstLine() {
    return lines[0];
  }

  /** How messages name this run. */
  String describe() {
    if (run != null) {
      return "run '" + run + "'";
    }
    StringBuilder sb = new StringBuilder("implementation '").append(key.implementation());
    sb.append('\'');
    if (!GroupKey.DEFAULT_TASK.equals(key.task())) {
      sb.append(", task '").append(key.task()).append('\'');
    }
    if (!key.config().isEmpty()) {
      sb.append(", config ").append(key.config().canonical());
    }
    return sb.append(", seed ").append(seed).toString();
  }

  /**
   * Builds the run's log.
   *
   * @param hasStepColumn whether the file has steps at all
   * @param stepColumn 1-based field number of the step column, for messages
   * @param names metric name of each metric slot; null slots (non-numeric columns) are skipped
   */
  RunLog toLog(String runId, String file, boolean hasStepColumn, int stepColumn, String[] names) {
    int[] order = null;
    long[] outSteps = null;
    if (hasStepColumn && firstStepless < 0) {
      if (!sorted) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
          idx[i] = i;
        }
        Arrays.sort(idx, Comparator.<Integer>comparingLong(i -> steps[i]).thenComparing(i -> i));
        order = new int[n];
        for (int i = 0; i < n; i++) {
          order[i] = idx[i];
        }
      }
      outSteps = new long[n];
      for (int i = 0; i < n; i++) {
        outSteps[i] = steps[order == null ? i : order[i]];
      }
      for (int i = 1; i < n; i++) {
        if (outSteps[i] == outSteps[i - 1]) {
          int a = lines[order == null ? i - 1 : order[i - 1]];
          int b = lines[order == null ? i : order[i]];
          throw InputException.at(
              file,
              Math.max(a, b),
              stepColumn,
              "duplicate step "
                  + outSteps[i]
                  + " for "
                  + describe()
                  + " (also at line "
                  + Math.min(a, b)
                  + ")");
        }
      }
    } else if (n > 1) {
      if (hasStepColumn) {
        throw InputException.at(
            file,
            lines[firstStepless],
            stepColumn,
            "empty step in " + describe() + ", which has other rows");
      }
      throw InputException.at(
          file,
          lines[1],
          0,
          "duplicate row for "
              + describe()
              + " (first at line "
              + lines[0]
              + "); add a 'run' column to mark repeats or a 'step' column for curves");
    }
    Map<String, double[]> metrics = new LinkedHashMap<>();
    for (int m = 0; m < values.length; m++) {
      if (names[m] == null) {
        continue;
      }
      double[] col = values[m];
      double[] out = new double[n];
      boolean any = false;
      for (int i = 0; i < n; i++) {
        double v = col[order == null ? i : order[i]];
        out[i] = v;
        any |= !ResultSet.isMissing(v);
      }
      if (any) {
        metrics.put(names[m], out);
      }
    }
    return new RunLog(runId, key, seed, status, reason, outSteps, metrics);
  }

  static GroupKey key(String implementation, String task, Map<String, String> params) {
    return new GroupKey(implementation, task, params.isEmpty() ? Config.EMPTY : Config.of(params));
  }
}

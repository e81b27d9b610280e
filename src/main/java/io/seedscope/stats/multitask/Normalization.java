package io.seedscope.stats.multitask;

import io.seedscope.model.InputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Per-task min-max score normalization, {@code (x - low) / (high - low)}. */
public final class Normalization {
  private Normalization() {}

  /**
   * Normalizes every score with the reference range of its task.
   *
   * @throws InputException if a task of the matrix has no range
   */
  public static ScoreMatrix minMax(ScoreMatrix scores, Map<String, ScoreRange> ranges) {
    ScoreRange[] byTask = new ScoreRange[scores.tasks().size()];
    for (int t = 0; t < byTask.length; t++) {
      byTask[t] = ranges.get(scores.tasks().get(t));
      if (byTask[t] == null) {
        throw new InputException(
            "normalization: no reference scores for task '" + scores.tasks().get(t) + "'");
      }
    }
    Map<String, double[][]> normalized = new LinkedHashMap<>();
    for (String algorithm : scores.algorithms()) {
      double[][] runs = scores.byTask(algorithm);
      double[][] out = new double[runs.length][];
      for (int t = 0; t < runs.length; t++) {
        out[t] = new double[runs[t].length];
        for (int i = 0; i < runs[t].length; i++) {
          out[t][i] = byTask[t].normalize(runs[t][i]);
        }
      }
      normalized.put(algorithm, out);
    }
    return scores.withScores(normalized);
  }

  /**
   * The lowest and highest score observed on each task over all algorithms and runs: a fallback
   * when no reference scores exist (then 0 and 1 are the worst and best run seen).
   *
   * @throws InputException if all scores of a task are equal
   */
  public static Map<String, ScoreRange> observedRanges(ScoreMatrix scores) {
    Map<String, ScoreRange> ranges = new LinkedHashMap<>();
    for (int t = 0; t < scores.tasks().size(); t++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (String algorithm : scores.algorithms()) {
        for (double x : scores.byTask(algorithm)[t]) {
          lo = Math.min(lo, x);
          hi = Math.max(hi, x);
        }
      }
      String task = scores.tasks().get(t);
      if (lo == hi) {
        throw new InputException(
            "normalization: all scores of task '" + task + "' equal " + lo + "; cannot min-max");
      }
      ranges.put(task, new ScoreRange(lo, hi));
    }
    return ranges;
  }
}

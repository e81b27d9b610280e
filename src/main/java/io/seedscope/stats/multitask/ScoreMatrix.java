package io.seedscope.stats.multitask;

import io.seedscope.model.InputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Final scores of several algorithms on the same tasks: algorithm -> task -> runs. This is the
 * input of rliable's toolbox (Agarwal et al., NeurIPS 2021), where the score matrix of one
 * algorithm is {@code runs x tasks}; here each task keeps its own run array, so the number of runs
 * may differ between tasks and algorithms (rliable assumes it is equal; see each statistic for how
 * unequal counts are weighted).
 *
 * <p>Algorithms and tasks keep the order of the given maps. Every algorithm must report the same
 * set of tasks. Non-finite scores are divergent runs: they are dropped and listed in {@link
 * #divergent()}. Immutable.
 */
public final class ScoreMatrix {
  private final List<String> algorithms;
  private final List<String> tasks;
  private final Map<String, double[][]> scores;
  private final List<DivergentScore> divergent;

  private ScoreMatrix(
      List<String> algorithms,
      List<String> tasks,
      Map<String, double[][]> scores,
      List<DivergentScore> divergent) {
    this.algorithms = List.copyOf(algorithms);
    this.tasks = List.copyOf(tasks);
    this.scores = Collections.unmodifiableMap(scores);
    this.divergent = List.copyOf(divergent);
  }

  /**
   * Builds a matrix from algorithm -> task -> run scores.
   *
   * @throws InputException if there is no algorithm, no task, the task sets differ between
   *     algorithms, or a task has no finite score
   */
  public static ScoreMatrix of(Map<String, ? extends Map<String, double[]>> scores) {
    if (scores.isEmpty()) {
      throw new InputException("score matrix: no algorithm");
    }
    List<String> algorithms = new ArrayList<>(scores.keySet());
    String first = algorithms.get(0);
    List<String> tasks = new ArrayList<>(scores.get(first).keySet());
    if (tasks.isEmpty()) {
      throw new InputException("score matrix: algorithm '" + first + "' has no task");
    }
    Set<String> taskSet = Set.copyOf(tasks);
    Map<String, double[][]> byAlgorithm = new LinkedHashMap<>();
    List<DivergentScore> divergent = new ArrayList<>();
    for (String algorithm : algorithms) {
      Map<String, double[]> perTask = scores.get(algorithm);
      if (!perTask.keySet().equals(taskSet)) {
        throw new InputException(
            "score matrix: algorithm '"
                + algorithm
                + "' has tasks "
                + perTask.keySet()
                + " but '"
                + first
                + "' has "
                + tasks);
      }
      double[][] runs = new double[tasks.size()][];
      for (int t = 0; t < tasks.size(); t++) {
        String task = tasks.get(t);
        double[] given = perTask.get(task);
        double[] finite = new double[given.length];
        int n = 0;
        for (int i = 0; i < given.length; i++) {
          if (Double.isFinite(given[i])) {
            finite[n++] = given[i];
          } else {
            divergent.add(new DivergentScore(algorithm, task, i, Double.toString(given[i])));
          }
        }
        if (n == 0) {
          throw new InputException(
              "score matrix: algorithm '" + algorithm + "' task '" + task + "' has no finite run");
        }
        runs[t] = java.util.Arrays.copyOf(finite, n);
      }
      byAlgorithm.put(algorithm, runs);
    }
    return new ScoreMatrix(algorithms, tasks, byAlgorithm, divergent);
  }

  /**
   * The sub-matrix of some algorithms, in the given order (divergent runs of the others are dropped
   * from the list).
   */
  public ScoreMatrix select(String... names) {
    Map<String, double[][]> kept = new LinkedHashMap<>();
    for (String name : names) {
      kept.put(name, byTask(name));
    }
    List<DivergentScore> div = new ArrayList<>();
    for (DivergentScore d : divergent) {
      if (kept.containsKey(d.algorithm())) {
        div.add(d);
      }
    }
    return new ScoreMatrix(List.copyOf(kept.keySet()), tasks, kept, div);
  }

  /** Same tasks and divergent list, new scores (used by normalization). */
  ScoreMatrix withScores(Map<String, double[][]> newScores) {
    return new ScoreMatrix(algorithms, tasks, newScores, divergent);
  }

  public List<String> algorithms() {
    return algorithms;
  }

  public List<String> tasks() {
    return tasks;
  }

  /** Non-finite input scores, excluded from every statistic. */
  public List<DivergentScore> divergent() {
    return divergent;
  }

  /** A copy of the finite runs of one algorithm on one task. */
  public double[] runs(String algorithm, String task) {
    int t = tasks.indexOf(task);
    if (t < 0) {
      throw new InputException("score matrix: unknown task '" + task + "'");
    }
    return byTask(algorithm)[t].clone();
  }

  /** True when every algorithm has the same number of runs on every task (rliable's case). */
  public boolean equalRuns() {
    int n = -1;
    for (double[][] runs : scores.values()) {
      for (double[] r : runs) {
        if (n >= 0 && r.length != n) {
          return false;
        }
        n = r.length;
      }
    }
    return true;
  }

  /** The runs of one algorithm indexed like {@link #tasks()}; internal, not copied. */
  double[][] byTask(String algorithm) {
    double[][] runs = scores.get(algorithm);
    if (runs == null) {
      throw new InputException("score matrix: unknown algorithm '" + algorithm + "'");
    }
    return runs;
  }
}

package io.seedscope.stats.curves;

import io.seedscope.model.InputException;
import io.seedscope.stats.multitask.BootstrapOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Sample-efficiency curves (Agarwal et al., NeurIPS 2021, figure 8 style): the IQM of normalized
 * scores over all runs and tasks at every grid step, with a stratified bootstrap band. Normalize
 * the curves first ({@link Curve#normalized}). See {@link CurveBands#iqm} for how resamples treat
 * steps some runs do not cover.
 *
 * @param resamples bootstrap resamples per algorithm
 * @param level two-sided band level
 * @param seed the seed the random streams derive from
 * @param algorithms algorithm to band, in the input order; {@code seeds} is the fewest covering
 *     runs of any task at each step
 */
public record SampleEfficiency(
    int resamples, double level, long seed, Map<String, CurveBand> algorithms) {

  public SampleEfficiency {
    algorithms = Collections.unmodifiableMap(new LinkedHashMap<>(algorithms));
  }

  /**
   * IQM curves of every algorithm on {@code grid}.
   *
   * @param curves algorithm -> task -> runs; every algorithm must have the same tasks
   * @throws InputException if the task sets differ or a task has no run
   */
  public static SampleEfficiency iqm(
      Map<String, ? extends Map<String, List<Curve>>> curves,
      long[] grid,
      BootstrapOptions options) {
    Map<String, CurveBand> out = new LinkedHashMap<>();
    Object tasks = null;
    for (Map.Entry<String, ? extends Map<String, List<Curve>>> e : curves.entrySet()) {
      String algorithm = e.getKey();
      if (tasks != null && !tasks.equals(e.getValue().keySet())) {
        throw new InputException(
            "sample efficiency: algorithm '" + algorithm + "' has tasks " + e.getValue().keySet());
      }
      tasks = e.getValue().keySet();
      List<AlignedCurves> aligned = new ArrayList<>();
      // Tasks in name order: the random draws then do not depend on the map implementation.
      for (String task : new TreeSet<>(e.getValue().keySet())) {
        List<Curve> runs = e.getValue().get(task);
        if (runs.isEmpty()) {
          throw new InputException(
              "sample efficiency: algorithm '" + algorithm + "' task '" + task + "' has no run");
        }
        aligned.add(CurveAligner.align(runs, grid));
      }
      out.put(algorithm, CurveIqm.compute(aligned, options, "sample-efficiency/" + algorithm));
    }
    return new SampleEfficiency(options.resamples(), options.level(), options.seed(), out);
  }
}

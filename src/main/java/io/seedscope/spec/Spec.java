package io.seedscope.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated experiment spec: what to run and how to judge it. Built by {@link SpecReader}.
 *
 * @param file where the spec was read from (its directory is {@code {spec_dir}})
 * @param name the experiment's name (default results directory {@code runs/<name>})
 * @param task the task/environment name, or "default"
 * @param seeds the seeds, in order, without duplicates
 * @param config the fixed hyperparameters, in file order
 * @param implementations by name, in file order
 * @param sweep the sweep section, when the spec has one
 * @param gate the gate rules section as written, when the spec has one (read by the gate)
 */
public record Spec(
    Path file,
    String name,
    String task,
    MetricSpec metric,
    List<Long> seeds,
    Map<String, String> config,
    Map<String, Implementation> implementations,
    RunSettings run,
    Optional<Node.Mapping> sweep,
    Optional<Node.Mapping> gate) {

  public Spec {
    seeds = List.copyOf(seeds);
    config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    implementations =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(implementations));
  }

  /** The default configuration of one implementation: the shared config with its own over it. */
  public io.seedscope.model.Config configOf(Implementation impl) {
    java.util.Map<String, String> merged = new java.util.LinkedHashMap<>(config);
    merged.putAll(impl.config());
    return io.seedscope.model.Config.of(merged);
  }

  /** Parameters some implementation sets for itself (not held equal in comparisons). */
  public java.util.Set<String> implementationParameters() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    implementations.values().forEach(i -> out.addAll(i.config().keySet()));
    return out;
  }

  /** The directory that {@code {spec_dir}} stands for. */
  public Path specDir() {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".").toAbsolutePath() : parent;
  }

  /** A copy with a different seed list (e.g. {@code --seeds} on the command line). */
  /**
   * The seeds {@code start, start + 1, ..., start + count - 1}.
   *
   * @throws IllegalArgumentException when the last would pass {@link Long#MAX_VALUE} (it would wrap
   *     to a negative seed)
   */
  public static List<Long> seedRange(long start, long count) {
    if (start > Long.MAX_VALUE - (count - 1)) {
      throw new IllegalArgumentException(
          count + " seeds from " + start + " pass the largest seed, " + Long.MAX_VALUE);
    }
    List<Long> seeds = new java.util.ArrayList<>();
    for (long i = 0; i < count; i++) {
      seeds.add(start + i);
    }
    return seeds;
  }

  public Spec withSeeds(List<Long> newSeeds) {
    return new Spec(file, name, task, metric, newSeeds, config, implementations, run, sweep, gate);
  }

  /** A copy with different run settings. */
  public Spec withRun(RunSettings settings) {
    return new Spec(
        file, name, task, metric, seeds, config, implementations, settings, sweep, gate);
  }
}

package io.seedscope.spec;

import java.util.List;
import java.util.Map;

/**
 * How one implementation is run: an external command (an argument vector with placeholders) or a
 * Java class implementing {@link io.seedscope.execute.Experiment}.
 */
public sealed interface Implementation permits Implementation.Command, Implementation.JavaClass {

  String name();

  /** Extra environment variables for this implementation's runs (values may use placeholders). */
  Map<String, String> env();

  /**
   * Hyperparameters this implementation sets for itself, over the spec's shared {@code config}
   * (e.g. a learning rate tuned per codebase). They are part of its runs' configuration, and
   * comparisons of implementations do not require them to be equal.
   */
  Map<String, String> config();

  /**
   * Text that identifies what is run; part of the run id so that a changed command or environment
   * reruns. The environment enters only when there is one, so that the ids of specs without {@code
   * env} are what they were before it counted.
   */
  String definition();

  /** The {@code env} part of {@link #definition()}: empty, or its entries in name order. */
  static String envDefinition(Map<String, String> env) {
    if (env.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\u0000env:");
    new java.util.TreeMap<>(env)
        .forEach((k, v) -> out.append('\u0000').append(k).append('=').append(v));
    return out.toString();
  }

  /**
   * An external program, started as an argument vector (never through a shell).
   *
   * @param argv the arguments; {@code {seed}}, {@code {run_dir}}, {@code {jar}}, {@code
   *     {spec_dir}}, {@code {worker}} and {@code {<param>}} are replaced per run
   * @param where {@code file:line:column} of the program (the first argument), for errors found
   *     before the runs start
   */
  record Command(
      String name,
      List<String> argv,
      Map<String, String> env,
      Map<String, String> config,
      String where)
      implements Implementation {
    @Override
    public String definition() {
      return "command:" + String.join("\u0000", argv) + Implementation.envDefinition(env);
    }
  }

  /**
   * A class with a public no-argument constructor implementing the experiment interface.
   *
   * @param where {@code file:line:column} of the class name, for errors found when it is loaded
   */
  record JavaClass(
      String name,
      String className,
      Map<String, String> env,
      Map<String, String> config,
      String where)
      implements Implementation {
    @Override
    public String definition() {
      return "java:" + className + Implementation.envDefinition(env);
    }
  }
}

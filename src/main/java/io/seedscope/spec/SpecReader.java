package io.seedscope.spec;

import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates an experiment spec. Everything is checked before anything runs; the first
 * problem found is reported as one line {@code file:line:column: what is wrong}.
 *
 * <p>The format is documented in the README ("The experiment spec").
 */
public final class SpecReader {

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  /** Reads a spec file to run it: everything is validated. */
  public static Spec read(Path file) {
    return parse(file, text(file), true);
  }

  /**
   * Reads the copy of a spec kept in a results directory, to analyze what it ran. Placeholders are
   * not checked: they matter only for running, and a spec that an earlier version of seedscope ran
   * must stay readable even where today's checks are stricter.
   */
  public static Spec readStored(Path file) {
    return parse(file, text(file), false);
  }

  private static Reader text(Path file) {
    try {
      return new StringReader(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses spec text; {@code file} names it in errors and anchors {@code {spec_dir}}. */
  public static Spec parse(Path file, Reader text) {
    return parse(file, text, true);
  }

  private static Spec parse(Path file, Reader text, boolean checkPlaceholders) {
    String where = file.toString();
    Node root = new YamlReader(where).read(text);
    return new SpecReader(new Located(where), checkPlaceholders).spec(file, root);
  }

  private final Located at;
  private final boolean checkPlaceholders;

  private SpecReader(Located at, boolean checkPlaceholders) {
    this.at = at;
    this.checkPlaceholders = checkPlaceholders;
  }

  private Spec spec(Path file, Node rootNode) {
    Node.Mapping root = at.mapping(rootNode, "the spec");
    at.allowOnly(
        root,
        "the spec",
        "name",
        "task",
        "metric",
        "seeds",
        "config",
        "implementations",
        "run",
        "sweep",
        "gate");
    String name = at.nonEmptyString(at.require(root, "name", "the spec"), "name");
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw at.error(
          root.entries().get("name"),
          "name '"
              + name
              + "' may only contain letters, digits, '.', '_' and '-'"
              + " (it names the results directory)");
    }
    String task =
        root.entries().containsKey("task")
            ? at.nonEmptyString(root.entries().get("task"), "task")
            : GroupKey.DEFAULT_TASK;
    MetricSpec metric = metric(at.require(root, "metric", "the spec"));
    List<Long> seeds = seeds(at.require(root, "seeds", "the spec"));
    Map<String, String> config = config(root.entries().get("config"));
    Optional<Node.Mapping> sweep =
        Optional.ofNullable(root.entries().get("sweep")).map(n -> at.mapping(n, "sweep"));
    Node implNode = at.require(root, "implementations", "the spec");
    PlaceholderScopes scopes =
        new PlaceholderScopes(
            at,
            checkPlaceholders,
            config.keySet(),
            sweep.map(this::sweepParameterNames).orElse(Set.of()),
            sweep.map(PlaceholderScopes::sweptImplementations).orElse(null),
            at.mapping(implNode, "implementations"));
    Map<String, Implementation> impls = implementations(implNode, scopes);
    RunSettings run = runSettings(root.entries().get("run"), impls.values(), scopes);
    Optional<Node.Mapping> gate =
        Optional.ofNullable(root.entries().get("gate")).map(n -> at.mapping(n, "gate"));
    return new Spec(file, name, task, metric, seeds, config, impls, run, sweep, gate);
  }

  private MetricSpec metric(Node node) {
    if (node instanceof Node.Scalar) {
      return new MetricSpec(at.nonEmptyString(node, "metric"), Goal.MAXIMIZE, CurveAggregate.LAST);
    }
    Node.Mapping m = at.mapping(node, "metric");
    at.allowOnly(m, "metric", "name", "goal", "aggregate");
    String name = at.nonEmptyString(at.require(m, "name", "metric"), "metric.name");
    Goal goal = Goal.MAXIMIZE;
    if (m.entries().containsKey("goal")) {
      Node g = m.entries().get("goal");
      try {
        goal = Goal.parse(at.string(g, "metric.goal"));
      } catch (IllegalArgumentException e) {
        throw at.error(g, "metric." + e.getMessage());
      }
    }
    CurveAggregate aggregate = CurveAggregate.LAST;
    if (m.entries().containsKey("aggregate")) {
      Node a = m.entries().get("aggregate");
      try {
        aggregate = CurveAggregate.parse(at.string(a, "metric.aggregate"));
      } catch (IllegalArgumentException e) {
        throw at.error(a, "metric." + e.getMessage());
      }
    }
    return new MetricSpec(name, goal, aggregate);
  }

  private List<Long> seeds(Node node) {
    List<Long> seeds = new ArrayList<>();
    if (node instanceof Node.Sequence s) {
      Set<Long> seen = new LinkedHashSet<>();
      for (Node item : s.items()) {
        long seed = at.integer(item, "a seed");
        if (!seen.add(seed)) {
          throw at.error(item, "seed " + seed + " is listed twice");
        }
        seeds.add(seed);
      }
      if (seeds.isEmpty()) {
        throw at.error(node, "the seed list is empty: give at least one seed");
      }
      return seeds;
    }
    Node.Mapping m = at.mapping(node, "seeds (a list, or {count, start})");
    at.allowOnly(m, "seeds", "count", "start");
    Node countNode = at.require(m, "count", "seeds");
    long count = at.integer(countNode, "seeds.count");
    if (count < 1) {
      throw at.error(countNode, "seeds.count must be at least 1, not " + count);
    }
    if (count > 1_000_000) {
      throw at.error(countNode, "seeds.count " + count + " is more than 1,000,000");
    }
    long start =
        m.entries().containsKey("start") ? at.integer(m.entries().get("start"), "seeds.start") : 0;
    try {
      seeds.addAll(Spec.seedRange(start, count));
    } catch (IllegalArgumentException e) {
      throw at.error(m.entries().get("start"), "seeds: " + e.getMessage());
    }
    return seeds;
  }

  private Map<String, String> config(Node node) {
    Map<String, String> config = new LinkedHashMap<>();
    if (node == null) {
      return config;
    }
    Node.Mapping m = at.mapping(node, "config");
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      checkParamName(m.keys().get(e.getKey()), e.getKey());
      config.put(e.getKey(), at.scalarText(e.getValue(), "config." + e.getKey()));
    }
    return config;
  }

  private void checkParamName(Node at0, String name) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
      throw at.error(
          at0,
          "parameter name '"
              + name
              + "' must start with a letter or '_' and use only"
              + " letters, digits, '_', '.', '-'");
    }
    if (Placeholders.BUILTINS.contains(name)) {
      throw at.error(at0, "parameter name '" + name + "' is reserved for a built-in placeholder");
    }
  }

  private Set<String> sweepParameterNames(Node.Mapping sweep) {
    Node space = sweep.entries().get("space");
    Set<String> names = new LinkedHashSet<>();
    if (space instanceof Node.Mapping m) {
      for (String key : m.entries().keySet()) {
        checkParamName(m.keys().get(key), key);
        names.add(key);
      }
    }
    return names;
  }

  /**
   * Reads the implementations. A placeholder in an implementation's command or env must name a
   * built-in, a shared config parameter, one of its own config parameters, or a parameter of a
   * sweep that runs it: anything else would reach the program as literal text.
   */
  private Map<String, Implementation> implementations(Node node, PlaceholderScopes scopes) {
    Node.Mapping m = at.mapping(node, "implementations");
    if (m.entries().isEmpty()) {
      throw at.error(node, "implementations is empty: name at least one");
    }
    Map<String, Implementation> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      String name = e.getKey();
      if (name.isBlank()) {
        throw at.error(m.keys().get(name), "an implementation name must not be empty");
      }
      out.put(name, implementation(name, e.getValue(), scopes));
    }
    return out;
  }

  private Implementation implementation(String name, Node node, PlaceholderScopes scopes) {
    String what = "implementations." + name;
    Node.Mapping m = at.mapping(node, what);
    at.allowOnly(m, what, "command", "java", "env", "config");
    Map<String, String> own = new LinkedHashMap<>();
    Node ownNode = m.entries().get("config");
    if (ownNode != null) {
      Node.Mapping om = at.mapping(ownNode, what + ".config");
      for (Map.Entry<String, Node> e : om.entries().entrySet()) {
        checkParamName(om.keys().get(e.getKey()), e.getKey());
        own.put(e.getKey(), at.scalarText(e.getValue(), what + ".config." + e.getKey()));
      }
    }
    Map<String, String> env = new LinkedHashMap<>();
    Node envNode = m.entries().get("env");
    if (envNode != null) {
      Node.Mapping em = at.mapping(envNode, what + ".env");
      for (Map.Entry<String, Node> e : em.entries().entrySet()) {
        String value = at.scalarText(e.getValue(), what + ".env." + e.getKey());
        scopes.check(e.getValue(), value, name);
        env.put(e.getKey(), value);
      }
    }
    boolean hasCommand = m.entries().containsKey("command");
    boolean hasJava = m.entries().containsKey("java");
    if (hasCommand == hasJava) {
      throw at.error(
          node, what + " needs exactly one of 'command' (a list) or 'java' (a class name)");
    }
    if (hasJava) {
      String cls = at.nonEmptyString(m.entries().get("java"), what + ".java");
      if (!cls.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*")) {
        throw at.error(m.entries().get("java"), "'" + cls + "' is not a Java class name");
      }
      Node clsNode = m.entries().get("java");
      return new Implementation.JavaClass(name, cls, env, own, at.where(clsNode));
    }
    Node cmd = m.entries().get("command");
    List<Node> items = at.sequence(cmd, what + ".command (an argument vector)");
    if (items.isEmpty()) {
      throw at.error(cmd, what + ".command is empty");
    }
    List<String> argv = new ArrayList<>();
    for (Node item : items) {
      String arg = at.scalarText(item, "a command argument");
      scopes.check(item, arg, name);
      argv.add(arg);
    }
    return new Implementation.Command(name, argv, env, own, at.where(items.get(0)));
  }

  private RunSettings runSettings(
      Node node, java.util.Collection<Implementation> impls, PlaceholderScopes scopes) {
    RunSettings d = RunSettings.DEFAULT;
    if (node == null) {
      return d;
    }
    Node.Mapping m = at.mapping(node, "run");
    at.allowOnly(m, "run", "workers", "timeout", "retries", "workerEnv");
    int workers = d.workers();
    if (m.entries().containsKey("workers")) {
      Node w = m.entries().get("workers");
      long v = at.integer(w, "run.workers");
      if (v < 1 || v > 4096) {
        throw at.error(w, "run.workers must be between 1 and 4096, not " + v);
      }
      workers = (int) v;
    }
    Duration timeout = d.timeout();
    if (m.entries().containsKey("timeout")) {
      timeout = duration(m.entries().get("timeout"), "run.timeout");
    }
    int retries = d.retries();
    if (m.entries().containsKey("retries")) {
      Node r = m.entries().get("retries");
      long v = at.integer(r, "run.retries");
      if (v < 0 || v > 100) {
        throw at.error(r, "run.retries must be between 0 and 100, not " + v);
      }
      retries = (int) v;
    }
    List<Map<String, String>> workerEnv = new ArrayList<>();
    if (m.entries().containsKey("workerEnv")) {
      for (Node slot : at.sequence(m.entries().get("workerEnv"), "run.workerEnv")) {
        Node.Mapping sm = at.mapping(slot, "a run.workerEnv entry");
        Map<String, String> env = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : sm.entries().entrySet()) {
          String value = at.scalarText(e.getValue(), "run.workerEnv." + e.getKey());
          scopes.checkWorkerEnv(e.getValue(), value, impls);
          env.put(e.getKey(), value);
        }
        workerEnv.add(env);
      }
    }
    return new RunSettings(workers, timeout, retries, workerEnv);
  }

  /** Parses {@code 90}, {@code 30s}, {@code 5m}, {@code 1.5h}, {@code 500ms} (plain = seconds). */
  public static Duration parseDuration(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration (use e.g. 90, 30s, 5m, 1h, 500ms)");
    }
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis;
    switch (unit) {
      case "ms":
        millis = v;
        break;
      case "m":
        millis = v * 60_000;
        break;
      case "h":
        millis = v * 3_600_000;
        break;
      default:
        millis = v * 1000;
    }
    if (millis < 1) {
      throw new IllegalArgumentException("duration '" + text + "' must be positive");
    }
    return Duration.ofMillis(Math.round(millis));
  }

  private Duration duration(Node node, String what) {
    try {
      return parseDuration(at.scalarText(node, what));
    } catch (IllegalArgumentException e) {
      throw at.error(node, what + ": " + e.getMessage());
    }
  }
}

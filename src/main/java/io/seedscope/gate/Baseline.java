package io.seedscope.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Per-group, per-seed values of a previous result set, saved for the noRegression rule: {@code
 * {schema, metric, goal, aggregate, groups:[{implementation, task, config{..}, seeds[..],
 * values[..]}]}}. Values are one per seed (repeats averaged), as the gate uses them.
 */
public record Baseline(
    String schema, String metric, String goal, String aggregate, List<Group> groups) {

  public static final String SCHEMA = "seedscope-baseline/1";

  /** One group's values; {@code seeds} may be empty in hand-written files. */
  public record Group(
      String implementation,
      String task,
      SortedMap<String, String> config,
      List<Long> seeds,
      List<Double> values) {

    public Group {
      config = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(config));
      seeds = List.copyOf(seeds);
      values = List.copyOf(values);
    }

    public GroupKey key() {
      return new GroupRef(implementation, task, config).key();
    }

    public double[] valueArray() {
      return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }

  public Baseline {
    groups = List.copyOf(groups);
  }

  /** The baseline of a result set: one entry per group with its per-seed OK values. */
  public static Baseline of(ResultSet results) {
    List<Group> groups = new ArrayList<>();
    results
        .byGroup()
        .forEach(
            (key, runs) -> {
              GroupData g = GroupData.of(key, runs);
              List<Double> values = new ArrayList<>();
              for (double v : g.values()) {
                values.add(v);
              }
              groups.add(
                  new Group(
                      key.implementation(), key.task(), key.config().values(), g.seeds(), values));
            });
    return new Baseline(
        SCHEMA,
        results.metric(),
        results.goal().label(),
        results.aggregate() == null ? null : results.aggregate().toString(),
        groups);
  }

  /** Writes {@link #of(ResultSet)} as indented JSON. */
  public static void save(ResultSet results, Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValue(file.toFile(), of(results));
    } catch (IOException e) {
      throw new InputException(file + ": cannot write the baseline: " + e.getMessage(), e);
    }
  }

  /** Reads a baseline; errors name file:line:column. */
  public static Baseline load(Path file) {
    YamlNode root = YamlNode.read(file, new JsonFactory());
    root.requireKnownKeys(
        "the baseline", Set.of("schema", "metric", "goal", "aggregate", "groups"));
    Map<String, YamlNode> m = root.asMap("the baseline");
    String schema = required(root, m, "schema").asString("schema");
    if (!SCHEMA.equals(schema)) {
      throw m.get("schema").error("schema must be '" + SCHEMA + "', not '" + schema + "'");
    }
    String metric = required(root, m, "metric").asString("metric");
    YamlNode goalNode = required(root, m, "goal");
    String goal;
    try {
      goal = io.seedscope.model.Goal.parse(goalNode.asString("goal")).label();
    } catch (IllegalArgumentException e) {
      throw goalNode.error(e.getMessage());
    }
    YamlNode agg = m.get("aggregate");
    String aggregate =
        agg == null || agg.kind() == YamlNode.Kind.NULL ? null : agg.asString("aggregate");
    List<Group> groups = new ArrayList<>();
    Map<GroupKey, YamlNode> seen = new LinkedHashMap<>();
    for (YamlNode g : required(root, m, "groups").asList("groups")) {
      Group group = group(g);
      GroupKey key = group.key();
      if (seen.put(key, g) != null) {
        throw g.error("group '" + key.label() + "' appears twice");
      }
      groups.add(group);
    }
    return new Baseline(schema, metric, goal, aggregate, groups);
  }

  private static Group group(YamlNode g) {
    g.requireKnownKeys(
        "a baseline group", Set.of("implementation", "task", "config", "seeds", "values"));
    Map<String, YamlNode> m = g.asMap("a baseline group");
    String impl = required(g, m, "implementation").asString("implementation");
    YamlNode t = m.get("task");
    String task = t == null || t.kind() == YamlNode.Kind.NULL ? null : t.asString("task");
    SortedMap<String, String> config = new TreeMap<>();
    YamlNode c = m.get("config");
    if (c != null && c.kind() != YamlNode.Kind.NULL) {
      c.asMap("config").forEach((k, v) -> config.put(k, v.asString("config value '" + k + "'")));
    }
    List<Long> seeds = new ArrayList<>();
    YamlNode s = m.get("seeds");
    if (s != null) {
      for (YamlNode x : s.asList("seeds")) {
        try {
          seeds.add(Long.parseLong(x.asString("a seed").trim()));
        } catch (NumberFormatException e) {
          throw x.error("a seed must be a whole number");
        }
      }
    }
    List<Double> values = new ArrayList<>();
    for (YamlNode x : required(g, m, "values").asList("values")) {
      values.add(x.asDouble("a baseline value"));
    }
    if (!seeds.isEmpty() && seeds.size() != values.size()) {
      throw g.error("seeds and values must have the same length");
    }
    return new Group(impl, task == null ? GroupKey.DEFAULT_TASK : task, config, seeds, values);
  }

  private static YamlNode required(YamlNode parent, Map<String, YamlNode> m, String key) {
    YamlNode n = m.get(key);
    if (n == null) {
      throw parent.error("missing key '" + key + "'");
    }
    return n;
  }

  /** The group with this key, or null. */
  public Group find(GroupKey key) {
    for (Group g : groups) {
      if (g.key().equals(key)) {
        return g;
      }
    }
    return null;
  }
}

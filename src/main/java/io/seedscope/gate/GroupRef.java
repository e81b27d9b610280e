package io.seedscope.gate;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A group as it appears in JSON: implementation, task and the configuration as a flat map.
 *
 * @param config parameter name to value text, sorted by name
 */
public record GroupRef(String implementation, String task, SortedMap<String, String> config) {

  public GroupRef {
    config = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(config));
  }

  public static GroupRef of(GroupKey key) {
    return new GroupRef(key.implementation(), key.task(), key.config().values());
  }

  public GroupKey key() {
    return new GroupKey(implementation, task, Config.of(Map.copyOf(config)));
  }

  /**
   * The label used as JUnit class name and in Markdown, e.g. {@code ppo / HalfCheetah / lr=0.1}.
   */
  public String label() {
    return key().label();
  }
}

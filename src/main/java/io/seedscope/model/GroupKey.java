package io.seedscope.model;

import java.util.Comparator;

/** What the statistics group runs by: one implementation on one task with one configuration. */
public record GroupKey(String implementation, String task, Config config)
    implements Comparable<GroupKey> {

  /** The task name used when the data names none. */
  public static final String DEFAULT_TASK = "default";

  private static final Comparator<GroupKey> ORDER =
      Comparator.comparing(GroupKey::task)
          .thenComparing(GroupKey::config)
          .thenComparing(GroupKey::implementation);

  public GroupKey {
    if (task == null || task.isEmpty()) {
      task = DEFAULT_TASK;
    }
    if (config == null) {
      config = Config.EMPTY;
    }
  }

  @Override
  public int compareTo(GroupKey o) {
    return ORDER.compare(this, o);
  }

  /** Human label such as {@code ppo / HalfCheetah / lr=0.1}. */
  public String label() {
    StringBuilder sb = new StringBuilder(implementation);
    if (!DEFAULT_TASK.equals(task)) {
      sb.append(" / ").append(task);
    }
    if (!config.isEmpty()) {
      sb.append(" / ").append(config.canonical());
    }
    return sb.toString();
  }
}

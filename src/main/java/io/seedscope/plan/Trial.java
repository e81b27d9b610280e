package io.seedscope.plan;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;

/**
 * One run to execute: an implementation, a configuration and a seed (and, for determinism checks,
 * which repeat of that seed it is).
 *
 * @param runId stable id derived from the content (see {@link RunIds})
 * @param implementation the implementation's name in the spec
 * @param repeat 0 for the first run of a seed, 1.. for {@code --repeat} copies
 */
public record Trial(
    String runId, String implementation, String task, Config config, long seed, int repeat) {

  public GroupKey key() {
    return new GroupKey(implementation, task, config);
  }
}

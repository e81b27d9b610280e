package io.seedscope.claim;

import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import io.seedscope.model.SeedValues;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Picks the reproduced values a claim is compared with: the OK runs of the one group whose
 * implementation and task match the claim (a claim that names no implementation or task matches
 * when the runs hold exactly one), one value per seed (repeats of a seed averaged, since they are
 * not independent evidence; {@link SeedValues}, as the analysis does).
 */
public final class RunSelector {

  private RunSelector() {}

  /**
   * What a claim is compared with.
   *
   * @param values one finite value per seed with an OK run
   * @param divergent runs of the group that diverged (NaN or infinite metric): no value
   * @param failed runs of the group that failed, timed out, logged nothing or were cancelled
   */
  public record Selection(double[] values, int divergent, int failed) {}

  public static Selection select(ResultSet results, Claim claim) {
    SortedMap<GroupKey, List<Run>> groups = results.byGroup();
    TreeSet<String> impls = new TreeSet<>();
    TreeSet<String> tasks = new TreeSet<>();
    groups
        .keySet()
        .forEach(
            k -> {
              impls.add(k.implementation());
              tasks.add(k.task());
            });
    String impl = pick(claim, "implementation", claim.implementation(), impls);
    String task = pick(claim, "task", claim.task(), tasks);
    List<GroupKey> matched =
        groups.keySet().stream()
            .filter(k -> k.implementation().equals(impl) && k.task().equals(task))
            .collect(Collectors.toList());
    if (matched.isEmpty()) {
      throw new InputException(
          claim.where()
              + ": no runs of implementation '"
              + impl
              + "' on task '"
              + task
              + "' (implementations: "
              + String.join(", ", impls)
              + "; tasks: "
              + String.join(", ", tasks)
              + ")");
    }
    if (matched.size() > 1) {
      throw new InputException(
          claim.where()
              + ": implementation '"
              + impl
              + "' on task '"
              + task
              + "' has "
              + matched.size()
              + " configurations; a claim is compared with one (select it"
              + " when loading the runs)");
    }
    List<Run> runs = groups.get(matched.get(0));
    int divergent = 0;
    int failed = 0;
    for (Run r : runs) {
      if (r.status() == RunStatus.DIVERGENT) {
        divergent++;
      } else if (!r.isOk()) {
        failed++;
      }
    }
    return new Selection(SeedValues.values(runs), divergent, failed);
  }

  private static String pick(Claim claim, String what, String wanted, TreeSet<String> present) {
    if (wanted != null) {
      return wanted;
    }
    if (present.size() == 1) {
      return present.first();
    }
    throw new InputException(
        claim.where()
            + ": the claim names no "
            + what
            + " and the runs have several ("
            + String.join(", ", present)
            + "); add "
            + what
            + "=");
  }
}

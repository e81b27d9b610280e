package io.seedscope.sensitivity.tunability;

import java.util.List;

/**
 * Tunability of every parameter and of all together (JSON: {@code tunability[]}, {@code overall}).
 *
 * @param goal {@code maximize} or {@code minimize}
 * @param defaultPrediction the ensemble's prediction at the default configuration
 * @param members number of member models (trees) the interval is taken over
 * @param candidates number of distinct configurations evaluated
 * @param interval how {@code low}/{@code high} were computed
 */
public record TunabilityResult(
    String goal,
    double defaultPrediction,
    List<ParamTunability> tunability,
    OverallTunability overall,
    int members,
    int candidates,
    String interval) {
  public TunabilityResult {
    tunability = List.copyOf(tunability);
  }
}

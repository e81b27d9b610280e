package io.seedscope.stats.multitask;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which performance profile (Agarwal et al., NeurIPS 2021, section 4.2). */
public enum ProfileKind {
  /**
   * Score distribution (run-score profile): {@code F(tau) = 1/M sum_m 1/N_m sum_n [x_mn > tau]},
   * the fraction of runs above tau, averaged over tasks (with equal run counts, the fraction of all
   * runs; rliable's default).
   */
  @JsonProperty("scoreDistribution")
  SCORE_DISTRIBUTION,
  /** Average-score distribution: the fraction of tasks whose mean score is above tau. */
  @JsonProperty("averageScoreDistribution")
  AVERAGE_SCORE_DISTRIBUTION
}

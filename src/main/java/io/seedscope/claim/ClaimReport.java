package io.seedscope.claim;

import java.util.List;

/**
 * Every tested claim with the overall outcome.
 *
 * @param reproduced how many claims were reproduced
 * @param notReproduced how many were not
 * @param inconclusive how many need more seeds (or cannot be settled)
 */
public record ClaimReport(
    List<ClaimResult> claims, int reproduced, int notReproduced, int inconclusive) {

  public ClaimReport {
    claims = List.copyOf(claims);
  }

  public static ClaimReport of(List<ClaimResult> claims) {
    int r = 0;
    int nr = 0;
    int inc = 0;
    for (ClaimResult c : claims) {
      switch (c.verdict()) {
        case REPRODUCED:
          r++;
          break;
        case NOT_REPRODUCED:
          nr++;
          break;
        default:
          inc++;
      }
    }
    return new ClaimReport(claims, r, nr, inc);
  }

  /** 0 all reproduced, 1 any not reproduced, 3 otherwise (some inconclusive); 2 is bad input. */
  public int exitCode() {
    if (notReproduced > 0) {
      return 1;
    }
    return inconclusive > 0 ? 3 : 0;
  }
}

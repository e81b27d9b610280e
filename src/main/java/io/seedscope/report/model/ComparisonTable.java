package io.seedscope.report.model;

import java.util.List;

/**
 * Implementations compared within a task and configuration (candidate minus baseline).
 *
 * @param ciLabel how the difference's interval was made, e.g. "95% BCa"
 * @param test whose p-values the Holm adjustment used
 */
public record ComparisonTable(String ciLabel, String test, List<Row> rows) {
  public ComparisonTable {
    rows = Lists.copy(rows);
  }

  /** One comparison; NaN where a number is undefined. */
  public record Row(
      String baseline,
      String candidate,
      String task,
      boolean paired,
      int nBaseline,
      int nCandidate,
      double difference,
      double low,
      double high,
      double pTest,
      String testName,
      double pMannWhitney,
      double pHolm,
      double improvement,
      double improvementLow,
      double improvementHigh,
      double hedgesG,
      double cliffsDelta) {}
}

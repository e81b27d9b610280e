package io.seedscope.report.model;

import java.util.List;

/**
 * Section 2: one row of descriptive statistics per group.
 *
 * @param ciLabel what the interval is, e.g. {@code "95% percentile bootstrap CI of the mean"}
 * @param rows one row per group (implementation, task, configuration), in display order
 */
public record SummaryTable(String ciLabel, List<SummaryRow> rows) {
  public SummaryTable {
    rows = Lists.copy(rows);
  }
}

package io.seedscope.gate;

/**
 * A Markdown summary of a {@link GateReport} (for {@code $GITHUB_STEP_SUMMARY} or a merge request
 * note): a status line, then one table row per rule per group, failures first. Cell text has pipes
 * escaped, line breaks flattened and angle brackets and ampersands turned into entities so that
 * group names cannot break the table or inject HTML.
 */
public final class MarkdownWriter {

  private MarkdownWriter() {}

  public static String toMarkdown(GateReport report) {
    GateReport.Counts c = report.counts();
    StringBuilder sb = new StringBuilder();
    sb.append("## seedscope gate: ").append(report.passed() ? "PASSED" : "FAILED").append("\n\n");
    sb.append("Metric `")
        .append(report.metric().replace("`", "'"))
        .append("` (")
        .append(report.goal())
        .append("): ")
        .append(c.pass())
        .append(" passed, ")
        .append(c.fail())
        .append(" failed, ")
        .append(c.skipped())
        .append(" skipped of ")
        .append(c.total())
        .append(" checks.\n\n");
    if (c.total() == 0) {
      return sb.append("No rule was checked.\n").toString();
    }
    sb.append("| Status | Group | Rule | Value | Threshold | Interval | Detail |\n");
    sb.append("|---|---|---|---:|---:|---|---|\n");
    for (RuleStatus s : new RuleStatus[] {RuleStatus.FAIL, RuleStatus.SKIPPED, RuleStatus.PASS}) {
      for (RuleResult r : report.results()) {
        if (r.status() != s) {
          continue;
        }
        sb.append("| ")
            .append(badge(s))
            .append(" | ")
            .append(cell(r.group().label()))
            .append(" | ")
            .append(cell(r.rule()))
            .append(" | ")
            .append(Fmt.num(r.value()))
            .append(" | ")
            .append(Fmt.num(r.threshold()))
            .append(" | ")
            .append(Fmt.interval(r.low(), r.high()))
            .append(" | ")
            .append(cell(r.message()))
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String badge(RuleStatus s) {
    switch (s) {
      case FAIL:
        return "**FAIL**";
      case SKIPPED:
        return "skipped";
      default:
        return "pass";
    }
  }

  /** Escapes a table cell. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("\\", "\\\\")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replaceAll("\\R", " ");
  }
}

package io.seedscope.cli;

import io.seedscope.analysis.Analysis;
import io.seedscope.analysis.GroupResult;
import io.seedscope.stats.TwoSampleComparison;
import java.io.PrintStream;
import java.util.Locale;

/** The few lines a person reads in the terminal after {@code run} or {@code demo}. */
final class TerminalSummary {
  private static final int MAX_GROUPS = 12;

  private TerminalSummary() {}

  static void print(Analysis a, PrintStream out) {
    out.printf(Locale.ROOT, "%s (%s), %s of each run:%n", a.metric(), a.goal(), a.aggregate());
    // One line per implementation and task: its main configuration (the one with the most runs);
    // sweep configurations are summarized by the sensitivity line below.
    java.util.Map<String, GroupResult> main = new java.util.LinkedHashMap<>();
    for (GroupResult g : a.groups()) {
      main.merge(
          g.implementation() + "\u0000" + g.task(), g, (x, y) -> y.runs() > x.runs() ? y : x);
    }
    int shown = 0;
    for (GroupResult g : main.values()) {
      if (shown++ == MAX_GROUPS) {
        out.printf("  ... %d more in analysis.json%n", main.size() - MAX_GROUPS);
        break;
      }
      String ci =
          g.ci() != null && g.ci().defined()
              ? String.format(Locale.ROOT, " [%.4g, %.4g]", g.ci().low(), g.ci().high())
              : "";
      out.printf(
          Locale.ROOT,
          "  %-24s n=%-3d mean %s%s  sd %s%s%n",
          label(g),
          g.n(),
          g.mean() == null ? "n/a" : String.format(Locale.ROOT, "%.4g", g.mean()),
          ci,
          g.std() == null ? "n/a" : String.format(Locale.ROOT, "%.3g", g.std()),
          g.divergent() + g.failed() > 0
              ? "  (" + g.divergent() + " divergent, " + g.failed() + " failed)"
              : "");
    }
    for (TwoSampleComparison c : a.comparisons()) {
      out.println("  " + CompareCommand.line(c, a.goal()));
    }
    if (a.importance() instanceof io.seedscope.analysis.ImportanceSection.Importance imp) {
      for (io.seedscope.analysis.ImportanceSection.GroupImportance g : imp.groups()) {
        StringBuilder sb = new StringBuilder();
        g.main().stream()
            .sorted(
                java.util.Comparator.comparing(
                    io.seedscope.analysis.ImportanceShares.Main::fraction,
                    java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
            .forEach(
                m ->
                    sb.append(" ")
                        .append(m.param())
                        .append(" ")
                        .append(share(m.fraction()))
                        .append(","));
        out.printf(
            Locale.ROOT,
            "  sensitivity of %s over %d configurations:%s seed noise %s%n",
            g.implementation(),
            g.configurations(),
            sb,
            share(g.seedNoiseFraction()));
      }
    }
  }

  /** Two decimals; "n/a" for a share that is undefined. */
  static String share(Double fraction) {
    return fraction == null ? "n/a" : String.format(Locale.ROOT, "%.2f", fraction);
  }

  private static String label(GroupResult g) {
    String s = g.implementation();
    if (!"default".equals(g.task())) {
      s += " / " + g.task();
    }
    return s.length() > 24 ? s.substring(0, 23) + "…" : s;
  }
}

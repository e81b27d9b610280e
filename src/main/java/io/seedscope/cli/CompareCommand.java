package io.seedscope.cli;

import io.seedscope.analysis.Analysis;
import io.seedscope.analysis.AnalysisJson;
import io.seedscope.stats.TwoSampleComparison;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seedscope compare RESULTS --baseline A}: is the candidate really better? */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Compare implementations on the same task and config: tests, effect sizes, probability of improvement.")
public final class CompareCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "RESULTS",
      description = "A results directory or a result file.")
  Path results;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the comparisons as JSON.")
  Path json;

  @Mixin AnalysisOptions analysis;
  @Mixin InputOptions input;
  @Mixin CompareOptions compare;

  /** The JSON of {@code compare}: the comparisons and their seed-count advice. */
  record Comparisons(
      String schema,
      String metric,
      String goal,
      Analysis.Settings settings,
      java.util.List<TwoSampleComparison> comparisons,
      Object seeds) {}

  @Override
  public Integer call() throws Exception {
    InputOptions.Prepared prepared = input.prepare(results, analysis);
    Analysis a =
        Reporting.write(
                prepared, analysis, compare, new Reporting.Targets(null, null, null), System.err)
            .analysis();
    if (a.comparisons().isEmpty()) {
      System.out.println("no comparisons: no two implementations share a task and configuration");
    }
    for (TwoSampleComparison c : a.comparisons()) {
      System.out.println(line(c, a.goal()));
    }
    if (json != null) {
      AnalysisJson.write(
          new Comparisons(
              "seedscope.compare/1",
              a.metric(),
              a.goal(),
              a.settings(),
              a.comparisons(),
              a.seeds().comparisons()),
          json);
      System.out.println("comparisons: " + json);
    }
    return Main.OK;
  }

  static String line(TwoSampleComparison c, String goal) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.candidate()).append(" vs ").append(c.baseline());
    if (!"default".equals(c.task())) {
      sb.append(" (").append(c.task()).append(')');
    }
    sb.append(String.format(Locale.ROOT, ": difference %s", num(c.meanDifference())));
    if (c.meanDifferenceCi() != null && c.meanDifferenceCi().defined()) {
      sb.append(
          String.format(
              Locale.ROOT,
              " [%s, %s]",
              num(c.meanDifferenceCi().low()),
              num(c.meanDifferenceCi().high())));
    }
    if (c.paired()) {
      sb.append(
          String.format(
              Locale.ROOT, "; paired t p=%s", num(c.pairedT() == null ? null : c.pairedT().p())));
    } else {
      sb.append(String.format(Locale.ROOT, "; Welch p=%s", num(c.welch().p())));
      sb.append(String.format(Locale.ROOT, ", Mann-Whitney p=%s", num(c.mannWhitney().p())));
    }
    sb.append(String.format(Locale.ROOT, ", Holm p=%s", num(c.pHolm())));
    if (c.probabilityOfImprovement() != null) {
      sb.append(
          String.format(
              Locale.ROOT, "; P(improvement)=%s", num(c.probabilityOfImprovement().estimate())));
    }
    sb.append(String.format(Locale.ROOT, "; n=%d/%d", c.nBaseline(), c.nCandidate()));
    return sb.toString();
  }

  private static String num(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
  }
}
